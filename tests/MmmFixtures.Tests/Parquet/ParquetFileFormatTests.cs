using System.Globalization;
using MmmFixtures.Export;
using MmmFixtures.Sharding;
using MmmFixtures.Tests.Export;

namespace MmmFixtures.Tests.Parquet;

/// <summary>
/// The Parquet files the exports write, as DuckDB (an independent reader) sees their metadata: each column type declared
/// as the files written with Parquet.Net declared it, per row group statistics (min, max, null count) equal to the
/// hand-computed ones, the writer named without a version; and the reader the shard merge uses gives back every value
/// so a re-written file is byte-identical, refusing files it did not write.
/// </summary>
public sealed class ParquetFileFormatTests : TempFolder
{
    private static readonly TableSchema Table = new("t.csv", new ColumnSchema[]
    {
        new("n", ColumnRole.Key, Type: ColumnType.Int64),
        new("x", ColumnRole.Observable, Type: ColumnType.Double, Nullable: true),
        new("s", ColumnRole.Key, Type: ColumnType.String, Nullable: true),
        new("d", ColumnRole.Time, Type: ColumnType.Date),
        new("t", ColumnRole.Time, Type: ColumnType.Timestamp, Nullable: true),
    });

    // Two row groups of three rows and one of two.
    private static readonly object?[][] Rows =
    {
        new object?[] { 5L, 1.5, "b", new DateTime(2024, 2, 29), 1_700_000_000_123L },
        new object?[] { -2L, null, null, new DateTime(1969, 12, 31), null },
        new object?[] { 9L, 0.0, "é", new DateTime(2000, 1, 1), -1L },
        new object?[] { long.MinValue, null, "", new DateTime(2024, 1, 1), 0L },
        new object?[] { long.MaxValue, -1e300, "a\"b", new DateTime(2024, 1, 2), null },
        new object?[] { 0L, double.Epsilon, "😀", new DateTime(2024, 1, 3), 86_400_000L },
        new object?[] { 0L, null, null, new DateTime(2024, 1, 4), null },
        new object?[] { 0L, null, null, new DateTime(2024, 1, 5), null },
    };

    private static void Write(TableRows rows, object?[] row)
    {
        rows.Int64((long)row[0]!);
        if (row[1] is double x) rows.Double(x); else rows.Null();
        rows.String((string?)row[2]);
        rows.Date((DateTime)row[3]!);
        if (row[4] is long t) rows.Timestamp(t); else rows.Null();
        rows.EndRow();
    }

    private string WriteFile(string name, IEnumerable<object?[]> rows)
    {
        string folder = Path.Combine(Folder, name);
        using var export = ExportFolder.Open(folder, ExportFormat.Parquet);
        ExportedFile file;
        using (var table = new ParquetTableFile(export.CreateFile("t.parquet"), Table, rowGroupRows: 3))
        {
            using var chunk = table.NewChunk();
            foreach (var row in rows) Write(chunk, row);
            table.Append(chunk.Detach());
            file = table.Complete().Single();
        }
        export.Commit("t", 1, json => json.WriteNullValue(), new[] { file }, Array.Empty<TableSchema>(), Array.Empty<MmmFixtures.Validation.ValidationFinding>());
        return Path.Combine(folder, "t.parquet");
    }

    private static List<string?[]> Query(string sql)
    {
        using var db = ParquetDuckDb.Open();
        return ParquetDuckDb.Rows(db, sql).Select(r => r.Select(Text).ToArray()).ToList();
    }

