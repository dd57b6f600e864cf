using System.Security.Cryptography;
using System.Text.Json;
using MmmFixtures.Export;

namespace MmmFixtures.Tests.Export;

/// <summary>
/// The Parquet floor with a toy table holding every column type, nulls and many chunks: DuckDB reads it back with the
/// right types and the CSV's values, the bytes do not depend on how rows were chunked or on threads, bad rows fail.
/// </summary>
public sealed class ParquetTableTests : TempFolder
{
    private static readonly TableSchema Toy = new("toy/rows.csv", new ColumnSchema[]
    {
        new("id", ColumnRole.Key, Type: ColumnType.Int64),
        new("day", ColumnRole.Time, Type: ColumnType.Date),
        new("at", ColumnRole.Time, Type: ColumnType.Timestamp),
        new("name", ColumnRole.Key, Type: ColumnType.String),
        new("score", ColumnRole.Observable, Type: ColumnType.Double),
        new("price", ColumnRole.Observable, Type: ColumnType.Double),
        new("note", ColumnRole.Observable, Type: ColumnType.String, Nullable: true),
        new("count", ColumnRole.Observable, Type: ColumnType.Int64, Nullable: true),
        new("seen", ColumnRole.Observable, Type: ColumnType.Timestamp, Nullable: true),
        new("ratio", ColumnRole.Truth, Type: ColumnType.Double, Nullable: true),
        new("first", ColumnRole.Time, Type: ColumnType.Date, Nullable: true),
    });

    private static readonly (string Name, string Type)[] ToyDuckTypes =
    {
        ("id", "BIGINT"), ("day", "DATE"), ("at", "TIMESTAMP WITH TIME ZONE"), ("name", "VARCHAR"), ("score", "DOUBLE"),
        ("price", "DOUBLE"), ("note", "VARCHAR"), ("count", "BIGINT"), ("seen", "TIMESTAMP WITH TIME ZONE"), ("ratio", "DOUBLE"), ("first", "DATE"),
    };

    // Row i of the toy table: values that stress the types (negative and huge integers, doubles that need 17 digits,
    // subnormals, dates before 1970, Unicode, quotes and commas), a null in every nullable column every few rows.
    private static void WriteRow(TableRows rows, int i)
    {
        rows.Int64(i % 5 == 4 ? long.MinValue + i : (long)i * 1_000_003 - 7);
        rows.Date(new DateTime(1960, 1, 1).AddDays(i * 37 % 40_000));
        rows.Timestamp(-86_400_000L * 400 + i * 123_456_789L);
        rows.String(i % 3 == 0 ? $"geo \"{i}\", é€😀" : $"n{i}");
        rows.Double(i % 7 == 0 ? 5e-324 * i : 0.1 * i + 1.0 / 3.0);
        rows.Decimal(i * 1.25 - 3.5, 2);
        if (i % 4 == 1) rows.Null(); else rows.String(i % 4 == 2 ? "a\nb" : $"note {i}");
        if (i % 3 == 2) rows.Null(); else rows.Int64(-i);
        if (i % 5 == 3) rows.Null(); else rows.Timestamp(1_700_000_000_123L + i);
        if (i % 6 == 5) rows.Null(); else rows.Double(-1e300 / (i + 1));
        if (i % 2 == 1) rows.Null(); else rows.Date(new DateTime(2024, 2, 29).AddDays(-i));
        rows.EndRow();
    }

    // Writes rows [0, n) of the toy table in chunks of the given sizes, each chunk on its own thread, appended in order.
    private ExportResult Export(string folder, ExportFormat format, int rows, int chunkRows)
    {
        using var export = ExportFolder.Open(folder, format);
        IReadOnlyList<ExportedFile> files;
        using (var table = export.OpenTable(Toy))
        {
            int chunks = (rows + chunkRows - 1) / chunkRows;
            var contents = new TableContent[chunks];
            Parallel.For(0, chunks, c =>
            {
                using var chunk = table.NewChunk();
                for (int i = c * chunkRows; i < Math.Min(rows, (c + 1) * chunkRows); i++) WriteRow(chunk, i);
                contents[c] = chunk.Detach();
            });
            foreach (var content in contents) table.Append(content);
            files = table.Complete();
        }
        return export.Commit("toy", 1, json => json.WriteNullValue(), files, new[] { Toy }, Array.Empty<MmmFixtures.Validation.ValidationFinding>());
    }

