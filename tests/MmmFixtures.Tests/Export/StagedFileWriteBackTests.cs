using System.Security.Cryptography;
using System.Text;
using MmmFixtures.Concurrency;
using MmmFixtures.Export;

namespace MmmFixtures.Tests.Export;

/// <summary>A large table's file starts its disk writes as it grows, without the appending thread waiting for them.</summary>
public sealed class StagedFileWriteBackTests : TempFolder
{
    [Fact]
    public void Starting_the_disk_writes_hands_the_buffered_bytes_to_the_system_and_keeps_the_hash_of_the_whole_file()
    {
        byte[] content = Encoding.UTF8.GetBytes("event_id,user_id\n1,2\n");
        string path = Path.Combine(Folder, "events.csv");
        using var flusher = new DiskFlusher();
        var staged = StagedFile.Create(Folder, "events.csv", flusher);
        staged.Content.Write(content.AsSpan(0, 9)); // small: it stays in the file stream's buffer
        staged.StartFlushToDisk();
        Assert.Equal(9, new FileInfo(path).Length); // in the file (not the stream's buffer) before the commit
        staged.Content.Write(content.AsSpan(9));
        ExportedFile file = staged.Commit();
        flusher.FlushAll();
        Assert.Equal(content, File.ReadAllBytes(path));
        Assert.Equal(content.Length, file.Bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), file.Sha256);
    }

    [Fact]
    public void A_committed_file_is_complete_at_once_and_made_durable_by_the_flusher()
    {
        byte[] content = Encoding.UTF8.GetBytes("geo,week\nA,1\n");
        string path = Path.Combine(Folder, "data.csv");
        using var flusher = new DiskFlusher();
        var staged = StagedFile.Create(Folder, "data.csv", flusher);
        staged.Content.Write(content);
        ExportedFile file = staged.Commit(rows: 1);
        Assert.Equal(content, File.ReadAllBytes(path)); // closed and whole before any wait
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), file.Sha256);
        flusher.FlushAll();
        flusher.FlushAll(); // once durable, waiting again costs nothing
        Assert.Equal(content, File.ReadAllBytes(path));
    }

    [Fact]
    public void Flushing_a_committed_file_that_is_gone_fails_rather_than_pass_for_durable()
    {
        // Under CallingThread.Run nothing is flushed before FlushAll, so the file is surely gone by then.
        using var flusher = CallingThread.Run(() => new DiskFlusher());
        var staged = StagedFile.Create(Folder, "data.csv", flusher);
        staged.Content.Write(new byte[1000]);
        staged.Commit();
        File.Delete(Path.Combine(Folder, "data.csv"));
        // Only Linux starts the disk writes without waiting (this repository's CI runs on Linux); elsewhere the commit flushed the file.
        if (OperatingSystem.IsLinux()) Assert.ThrowsAny<IOException>(flusher.FlushAll);
        else flusher.FlushAll();
    }

    [Fact]
    public void Disk_writes_start_without_waiting_on_linux()
    {
        using var file = File.OpenHandle(Path.Combine(Folder, "a.bin"), FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(file, new byte[100_000], 0);
        Assert.Equal(OperatingSystem.IsLinux(), NativeFileSystem.TryStartWriteBack(file)); // this repository's CI runs on Linux
    }
}
