using System.Security.Cryptography;
using System.Text.Json;
using MmmFixtures.Export;
using MmmFixtures.Families;

namespace MmmFixtures.Tests.Export;

/// <summary>
/// The partitioned Parquet floor with a toy table: Hive folder names (escaping, the default partition, a timestamp's
/// UTC day), rows in table order within each partition, part files cut at a fixed row count, bytes independent of
/// chunking, the manifest listing every part file, and DuckDB reading the folder back as one dataset.
/// </summary>
public sealed class PartitionedParquetTableTests : TempFolder
{
    private static readonly TableSchema Toy = new("toy.csv", new ColumnSchema[]
    {
        new("id", ColumnRole.Key, Type: ColumnType.Int64),
        new("at", ColumnRole.Time, Type: ColumnType.Timestamp),
        new("place", ColumnRole.Geo, Type: ColumnType.String, Nullable: true),
        new("value", ColumnRole.Observable, Type: ColumnType.Double),
    });

    // Places that need escaping, an empty value and a null (both Hive's default partition).
    private static readonly string?[] Places = { "North", "a/b=c d", "x%y", "", null, "Zürich" };

    private const long Day = 86_400_000;

    // Row i: its place cycles through Places; its time steps 7 hours from 1969-12-30 (UTC days before and after the epoch).
    private static void WriteRow(TableRows rows, int i)
    {
        rows.Int64(i);
        rows.Timestamp(-2 * Day + i * 7 * 3_600_000L);
        if (Places[i % Places.Length] is string place) rows.String(place); else rows.Null();
        rows.Double(i * 0.5);
        rows.EndRow();
    }

    private ExportResult Export(string name, string partitionBy, int rows, int chunkRows, int rowsPerFile, int rowGroupRows = 4,
        IReadOnlyList<PartitionLevel>? prefix = null, int heldRows = HivePartitioning.HeldRows)
    {
        string folder = Path.Combine(Folder, name);
        var options = new DatasetExportOptions { Format = ExportFormat.Parquet, PartitionBy = partitionBy, PartitionPrefix = prefix ?? Array.Empty<PartitionLevel>() };
        using var export = ExportFolder.Open(folder, options, new[] { Toy });
        var partitioning = HivePartitioning.From(options, new[] { Toy })!.For(Toy)!;
        var written = new List<TableSchema>();
        IReadOnlyList<ExportedFile> files;
        using (var table = new PartitionedParquetTableFile(partitioning, export.CreateFile, written.Add, rowsPerFile, rowGroupRows, heldRows))
        {
            for (int start = 0; start < rows; start += chunkRows)
            {
                using var chunk = table.NewChunk();
                for (int i = start; i < Math.Min(rows, start + chunkRows); i++) WriteRow(chunk, i);
                table.Append(chunk.Detach());
            }
            files = table.Complete();
        }
        return export.Commit("toy", 1, json => json.WriteNullValue(), files, written, Array.Empty<MmmFixtures.Validation.ValidationFinding>());
    }

    [Fact]
    public void Folder_names_escape_as_hive_does_and_empty_values_go_to_the_default_partition()
    {
        Assert.Equal("place=North", HivePath.Level("place", "North"));
        Assert.Equal("place=a%2Fb%3Dc%20d", HivePath.Level("place", "a/b=c d"));
        Assert.Equal("place=x%25y", HivePath.Level("place", "x%y"));
        Assert.Equal("place=Zürich", HivePath.Level("place", "Zürich"));
        Assert.Equal("k%3A1=%22%23%27%2A%3F%5C%7B%5B%5D%5E%3C%3E%7C%01%7F", HivePath.Level("k:1", "\"#'*?\\{[]^<>|\u0001\u007F"));
        Assert.Equal("place=__HIVE_DEFAULT_PARTITION__", HivePath.Level("place", null));
        Assert.Equal("place=__HIVE_DEFAULT_PARTITION__", HivePath.Level("place", ""));
    }