    private string Sub(string name) => Path.Combine(Folder, name);

    [Fact]
    public void Both_writes_a_parquet_file_that_duckdb_reads_with_typed_columns_and_the_csv_values()
    {
        var result = Export(Sub("both"), ExportFormat.Both, 1000, 37);

        Assert.Equal(new[] { "toy/rows.csv", "toy/rows.parquet", "manifest.json" }, result.Files.Select(f => f.Name));
        Assert.Equal(new long?[] { 1000, 1000, null }, result.Files.Select(f => f.Rows));
        Assert.Equal(1, ParquetDuckDb.AssertParquetEqualsCsv(Sub("both")));
        using var db = ParquetDuckDb.Open();
        Assert.Equal(ToyDuckTypes, ParquetDuckDb.Describe(db, $"SELECT * FROM {ParquetDuckDb.Parquet(Sub("both/toy/rows.parquet"))}"));
        // Hand-checked values of row 5: nulls where the pattern puts them, the exact double, the instant in UTC.
        var row5 = ParquetDuckDb.Rows(db, $"SELECT id, note, count, ratio, first, score, \"at\" FROM {ParquetDuckDb.Parquet(Sub("both/toy/rows.parquet"))} WHERE name = 'n5'").Single();
        Assert.Equal(new object?[] { 5_000_008L, null, null, null, null, 0.5 + 1.0 / 3.0 }, row5.Take(6));
        Assert.Equal(new DateTimeOffset(1968, 11, 27, 0, 0, 0, TimeSpan.Zero).AddMilliseconds(5 * 123_456_789L), new DateTimeOffset((DateTime)row5[6]!, TimeSpan.Zero));
    }

    [Fact]
    public void The_csv_of_both_is_byte_identical_to_the_csv_alone()
    {
        var csv = Export(Sub("csv"), ExportFormat.Csv, 500, 64);
        var both = Export(Sub("both"), ExportFormat.Both, 500, 64);
        Assert.Equal(csv.Files[0], both.Files[0]);
        Assert.Equal(File.ReadAllBytes(Sub("csv/toy/rows.csv")), File.ReadAllBytes(Sub("both/toy/rows.csv")));
    }

