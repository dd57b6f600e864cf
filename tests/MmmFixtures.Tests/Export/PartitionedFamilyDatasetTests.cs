using MmmFixtures.Clickstream;
using MmmFixtures.Commerce;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Mmm;
using MmmFixtures.Tests.Cli;

namespace MmmFixtures.Tests.Export;

/// <summary>
/// <c>--partition-by</c> on every family: DuckDB reads each partitioned table as ONE dataset
/// (<c>read_parquet('…/events/**/*.parquet', hive_partitioning = true)</c>) with the single export's rows, aggregates and
/// counts per partition value, the partition column coming back with its values and type; the bytes do not depend
/// on threads; CSV stays one file per table; bad requests get one clear message and write nothing.
/// </summary>
public sealed class PartitionedFamilyDatasetTests : TempFolder
{
    private static IDatasetFamily Family(string name) => DatasetFamilies.BuiltIn.Single(f => f.Name == name);

    private ExportResult Export(IDatasetFamily family, object spec, string name, ExportFormat format, string? partitionBy, int threads = -1) =>
        family.Export(spec, Path.Combine(Folder, name), new DatasetExportOptions { Format = format, PartitionBy = partitionBy, MaxDegreeOfParallelism = threads });

    private string Dataset(string export, string table) => $"read_parquet('{Folder}/{export}/{table}/**/*.parquet', hive_partitioning = true)";

    private string Single(string export, string table) => ParquetDuckDb.Parquet($"{Folder}/{export}/{table}.parquet");

    private static List<object?[]> Rows(string sql)
    {
        using var db = ParquetDuckDb.Open();
        return ParquetDuckDb.Rows(db, sql);
    }