    [Fact]
    public void A_string_column_partitions_into_escaped_folders_sorted_by_value_that_duckdb_reads_back()
    {
        var result = Export("by-place", "place", rows: 60, chunkRows: 7, rowsPerFile: 1000);
        Assert.Equal(new[]
        {
            "toy/place=North/part-0.parquet", "toy/place=Zürich/part-0.parquet", "toy/place=a%2Fb%3Dc%20d/part-0.parquet",
            "toy/place=x%25y/part-0.parquet", "toy/place=__HIVE_DEFAULT_PARTITION__/part-0.parquet", "manifest.json",
        }, result.Files.Select(f => f.Name));
        using var db = ParquetDuckDb.Open();
        string dataset = $"read_parquet('{Folder}/by-place/toy/**/*.parquet', hive_partitioning = true)";
        // The place comes back unescaped; the empty text and the null both as null, as Hive files them.
        var counts = ParquetDuckDb.Rows(db, $"SELECT place, count(*), CAST(sum(id) AS BIGINT) FROM {dataset} GROUP BY place ORDER BY place NULLS LAST");
        Assert.Equal(new[]
        {
            new object?[] { "North", 10L, Enumerable.Range(0, 60).Where(i => i % 6 == 0).Sum(i => (long)i) },
            new object?[] { "Zürich", 10L, Enumerable.Range(0, 60).Where(i => i % 6 == 5).Sum(i => (long)i) },
            new object?[] { "a/b=c d", 10L, Enumerable.Range(0, 60).Where(i => i % 6 == 1).Sum(i => (long)i) },
            new object?[] { "x%y", 10L, Enumerable.Range(0, 60).Where(i => i % 6 == 2).Sum(i => (long)i) },
            new object?[] { null, 20L, Enumerable.Range(0, 60).Where(i => i % 6 is 3 or 4).Sum(i => (long)i) },
        }, counts);
        // The files leave the partition column out: the folder holds it.
        Assert.Equal(new[] { ("id", "BIGINT"), ("at", "TIMESTAMP WITH TIME ZONE"), ("value", "DOUBLE") },
            ParquetDuckDb.Describe(db, $"SELECT * FROM read_parquet('{Folder}/by-place/toy/place=North/part-0.parquet', hive_partitioning = false)"));
    }

    [Fact]
    public void A_timestamp_partitions_by_its_utc_day_under_date_and_stays_in_the_files()
    {
        var result = Export("by-day", "date", rows: 40, chunkRows: 9, rowsPerFile: 1000);
        // 40 rows 7 hours apart from 1969-12-30T00:00Z: 280 hours, days 1969-12-30 to 1970-01-10.
        var expected = Enumerable.Range(0, 40).GroupBy(i => DateTime.UnixEpoch.AddMilliseconds(-2 * Day + i * 7 * 3_600_000L).Date)
            .Select(g => (Day: g.Key.ToString("yyyy-MM-dd"), Ids: g.ToArray())).ToArray();
        Assert.Equal(expected.Select(e => $"toy/date={e.Day}/part-0.parquet").Append("manifest.json"), result.Files.Select(f => f.Name));
        Assert.Equal(expected.Select(e => (long?)e.Ids.Length), result.Files.SkipLast(1).Select(f => f.Rows));
        using var db = ParquetDuckDb.Open();
        string dataset = $"read_parquet('{Folder}/by-day/toy/**/*.parquet', hive_partitioning = true)";
        Assert.Equal(new[] { ("id", "BIGINT"), ("at", "TIMESTAMP WITH TIME ZONE"), ("place", "VARCHAR"), ("value", "DOUBLE"), ("date", "DATE") },
            ParquetDuckDb.Describe(db, $"SELECT * FROM {dataset}"));
        // Every row's folder is its timestamp's UTC day.
        Assert.Equal(0L, ParquetDuckDb.Rows(db, $"SELECT count(*) FROM {dataset} WHERE CAST(\"at\" AS DATE) <> date")[0][0]);
        Assert.Equal(40L, ParquetDuckDb.Rows(db, $"SELECT count(*) FROM {dataset}")[0][0]);
    }

