using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;

namespace MmmFixtures.Tests.Export;

/// <summary>
/// An independent reader of the exports: DuckDB (native, not the exports' own Parquet reader) reads a table's Parquet file and its CSV
/// (typed from the manifest's column map), and the tests compare row counts, column types and every value.
/// </summary>
internal static class ParquetDuckDb
{
    /// <summary>DuckDB's type for each manifest column type.</summary>
    public static string DuckType(string manifestType) => manifestType switch
    {
        "string" => "VARCHAR",
        "int64" => "BIGINT",
        "double" => "DOUBLE",
        "date" => "DATE",
        "timestamp" => "TIMESTAMP WITH TIME ZONE",
        _ => throw new ArgumentOutOfRangeException(nameof(manifestType), manifestType, null),
    };

    /// <summary>
    /// Every table the manifest of <paramref name="folder"/> lists in both formats, compared; returns the tables
    /// checked. (A consumer layout's text files in the consumer's own dialect have no Parquet twin and are skipped.)
    /// </summary>
    public static int AssertParquetEqualsCsv(string folder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone());
        int tables = 0;
        foreach (var (name, csvEntry) in files.Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal)))
        {
            string parquetName = name[..^4] + ".parquet";
            if (!files.TryGetValue(parquetName, out var parquetEntry)) continue;
            var columns = csvEntry.GetProperty("columns").EnumerateArray()
                .Select(c => (Name: c.GetProperty("name").GetString()!, Type: DuckType(c.GetProperty("type").GetString()!))).ToArray();
            Assert.Equal(csvEntry.GetProperty("columns").GetRawText(), parquetEntry.GetProperty("columns").GetRawText());
            AssertTableEqual(Path.Combine(folder, name), Path.Combine(folder, parquetName), columns, csvEntry.GetProperty("rows").GetInt64());
            Assert.Equal(csvEntry.GetProperty("rows").GetInt64(), parquetEntry.GetProperty("rows").GetInt64());
            tables++;
        }
        return tables;
    }

    /// <summary>The Parquet file has the columns' names and DuckDB types, <paramref name="rows"/> rows, and the CSV's values row by row.</summary>
    public static void AssertTableEqual(string csv, string parquet, IReadOnlyList<(string Name, string Type)> columns, long rows)
    {
        using var db = Open();
        Assert.Equal(columns, Describe(db, $"SELECT * FROM {Parquet(parquet)}"));
        var fromParquet = Rows(db, $"SELECT * FROM {Parquet(parquet)}");
        var fromCsv = Rows(db, $"SELECT * FROM {Csv(csv, columns)}");
        Assert.Equal(rows, fromParquet.Count);
        Assert.Equal(fromCsv.Count, fromParquet.Count);
        for (int i = 0; i < fromCsv.Count; i++) Assert.True(fromCsv[i].SequenceEqual(fromParquet[i]), $"{Path.GetFileName(parquet)} row {i}: csv [{Text(fromCsv[i])}] parquet [{Text(fromParquet[i])}]");
    }

    public static DuckDBConnection Open()
    {
        var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        Execute(db, "SET TimeZone = 'UTC'");
        return db;
    }

    public static string Parquet(string path) => $"read_parquet('{path}')";

    public static string Csv(string path, IReadOnlyList<(string Name, string Type)> columns) =>
        $"read_csv('{path}', header = true, auto_detect = false, columns = {{{string.Join(", ", columns.Select(c => $"'{c.Name}': '{c.Type}'"))}}})";

    public static (string Name, string Type)[] Describe(DuckDBConnection db, string query) =>
        Rows(db, $"DESCRIBE {query}").Select(r => ((string)r[0]!, (string)r[1]!)).ToArray();

    public static List<object?[]> Rows(DuckDBConnection db, string query)
    {
        using var command = db.CreateCommand();
        command.CommandText = query;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    public static void Execute(DuckDBConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Text(object?[] row) => string.Join(", ", row.Select(v => v switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture),
    }));
}
