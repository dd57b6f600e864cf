using MmmFixtures.Concurrency;
using MmmFixtures.Export;

namespace MmmFixtures.Tests.Export;

/// <summary>An export's files are flushed to disk in the background as they are written; the commit waits for the rest.</summary>
public sealed class DiskFlusherTests : TempFolder
{
    [Fact]
    public void Flushes_in_the_background_except_under_the_calling_thread()
    {
        using var background = new DiskFlusher();
        using var inline = CallingThread.Run(() => new DiskFlusher());
        Assert.True(background.InBackground);
        Assert.False(inline.InBackground);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_file_given_is_flushed_and_a_failed_flush_is_reported_at_the_end_naming_the_file(bool underCallingThread)
    {
        using var flusher = underCallingThread ? CallingThread.Run(() => new DiskFlusher()) : new DiskFlusher();
        var paths = Enumerable.Range(0, 20).Select(i => Path.Combine(Folder, $"f{i}.txt")).ToArray();
        foreach (var path in paths)
        {
            File.WriteAllText(path, path);
            flusher.FlushSoon(path);
            flusher.FlushSoon(path); // given twice before it is flushed: flushed once or twice, never an error
        }
        flusher.FlushAll(); // all there: no failure
        string gone = Path.Combine(Folder, "gone.txt");
        flusher.FlushSoon(gone);
        var ex = Assert.ThrowsAny<IOException>(flusher.FlushAll);
        Assert.Contains("gone.txt", ex.Message);
    }

    [Fact]
    public void Gives_no_files_once_disposed()
    {
        var flusher = new DiskFlusher();
        flusher.Dispose();
        flusher.Dispose(); // twice is harmless
        Assert.Throws<ObjectDisposedException>(() => flusher.FlushSoon(Path.Combine(Folder, "a.txt")));
    }
}