    [Fact]
    public void A_large_partition_is_cut_into_part_files_of_a_fixed_row_count_keeping_the_table_order()
    {
        // Two places alternate (rows 0, 6, 12, … are North): 23 North rows in parts of 10, 10 and 3.
        var result = Export("parts", "place", rows: 133, chunkRows: 11, rowsPerFile: 10);
        var north = result.Files.Where(f => f.Name.StartsWith("toy/place=North/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(new[] { "part-0.parquet", "part-1.parquet", "part-2.parquet" }, north.Select(f => Path.GetFileName(f.Name)));
        Assert.Equal(new long?[] { 10, 10, 3 }, north.Select(f => f.Rows));
        using var db = ParquetDuckDb.Open();
        var ids = north.SelectMany(f => ParquetDuckDb.Rows(db, $"SELECT id FROM read_parquet('{Folder}/parts/{f.Name}')").Select(r => (long)r[0]!)).ToArray();
        Assert.Equal(Enumerable.Range(0, 133).Where(i => i % 6 == 0).Select(i => (long)i), ids);
        // Row groups of 4 inside each part file.
        var groups = ParquetDuckDb.Rows(db, $"SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata('{Folder}/parts/toy/place=North/part-1.parquet') ORDER BY 1");
        Assert.Equal(new[] { new object?[] { 0L, 4L }, new object?[] { 1L, 4L }, new object?[] { 2L, 2L } }, groups);
    }

    [Fact]
    public void Bytes_and_manifest_do_not_depend_on_how_rows_were_chunked()
    {
        var runs = new[] { 1, 5, 10, 64, 500 }.Select(chunk => Export($"c{chunk}", "place", rows: 300, chunkRows: chunk, rowsPerFile: 16)).ToArray();
        Assert.All(runs, run => Assert.Equal(runs[0].Files, run.Files));
        // Every file on disk is listed with its SHA-256 and rows, and nothing else is there.
        string folder = Path.Combine(Folder, "c1");
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != "manifest.json").Order(StringComparer.Ordinal), listed.Select(f => f.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        foreach (var file in listed)
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file.GetProperty("name").GetString()!)))));
        Assert.Equal(300, listed.Sum(f => f.GetProperty("rows").GetInt64()));
        var first = listed[0];
        Assert.Equal("""[{"name":"place","value":"North","role":"geo","type":"string"}]""", JsonSerializer.Serialize(first.GetProperty("partition")));
        Assert.Equal(new[] { "id", "at", "value" }, first.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public void Held_rows_are_bounded_by_writing_every_partitions_pending_rows_at_the_same_rows_whatever_the_chunks()
    {
        // Six partitions, row groups of 8: without the bound each would hold up to 7 rows (42); with 10, all write at rows 10, 20, ….
        var runs = new[] { 1, 3, 10, 64, 500 }.Select(chunk => Export($"h{chunk}", "place", rows: 300, chunkRows: chunk, rowsPerFile: 32, rowGroupRows: 8, heldRows: 10)).ToArray();
        Assert.All(runs, run => Assert.Equal(runs[0].Files, run.Files));
        Assert.NotEqual(runs[0].Files, Export("unbounded", "place", rows: 300, chunkRows: 7, rowsPerFile: 32, rowGroupRows: 8).Files);
        using var db = ParquetDuckDb.Open();
        // North holds rows 0, 6, 12, …: rows 0 and 6 are written at row 10, row 12 and 18 at row 20, ….
        var groups = ParquetDuckDb.Rows(db, $"SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata('{Folder}/h1/toy/place=North/part-0.parquet') ORDER BY 1");
        Assert.Equal(new object?[] { 0L, 2L }, groups[0]);
        Assert.Equal(300L, ParquetDuckDb.Rows(db, $"SELECT count(*) FROM read_parquet('{Folder}/h1/toy/**/*.parquet', hive_partitioning = true)")[0][0]);
    }

    [Fact]
    public void Prefix_levels_come_first_and_partition_a_table_by_themselves_when_it_lacks_the_column()
    {
        var prefix = new[] { new PartitionLevel("shard", "003") };
        var byPlace = Export("shard-place", "place", rows: 12, chunkRows: 5, rowsPerFile: 100, prefix: prefix);
        Assert.Equal("toy/shard=003/place=North/part-0.parquet", byPlace.Files[0].Name);
        var options = new DatasetExportOptions { Format = ExportFormat.Parquet, PartitionPrefix = prefix };
        Assert.Equal("toy/shard=003", HivePartitioning.From(options, new[] { Toy })!.For(Toy)!.Folder);
        using var db = ParquetDuckDb.Open();
        var shards = ParquetDuckDb.Rows(db, $"SELECT DISTINCT shard, place FROM read_parquet('{Folder}/shard-place/toy/**/*.parquet', hive_partitioning = true) ORDER BY place NULLS LAST");
        Assert.Equal(new object?[] { "003", "North" }, shards[0]); // zero-padded, the shard stays text and sorts in order
    }

    [Fact]
    public void More_partitions_than_the_limit_are_refused_naming_the_table_and_column()
    {
        var error = Assert.Throws<ExportOptionsException>(() => Export("ids", "id", rows: HivePartitioning.MaxPartitions + 1, chunkRows: 1000, rowsPerFile: 10));
        Assert.Equal("Cannot partition table toy by 'id': it has more than 10,000 values; partition by a column with fewer values (a date, geo, tenant or category).", error.Message);
        Assert.False(Directory.Exists(Path.Combine(Folder, "ids")));
    }

    [Fact]
    public void An_empty_table_is_one_empty_file_in_the_default_partition()
    {
        var result = Export("empty", "place", rows: 0, chunkRows: 1, rowsPerFile: 10);
        Assert.Equal(new[] { "toy/place=__HIVE_DEFAULT_PARTITION__/part-0.parquet", "manifest.json" }, result.Files.Select(f => f.Name));
        using var db = ParquetDuckDb.Open();
        Assert.Equal(0L, ParquetDuckDb.Rows(db, $"SELECT count(*) FROM read_parquet('{Folder}/empty/toy/**/*.parquet', hive_partitioning = true)")[0][0]);
    }

    [Fact]
    public void A_timestamp_partition_key_is_named_after_it_when_the_table_has_a_date_column()
    {
        var orders = new TableSchema("orders.csv", new ColumnSchema[]
        {
            new("date", ColumnRole.Time, Type: ColumnType.Date), new("timestamp", ColumnRole.Time, Type: ColumnType.Timestamp),
        });
        var options = new DatasetExportOptions { Format = ExportFormat.Parquet, PartitionBy = "timestamp" };
        var partitioning = HivePartitioning.From(options, new[] { orders })!.For(orders)!;
        Assert.Equal("timestamp_date", partitioning.Key!.Name);
        Assert.Equal(-1, partitioning.RemovedColumn);
        var byDate = HivePartitioning.From(options with { PartitionBy = "date" }, new[] { orders })!.For(orders)!;
        Assert.Equal(("date", 0), (byDate.Key!.Name, byDate.RemovedColumn));
    }
}