    [Fact]
    public void Parquet_bytes_do_not_depend_on_chunking_threads_or_the_run()
    {
        var runs = new[] { (1, 3000), (2, 1500), (8, 375), (8, 375), (3, 17) }
            .Select((c, i) => Export(Sub($"p{i}"), ExportFormat.Parquet, 3000, c.Item2).Files.Single(f => f.Name.EndsWith(".parquet")))
            .ToArray();
        Assert.All(runs, run => Assert.Equal(runs[0], run));
        Assert.Equal(runs[0].Sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Sub("p4/toy/rows.parquet")))));
    }

    [Fact]
    public void Row_groups_are_cut_every_n_rows_whatever_the_chunks()
    {
        string[] hashes = new[] { 1, 7, 10, 23, 100 }.Select(chunkRows =>
        {
            string folder = Sub($"g{chunkRows}");
            using (var export = ExportFolder.Open(folder, ExportFormat.Parquet))
            {
                ExportedFile file;
                using (var table = new ParquetTableFile(export.CreateFile("t.parquet"), Toy, rowGroupRows: 10))
                {
                    for (int start = 0; start < 95; start += chunkRows)
                    {
                        using var chunk = table.NewChunk();
                        for (int i = start; i < Math.Min(95, start + chunkRows); i++) WriteRow(chunk, i);
                        table.Append(chunk.Detach());
                    }
                    file = table.Complete().Single();
                }
                export.Commit("toy", 1, json => json.WriteNullValue(), new[] { file }, Array.Empty<TableSchema>(), Array.Empty<MmmFixtures.Validation.ValidationFinding>());
            }
            using var db = ParquetDuckDb.Open();
            var groups = ParquetDuckDb.Rows(db, $"SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata('{folder}/t.parquet') ORDER BY 1");
            Assert.Equal(Enumerable.Range(0, 10).Select(g => new object?[] { (long)g, g < 9 ? 10L : 5L }), groups);
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, "t.parquet"))));
        }).ToArray();
        Assert.All(hashes, h => Assert.Equal(hashes[0], h));
    }

    [Fact]
    public void An_empty_table_has_its_typed_columns_and_no_rows()
    {
        var result = Export(Sub("empty"), ExportFormat.Both, 0, 10);
        Assert.Equal(new long?[] { 0, 0, null }, result.Files.Select(f => f.Rows));
        Assert.Equal(1, ParquetDuckDb.AssertParquetEqualsCsv(Sub("empty")));
    }

    [Fact]
    public void Whole_tables_written_on_one_thread_stream_through_the_same_files()
    {
        using var export = ExportFolder.Open(Sub("whole"), ExportFormat.Both);
        var files = export.WriteTable(Toy, rows =>
        {
            for (int i = 0; i < StreamedTableRows.RowsPerAppend * 2 + 5; i++) WriteRow(rows, i);
        });
        export.Commit("toy", 1, json => json.WriteNullValue(), files, new[] { Toy }, Array.Empty<MmmFixtures.Validation.ValidationFinding>());
        Assert.Equal(new long?[] { 32_773, 32_773 }, files.Select(f => f.Rows));
        Assert.Equal(1, ParquetDuckDb.AssertParquetEqualsCsv(Sub("whole")));
    }

    [Fact]
    public void The_manifest_lists_both_files_with_the_column_map_and_types()
    {
        Export(Sub("m"), ExportFormat.Parquet, 10, 4);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Sub("m/manifest.json")));
        var file = manifest.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "toy/rows.parquet");
        Assert.Equal(10, file.GetProperty("rows").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Sub("m/toy/rows.parquet")))), file.GetProperty("sha256").GetString());
        Assert.Equal(new[] { "int64", "date", "timestamp", "string", "double", "double", "string", "int64", "timestamp", "double", "date" },
            file.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("type").GetString()));
        Assert.False(File.Exists(Sub("m/toy/rows.csv")));
    }

    [Theory]
    [InlineData("type")]
    [InlineData("short")]
    [InlineData("long")]
    [InlineData("null")]
    public void Rows_that_do_not_match_the_schema_fail(string mistake)
    {
        using var export = ExportFolder.Open(Sub("bad"), ExportFormat.Parquet);
        using var table = export.OpenTable(Toy);
        using var chunk = table.NewChunk();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            switch (mistake)
            {
                case "type": chunk.Double(1); break; // "id" is Int64
                case "short": chunk.Int64(1); chunk.EndRow(); break;
                case "long": WriteRowWithout(chunk); chunk.Int64(1); break;
                default: chunk.Null(); break; // "id" is not nullable
            }
        });
        Assert.Contains(mistake switch { "type" => "'id' holds Int64 values, not Double", "short" => "after 1 of its 11", "long" => "more than its 11", _ => "'id' is not nullable" }, error.Message);
    }

    private static void WriteRowWithout(TableRows rows)
    {
        rows.Int64(1); rows.Date(DateTime.MinValue); rows.Timestamp(0); rows.String("x"); rows.Double(1); rows.Double(2);
        rows.Null(); rows.Null(); rows.Null(); rows.Null(); rows.Null();
    }

    [Fact]
    public void An_unknown_format_is_refused_before_anything_is_written()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ExportFolder.Open(Sub("x"), (ExportFormat)7));
        Assert.Contains("Csv, Parquet or Both", error.Message);
        Assert.False(Directory.Exists(Sub("x")));
    }
}
