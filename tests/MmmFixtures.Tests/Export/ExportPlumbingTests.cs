using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MmmFixtures.Export;

namespace MmmFixtures.Tests.Export;

public sealed class ExportPlumbingTests : TempFolder
{
    [Fact]
    public void A_staged_file_reports_size_and_sha256_of_what_is_on_disk()
    {
        byte[] content = Encoding.UTF8.GetBytes("hello, fixtures\n");
        using var flusher = new DiskFlusher();
        using var staged = StagedFile.Create(Folder, "a.txt", flusher);
        staged.Content.Write(content.AsSpan(0, 3));
        staged.FlushToDisk(); // part of the content reaches the disk before the rest is written
        staged.Content.Write(content.AsSpan(3));
        ExportedFile file = staged.Commit(rows: 1);
        Assert.Equal(content, File.ReadAllBytes(Path.Combine(Folder, "a.txt")));
        Assert.Equal(content.Length, file.Bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), file.Sha256);
        Assert.Equal("a.txt", file.Name);
        Assert.Equal(1, file.Rows);
        Assert.Throws<InvalidOperationException>(() => staged.Commit());
    }

    [Fact]
    public void Csv_dialect_is_invariant_with_round_trip_doubles_and_lf_endings()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
        var stream = new MemoryStream();
        try
        {
            using var csv = CsvFormat.CreateWriter(stream);
            csv.WriteHeader("x", "label");
            csv.WriteField(0.1 + 0.2, default);
            csv.WriteField("a,b");
            csv.EndRecord();
            csv.WriteField(1e-300, default);
            csv.WriteField("plain");
            csv.EndRecord();
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
        Assert.Equal("x,label\n0.30000000000000004,\"a,b\"\n1E-300,plain\n", Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static byte[] Manifest(IReadOnlyList<ExportedFile> files, IReadOnlyList<TableSchema> tables)
    {
        var stream = new MemoryStream();
        ExportManifest.Write(stream, "mmm", 42, w => w.WriteStringValue("spec"), files, tables);
        return stream.ToArray();
    }

    [Fact]
    public void Manifest_lists_versions_seed_spec_and_files_without_timestamps()
    {
        var files = new[] { new ExportedFile("data.csv", 10, new string('a', 64), 3), new ExportedFile("truth.json", 5, new string('b', 64)) };
        var tables = new[] { new TableSchema("data.csv", new[] { new ColumnSchema("date", ColumnRole.Time, Type: ColumnType.Date), new ColumnSchema("x1_tv", ColumnRole.Spend, "Tv") }) };
        byte[] bytes = Manifest(files, tables);
        Assert.Equal(bytes, Manifest(files, tables));
        Assert.DoesNotContain((byte)'\r', bytes);

        using var doc = JsonDocument.Parse(bytes);
        var root = doc.RootElement;
        Assert.Equal("MmmFixtures", root.GetProperty("library").GetString());
        Assert.Equal(MmmFixtures.GenerationAlgorithm.Version, root.GetProperty("algorithmVersion").GetInt32());
        Assert.Equal("mmm", root.GetProperty("family").GetString());
        Assert.Equal(42UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal("spec", root.GetProperty("spec").GetString());
        var file = root.GetProperty("files")[0];
        Assert.Equal("data.csv", file.GetProperty("name").GetString());
        Assert.Equal(10, file.GetProperty("bytes").GetInt64());
        Assert.Equal(3, file.GetProperty("rows").GetInt64());
        Assert.Equal(new string('a', 64), file.GetProperty("sha256").GetString());
        Assert.Equal("""[{"name":"date","role":"time","type":"date"},{"name":"x1_tv","role":"spend","type":"double","entity":"Tv"}]""",
            JsonSerializer.Serialize(file.GetProperty("columns")));
        var json = root.GetProperty("files")[1];
        Assert.False(json.TryGetProperty("rows", out _));
        Assert.False(json.TryGetProperty("columns", out _)); // not a table
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Chunk_buffers_hand_over_exactly_what_was_written_across_block_boundaries(bool hashAhead)
    {
        var pool = new BlockPool();
        var buffer = new ChunkBuffer(pool);
        var random = new Random(5);
        var expected = new MemoryStream();
        using var flusher = new DiskFlusher();
        var staged = StagedFile.Create(Folder, "chunks.bin", flusher);
        void HandOver()
        {
            var bytes = buffer.Detach();
            if (hashAhead) bytes.HashAhead(staged); // as a formatting thread does, before the appending thread writes
            bytes.AppendTo(staged);
        }
        foreach (int size in new[] { 0, 1, BlockPool.BlockSize - 1, 1, BlockPool.BlockSize, 3 * BlockPool.BlockSize + 17, 100 })
        {
            var bytes = new byte[size];
            random.NextBytes(bytes);
            buffer.Write(bytes, 0, size);
            expected.Write(bytes);
            if (size % 2 == 1) HandOver(); // hand over at odd points, as chunks do
        }
        HandOver();
        HandOver(); // an empty chunk writes nothing
        var file = staged.Commit();
        Assert.Equal(expected.ToArray(), File.ReadAllBytes(Path.Combine(Folder, "chunks.bin")));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(expected.ToArray())), file.Sha256);
    }

    [Fact]
    public void Chunk_buffers_lent_as_buffer_writers_hand_over_exactly_what_was_advanced_over()
    {
        var buffer = new ChunkBuffer(new BlockPool());
        var random = new Random(9);
        var expected = new MemoryStream();
        // Hints within a block's rest, past it (a new block), beyond a block (lent from elsewhere), mixed with stream writes.
        foreach (int hint in new[] { 0, 1, 4096, 60_000, 60_000, BlockPool.BlockSize, 3_000, BlockPool.BlockSize + 1, 5 * BlockPool.BlockSize, 17, 0 })
        {
            var room = buffer.GetSpan(hint);
            Assert.True(room.Length >= Math.Max(hint, 1));
            int used = random.Next(Math.Max(hint, 1) + 1);
            random.NextBytes(room.Slice(0, used));
            expected.Write(room.Slice(0, used));
            buffer.Advance(used);
            var written = new byte[random.Next(200)];
            random.NextBytes(written);
            buffer.Write(written);
            expected.Write(written);
        }
        using var flusher = new DiskFlusher();
        var staged = StagedFile.Create(Folder, "lent.bin", flusher);
        buffer.Detach().AppendTo(staged);
        staged.Commit();
        Assert.Equal(expected.ToArray(), File.ReadAllBytes(Path.Combine(Folder, "lent.bin")));
    }

    [Fact]
    public void Bytes_hashed_ahead_but_never_written_fail_the_commit_rather_than_give_a_wrong_sha256()
    {
        using var flusher = new DiskFlusher();
        using var staged = StagedFile.Create(Folder, "a.txt", flusher);
        byte[] content = Encoding.UTF8.GetBytes("header\n");
        staged.Content.Write(content);
        staged.HashAhead(content, 0, content.Length);
        var ex = Assert.Throws<InvalidOperationException>(() => staged.Commit());
        Assert.Contains("hashed ahead", ex.Message);
    }
}