    private static string? Text(object? value) => value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);

    [Fact]
    public void Each_column_type_is_declared_as_the_parquet_net_files_declared_it()
    {
        string path = WriteFile("schema", Rows);
        const string Timestamp = "TimestampType(isAdjustedToUTC=1, unit=TimeUnit(MILLIS=MilliSeconds(), MICROS=<null>, NANOS=<null>))";
        Assert.Equal(new[]
        {
            new[] { "n", "INT64", "REQUIRED", "INT_64", "IntType(bitWidth=@, isSigned=1)" },
            new[] { "x", "DOUBLE", "OPTIONAL", null, null },
            new[] { "s", "BYTE_ARRAY", "OPTIONAL", "UTF8", "StringType()" },
            new[] { "d", "INT32", "REQUIRED", "DATE", "DateType()" },
            new[] { "t", "INT64", "OPTIONAL", null, Timestamp },
        }, Query($"SELECT name, type, repetition_type, converted_type, logical_type FROM parquet_schema('{path}') WHERE type IS NOT NULL"));
        Assert.Equal(new[] { new[] { "MmmFixtures", "8", "3", "1" } },
            Query($"SELECT created_by, num_rows, num_row_groups, format_version FROM parquet_file_metadata('{path}')"));
    }

    [Fact]
    public void Each_row_group_has_its_chunks_min_max_and_null_count()
    {
        string path = WriteFile("stats", Rows);
        var stats = Query($"SELECT row_group_id, path_in_schema, stats_min_value, stats_max_value, stats_null_count, compression, encodings " +
            $"FROM parquet_metadata('{path}') ORDER BY row_group_id, column_id");
        // By hand: a zero bound of a double is written -0 as a minimum; strings order by UTF-8 bytes ("é" is C3 A9, after "b").
        Assert.Equal(new[]
        {
            new[] { "0", "n", "-2", "9", "0" },
            new[] { "0", "x", "-0.0", "1.5", "1" },
            new[] { "0", "s", "b", "é", "1" },
            new[] { "0", "d", "1969-12-31", "2024-02-29", "0" },
            new[] { "0", "t", "1969-12-31 23:59:59.999+00", "2023-11-14 22:13:20.123+00", "1" },
            new[] { "1", "n", "-9223372036854775808", "9223372036854775807", "0" },
            new[] { "1", "x", "-1e+300", "5e-324", "1" },
            new[] { "1", "s", "", "😀", "0" },
            new[] { "1", "d", "2024-01-01", "2024-01-03", "0" },
            new[] { "1", "t", "1970-01-01 00:00:00+00", "1970-01-02 00:00:00+00", "1" },
            new[] { "2", "n", "0", "0", "0" },
            new[] { "2", "x", null, null, "2" },
            new[] { "2", "s", null, null, "2" },
            new[] { "2", "d", "2024-01-04", "2024-01-05", "0" },
            new[] { "2", "t", null, null, "2" },
        }, stats.Select(r => r[..5]));
        Assert.All(stats, r => Assert.Equal(new[] { "SNAPPY", "PLAIN, RLE" }, r[5..]));
    }

    [Fact]
    public void DuckDB_reads_every_value_and_null()
    {
        string path = WriteFile("values", Rows);
        var read = Query($"SELECT n, x, s, d::VARCHAR, epoch_ms(t) FROM read_parquet('{path}')");
        Assert.Equal(Rows.Select(r => new[] { Text(r[0]), Text(r[1]), Text(r[2]), ((DateTime)r[3]!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Text(r[4]) }), read);
    }

    [Fact]
    public void The_merge_reader_gives_back_every_value_so_the_rewritten_file_is_byte_identical()
    {
        var rows = Enumerable.Range(0, 1000).Select(i => Rows[i % Rows.Length]).ToArray();
        string original = WriteFile("original", rows);
        string folder = Path.Combine(Folder, "copy");
        using (var export = ExportFolder.Open(folder, ExportFormat.Parquet))
        {
            ExportedFile file;
            using (var reader = new ParquetRowReader(original, Table.Columns))
            using (var table = new ParquetTableFile(export.CreateFile("t.parquet"), new TableSchema("t.csv", reader.Columns), rowGroupRows: 3))
            {
                using var chunk = table.NewChunk();
                reader.Copy(999, chunk);
                Assert.False(reader.AtEnd);
                reader.Copy(1, chunk);
                Assert.True(reader.AtEnd);
                Assert.Throws<InvalidDataException>(() => reader.Copy(1, chunk));
                table.Append(chunk.Detach());
                file = table.Complete().Single();
            }
            export.Commit("t", 1, json => json.WriteNullValue(), new[] { file }, Array.Empty<TableSchema>(), Array.Empty<MmmFixtures.Validation.ValidationFinding>());
        }
        Assert.Equal(File.ReadAllBytes(original), File.ReadAllBytes(Path.Combine(folder, "t.parquet")));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("not parquet")]
    [InlineData("other columns")]
    [InlineData("corrupt page")]
    public void The_merge_reader_refuses_files_the_exports_did_not_write(string damage)
    {
        string path = WriteFile("damaged", Rows);
        var bytes = File.ReadAllBytes(path);
        var columns = Table.Columns;
        switch (damage)
        {
            case "truncated": bytes = bytes[..^1]; break;
            case "not parquet": bytes[0] = (byte)'X'; break;
            case "other columns": columns = columns.Select(c => c.Name == "x" ? c with { Type = ColumnType.Int64 } : c).ToArray(); break;
            default: bytes[8] ^= 0xFF; break; // inside the first page header or its Snappy data
        }
        File.WriteAllBytes(path, bytes);
        Assert.Throws<InvalidDataException>(() =>
        {
            using var reader = new ParquetRowReader(path, columns);
            reader.Copy(Rows.Length, new DiscardingRows());
        });
    }

    // Takes rows and drops them.
    private sealed class DiscardingRows : TableRows
    {
        public override void String(string? value) { }
        public override void Int64(long value) { }
        public override void Double(double value) { }
        public override void Date(DateTime date) { }
        public override void Timestamp(long unixMs) { }
        public override void Null() { }
        protected override void EndRowCore() { }
    }
}