    // Sums are taken as decimals: a double sum depends on the order DuckDB's threads add the values in.
    private static void AssertSame(string expectedSql, string actualSql)
    {
        var expected = Rows(expectedSql);
        var actual = Rows(actualSql);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++) Assert.Equal(expected[i], actual[i]);
    }

    [Fact]
    public void Clickstream_partitioned_by_date_reads_as_one_dataset_equal_to_the_single_export_whatever_the_threads()
    {
        var family = Family("clickstream");
        var spec = ClickstreamPresets.Get(ClickstreamPreset.Small);
        var single = Export(family, spec, "single", ExportFormat.Parquet, null);
        var eight = Export(family, spec, "part", ExportFormat.Parquet, "date", threads: 8);
        Assert.Equal(eight.Files, Export(family, spec, "part1", ExportFormat.Parquet, "date", threads: 1).Files);
        // Tables with a time column are datasets; the truth of users, items and defects has none and stays whole, with the single export's bytes.
        Assert.Equal(single.Files.Where(f => f.Name is "truth_users.parquet" or "truth_items.parquet" or "truth_defects.parquet"),
            eight.Files.Where(f => f.Name.IndexOf('/') < 0 && f.Name.EndsWith(".parquet", StringComparison.Ordinal)));
        foreach (string table in new[] { "items", "users", "events", "truth_sessions" })
        {
            Assert.DoesNotContain(eight.Files, f => f.Name == table + ".parquet");
            Assert.Equal(single.TableRows(table), eight.TableRows(table));
            AssertSame($"SELECT count(*) FROM {Single("single", table)}", $"SELECT count(*) FROM {Dataset("part", table)}");
        }

        var events = Dataset("part", "events");
        using (var db = ParquetDuckDb.Open())
            Assert.Equal(ParquetDuckDb.Describe(db, $"SELECT * FROM {Single("single", "events")}").Append(("date", "DATE")), ParquetDuckDb.Describe(db, $"SELECT * FROM {events}"));
        const string Aggregates = "count(*), sum(price::DECIMAL(38, 6)), count(DISTINCT user_id), count(DISTINCT session_id), min(timestamp), max(timestamp), count(transaction_id)";
        AssertSame($"SELECT {Aggregates} FROM {Single("single", "events")}", $"SELECT {Aggregates} FROM {events}");
        AssertSame($"SELECT CAST(timestamp AS DATE) AS day, count(*), sum(price::DECIMAL(38, 6)) FROM {Single("single", "events")} GROUP BY day ORDER BY day",
            $"SELECT date, count(*), sum(price::DECIMAL(38, 6)) FROM {events} GROUP BY date ORDER BY date");
        AssertSame($"SELECT * FROM {Single("single", "events")} ORDER BY event_id", $"SELECT * EXCLUDE (date) FROM {events} ORDER BY event_id");

        // Within a partition the rows keep the table's order; the partitions' files are listed in date order.
        var all = Rows($"SELECT event_id, strftime(timestamp, '%Y-%m-%d') FROM {Single("single", "events")}");
        var files = eight.Files.Where(f => f.Name.StartsWith("events/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(files.Select(f => f.Name).Order(StringComparer.Ordinal), files.Select(f => f.Name));
        foreach (var file in files)
        {
            string day = file.Name.Split('/')[1]["date=".Length..];
            Assert.Equal(all.Where(r => (string)r[1]! == day).Select(r => r[0]), Rows($"SELECT event_id FROM read_parquet('{Folder}/part/{file.Name}', hive_partitioning = false)").Select(r => r[0]));
        }
    }

    [Fact]
    public void Mmm_partitioned_by_geo_in_both_formats_keeps_the_csv_whole_and_reads_back_as_the_csv()
    {
        var family = Family("mmm");
        var spec = MmmPresets.Get(MmmPreset.MultiRegion);
        var csv = Export(family, spec, "csv", ExportFormat.Csv, null);
        var both = Export(family, spec, "both", ExportFormat.Both, "geo");
        Assert.Equal(csv.Files.Where(f => f.Name.EndsWith(".csv", StringComparison.Ordinal)), both.Files.Where(f => f.Name.EndsWith(".csv", StringComparison.Ordinal)));
        var geos = spec.Geos.Select(g => g.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(geos.Select(g => $"data/geo={g}/part-0.parquet"), both.Files.Where(f => f.Name.StartsWith("data/", StringComparison.Ordinal)).Select(f => f.Name));

        var columns = MmmColumns.DataTable(spec).Columns.Select(c => (c.Name, Type: ParquetDuckDb.DuckType(c.Type.ToString().ToLowerInvariant()))).ToArray();
        string names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        string data = Dataset("both", "data"), table = ParquetDuckDb.Csv($"{Folder}/both/data.csv", columns);
        using (var db = ParquetDuckDb.Open())
            Assert.Equal(("geo", "VARCHAR"), ParquetDuckDb.Describe(db, $"SELECT * FROM {data}").Last());
        AssertSame($"SELECT {names} FROM {table} ORDER BY date, geo", $"SELECT {names} FROM {data} ORDER BY date, geo");
        AssertSame($"SELECT geo, count(*), sum(y::DECIMAL(38, 6)), min(date), max(date) FROM {table} GROUP BY geo ORDER BY geo",
            $"SELECT geo, count(*), sum(y::DECIMAL(38, 6)), min(date), max(date) FROM {data} GROUP BY geo ORDER BY geo");
    }

    [Fact]
    public void Mmm_partitioned_by_date_gives_the_date_back_as_a_date()
    {
        var family = Family("mmm");
        var spec = MmmPresets.Get(MmmPreset.MultiRegion);
        Export(family, spec, "single", ExportFormat.Parquet, null);
        var result = Export(family, spec, "by-date", ExportFormat.Parquet, "date");
        Assert.Equal(2 * spec.Periods, result.Files.Count(f => f.Name.EndsWith("/part-0.parquet", StringComparison.Ordinal))); // data and truth_components
        string data = Dataset("by-date", "data");
        using (var db = ParquetDuckDb.Open())
            Assert.Equal(("date", "DATE"), ParquetDuckDb.Describe(db, $"SELECT * FROM {data}").Last());
        AssertSame($"SELECT date, count(*), sum(y::DECIMAL(38, 6)), count(DISTINCT geo) FROM {Single("single", "data")} GROUP BY date ORDER BY date",
            $"SELECT date, count(*), sum(y::DECIMAL(38, 6)), count(DISTINCT geo) FROM {data} GROUP BY date ORDER BY date");
    }

    [Fact]
    public void Commerce_partitioned_by_tenant_reads_as_one_dataset_and_tenant_tables_stay_whole()
    {
        var family = Family("commerce");
        var spec = CommercePresets.Default;
        var single = Export(family, spec, "single", ExportFormat.Parquet, null);
        var byTenant = Export(family, spec, "tenant", ExportFormat.Parquet, "tenant");
        var tenants = spec.Tenants.Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(tenants.Select(t => $"daily_panel/tenant={t}/part-0.parquet"), byTenant.Files.Where(f => f.Name.StartsWith("daily_panel/", StringComparison.Ordinal)).Select(f => f.Name));
        // A tenant's own tables have no tenant column (their folder is the tenant): the single export's files, byte for byte.
        Assert.Equal(single.Files.Where(f => tenants.Any(t => f.Name.StartsWith(t + "/", StringComparison.Ordinal))),
            byTenant.Files.Where(f => tenants.Any(t => f.Name.StartsWith(t + "/", StringComparison.Ordinal))));
        foreach (string table in new[] { "daily_panel", "truth_daily" })
        {
            string dataset = Dataset("tenant", table), whole = Single("single", table);
            AssertSame($"SELECT tenant, count(*), sum(net_revenue::DECIMAL(38, 6)), min(date), max(date) FROM {whole} GROUP BY tenant ORDER BY tenant",
                $"SELECT tenant, count(*), sum(net_revenue::DECIMAL(38, 6)), min(date), max(date) FROM {dataset} GROUP BY tenant ORDER BY tenant");
            AssertSame($"SELECT * FROM {whole} ORDER BY tenant, date", $"SELECT tenant, * EXCLUDE (tenant) FROM {dataset} ORDER BY tenant, date");
        }
    }

    [Theory]
    [InlineData("mmm", "geo")]
    [InlineData("clickstream", "event_type")]
    [InlineData("commerce", "tenant")]
    public void A_column_no_table_has_is_refused_naming_the_columns_that_exist_and_nothing_is_written(string name, string existing)
    {
        var family = Family(name);
        var spec = family.Presets.First(p => p.Name == (name == "mmm" ? "Basic" : "Small")).Create(DatasetFamilies.DefaultSeed);
        string folder = Path.Combine(Folder, "out");
        var error = Assert.Throws<ExportOptionsException>(() => family.Export(spec, folder,
            new DatasetExportOptions { Format = ExportFormat.Parquet, PartitionBy = "nope" }));
        Assert.StartsWith("Cannot partition the export: no table has a column or role 'nope'; partition by one of: date (each table's first time column), ", error.Message);
        Assert.Contains(existing, error.Message);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_refused_mmm_column_lists_date_once_among_the_columns_that_partition()
    {
        string folder = Path.Combine(Folder, "out");
        var error = Assert.Throws<ExportOptionsException>(() => Family("mmm").Export(MmmPresets.Get(MmmPreset.MultiRegion), folder,
            new DatasetExportOptions { Format = ExportFormat.Parquet, PartitionBy = "y" }));
        Assert.Equal("Cannot partition the export: 'y' holds doubles, which do not partition; partition by one of: date (each table's first time column), geo.", error.Message);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_column_with_too_many_values_is_refused_naming_the_table_not_a_csv_file()
    {
        string folder = Path.Combine(Folder, "out");
        var error = Assert.Throws<ExportOptionsException>(() => Family("clickstream").Export(MmmFixtures.Clickstream.ClickstreamPresets.Get(MmmFixtures.Clickstream.ClickstreamPreset.Small), folder,
            new DatasetExportOptions { Format = ExportFormat.Parquet, PartitionBy = "event_id" }));
        Assert.StartsWith("Cannot partition table events by 'event_id': it has more than 10,000 values", error.Message);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Partitioning_csv_tables_is_refused_by_the_library_and_the_tool_each_in_its_own_words()
    {
        string folder = Path.Combine(Folder, "out");
        const string Refusal = "Cannot partition the export: partitioning by 'date' writes Parquet datasets and CSV tables stay one file each: use ";
        var error = Assert.Throws<ExportOptionsException>(() => Family("mmm").Export(MmmPresets.Get(MmmPreset.Basic), folder, new DatasetExportOptions { PartitionBy = "date" }));
        Assert.Equal(Refusal + "ExportFormat.Parquet or ExportFormat.Both.", error.Message);
        var (exit, output, stderr) = CliRun.Run(DatasetFamilies.BuiltIn, errorIsTerminal: false, "mmm", "--preset", "Basic", "--partition-by", "date", "--out", folder);
        Assert.Equal((2, ""), (exit, output));
        Assert.Equal($"error: {Refusal}--format parquet or both.\n", stderr.ReplaceLineEndings("\n"));
        var unknown = CliRun.Run(DatasetFamilies.BuiltIn, errorIsTerminal: false, "mmm", "--preset", "Basic", "--format", "parquet", "--partition-by", "price", "--out", folder);
        Assert.Equal(2, unknown.Exit);
        Assert.StartsWith("error: Cannot partition the export: no table has a column or role 'price'; partition by one of: date", unknown.Error);
        Assert.False(Directory.Exists(folder));
    }

    [Theory]
    [InlineData("staged")]
    [InlineData("swapped")]
    public void A_partitioned_export_killed_just_before_or_after_its_swap_leaves_one_complete_export_and_the_next_run_cleans_up(string phase)
    {
        string parent = Directory.CreateDirectory(Path.Combine(Folder, "target")).FullName, target = Path.Combine(parent, "x");
        string[] Run(ulong seed, string folder) => new[] { "clickstream", "--preset", "Small", "--seed", seed.ToString(), "--format", "parquet", "--partition-by", "date", "--out", folder };
        Assert.Equal(0, MmmFixtures.Tests.Export.Cli.Run(Run(2, Path.Combine(Folder, "reference"))).Exit);
        var next = CompleteExport.Read(Path.Combine(Folder, "reference"));
        Assert.Equal(0, MmmFixtures.Tests.Export.Cli.Run(Run(1, target)).Exit);
        var previous = CompleteExport.Read(target);
        using (var process = MmmFixtures.Tests.Export.Cli.StartIn(null, new Dictionary<string, string> { ["MMMF_TEST_PAUSE_AT"] = phase }, Run(2, target)))
        {
            string? line;
            while ((line = process.StandardError.ReadLine()) is not null && line != $"MMMF_TEST_PAUSED {phase}") { }
            Assert.Equal($"MMMF_TEST_PAUSED {phase}", line);
            process.Kill();
            process.WaitForExit();
        }
        Assert.Equal(phase == "staged" ? previous : next, CompleteExport.Read(target));
        Assert.Equal(0, MmmFixtures.Tests.Export.Cli.Run(Run(1, target)).Exit);
        Assert.Equal(previous, CompleteExport.Read(target));
        Assert.Equal(new[] { "x" }, Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void A_partitioned_export_is_replaced_as_a_whole_and_a_stray_file_in_a_partition_is_protected()
    {
        var family = Family("mmm");
        var spec = MmmPresets.Get(MmmPreset.Basic);
        string folder = Path.Combine(Folder, "out");
        var partitioned = Export(family, spec, "out", ExportFormat.Parquet, "date");
        Assert.True(Directory.Exists(Path.Combine(folder, "data")));
        Export(family, spec, "out", ExportFormat.Parquet, null); // every partition folder goes with the previous export
        Assert.Equal(new[] { "data.parquet", "manifest.json", "truth.json", "truth_components.parquet" },
            Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Export(family, spec, "out", ExportFormat.Parquet, "date");
        File.WriteAllText(Path.Combine(folder, Path.GetDirectoryName(partitioned.Files[0].Name)!, "notes.txt"), "mine");
        var refused = Assert.Throws<ExportFolderException>(() => Export(family, spec, "out", ExportFormat.Parquet, "date"));
        Assert.Contains("notes.txt", refused.Message);
    }
}
