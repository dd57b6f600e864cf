using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MmmFixtures.Export;

namespace MmmFixtures.Tests.Export;

public sealed class ExportPlumbingTests : TempFolder
{
    [Fact]
    public void Atomic_write_reports_size_and_sha256_of_what_is_on_disk()
    {
        string path = Path.Combine(Folder, "a.txt");
        byte[] content = Encoding.UTF8.GetBytes("hello, fixtures\n");
        ExportedFile file = AtomicFileWriter.Write(path, s => s.Write(content, 0, content.Length), rows: 1);
        Assert.Equal(content, File.ReadAllBytes(path));
        Assert.Equal(content.Length, file.Bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), file.Sha256);
        Assert.Equal("a.txt", file.Name);
        Assert.Equal(1, file.Rows);
    }

    [Fact]
    public void A_failed_write_leaves_the_old_file_and_no_temporary_file()
    {
        string path = Path.Combine(Folder, "b.txt");
        File.WriteAllText(path, "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFileWriter.Write(path, s =>
        {
            s.Write(new byte[1000], 0, 1000);
            throw new InvalidOperationException("disk on fire");
        }));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Folder));
    }

    [Fact]
    public void A_failed_first_write_leaves_nothing()
    {
        string path = Path.Combine(Folder, "c.txt");
        Assert.Throws<IOException>(() => AtomicFileWriter.Write(path, _ => throw new IOException("no")));
        Assert.Empty(Directory.GetFiles(Folder));
    }

    [Fact]
    public void Csv_dialect_is_invariant_with_round_trip_doubles_and_lf_endings()
    {
        string path = Path.Combine(Folder, "t.csv");
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
        try
        {
            AtomicFileWriter.Write(path, s =>
            {
                using var csv = CsvFormat.CreateWriter(s);
                csv.WriteHeader("x", "label");
                csv.WriteField(0.1 + 0.2, default);
                csv.WriteField("a,b");
                csv.EndRecord();
                csv.WriteField(1e-300, default);
                csv.WriteField("plain");
                csv.EndRecord();
            });
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
        Assert.Equal("x,label\n0.30000000000000004,\"a,b\"\n1E-300,plain\n", File.ReadAllText(path));
    }

    [Fact]
    public void Manifest_lists_versions_seed_spec_and_files_without_timestamps()
    {
        var files = new[] { new ExportedFile("data.csv", 10, new string('a', 64), 3) };
        ExportedFile first = ExportManifest.Write(Folder, "mmm", 42, w => w.WriteStringValue("spec"), files);
        byte[] bytes = File.ReadAllBytes(Path.Combine(Folder, ExportManifest.FileName));
        ExportedFile second = ExportManifest.Write(Folder, "mmm", 42, w => w.WriteStringValue("spec"), files);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.DoesNotContain((byte)'\r', bytes);

        using var doc = JsonDocument.Parse(bytes);
        var root = doc.RootElement;
        Assert.Equal(MmmFixtures.GenerationAlgorithm.Version, root.GetProperty("algorithmVersion").GetInt32());
        Assert.Equal("mmm", root.GetProperty("family").GetString());
        Assert.Equal(42UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal("spec", root.GetProperty("spec").GetString());
        var file = root.GetProperty("files")[0];
        Assert.Equal("data.csv", file.GetProperty("name").GetString());
        Assert.Equal(10, file.GetProperty("bytes").GetInt64());
        Assert.Equal(3, file.GetProperty("rows").GetInt64());
        Assert.Equal(new string('a', 64), file.GetProperty("sha256").GetString());
    }

    [Fact]
    public void Several_atomic_files_open_at_once_appear_only_when_committed()
    {
        string kept = Path.Combine(Folder, "kept.txt"), dropped = Path.Combine(Folder, "dropped.txt");
        File.WriteAllText(dropped, "old");
        using (var first = AtomicFile.Create(kept))
        using (var second = AtomicFile.Create(dropped))
        {
            first.Content.Write("ne"u8);
            first.FlushToDisk(); // part of the content reaches the disk before the rest is written
            first.Content.Write("w"u8);
            second.Content.Write("half"u8);
            Assert.False(File.Exists(kept));
            ExportedFile written = first.Commit(rows: 0);
            Assert.Equal(3, written.Bytes);
            // the second is disposed without a commit: abandoned
        }
        Assert.Equal("new", File.ReadAllText(kept));
        Assert.Equal("old", File.ReadAllText(dropped));
        Assert.Equal(2, Directory.GetFiles(Folder).Length);
    }

    [Fact]
    public void Chunk_buffers_hand_over_exactly_what_was_written_across_block_boundaries()
    {
        var pool = new BlockPool();
        var buffer = new ChunkBuffer(pool);
        var random = new Random(5);
        var expected = new MemoryStream();
        var actual = new MemoryStream();
        foreach (int size in new[] { 0, 1, BlockPool.BlockSize - 1, 1, BlockPool.BlockSize, 3 * BlockPool.BlockSize + 17, 100 })
        {
            var bytes = new byte[size];
            random.NextBytes(bytes);
            buffer.Write(bytes, 0, size);
            expected.Write(bytes);
            if (size % 2 == 1) buffer.Detach().WriteTo(actual); // hand over at odd points, as chunks do
        }
        buffer.Detach().WriteTo(actual);
        buffer.Detach().WriteTo(actual); // an empty chunk writes nothing
        Assert.Equal(expected.ToArray(), actual.ToArray());
    }
}
