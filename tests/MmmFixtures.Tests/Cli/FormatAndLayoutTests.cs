using MmmFixtures.Families;
using MmmFixtures.Tests.Export;

namespace MmmFixtures.Tests.Cli;

/// <summary><c>--format</c> and <c>--layout</c>, generic for every family: what they write, and one clear error for a bad value.</summary>
public sealed class FormatAndLayoutTests : TempFolder
{
    private static readonly IDatasetFamily[] Families = { new FormatToyFamily() };

    private static (int Exit, string Out, string Error) Run(params string[] args) => CliRun.Run(Families, errorIsTerminal: false, args);

    private static string[] FilesUnder(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData(null, new[] { "manifest.json", "numbers.csv" })]
    [InlineData("csv", new[] { "manifest.json", "numbers.csv" })]
    [InlineData("parquet", new[] { "manifest.json", "numbers.parquet" })]
    [InlineData("both", new[] { "manifest.json", "numbers.csv", "numbers.parquet" })]
    public void Format_chooses_the_tables_files(string? format, string[] expected)
    {
        string folder = Path.Combine(Folder, "out");
        var args = new[] { "numbers", "--preset", "Ten", "--out", folder }.Concat(format is null ? Array.Empty<string>() : new[] { "--format", format }).ToArray();
        var (exit, output, error) = Run(args);
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Equal(expected, FilesUnder(folder));
        Assert.Contains("Wrote 10 numbers", output);
    }

    [Fact]
    public void Both_formats_hold_the_same_values_for_duckdb()
    {
        string folder = Path.Combine(Folder, "both");
        Assert.Equal(0, Run("numbers", "--preset", "Ten", "--out", folder, "--format", "both", "--layout", "wide").Exit);
        Assert.Equal(2, ParquetDuckDb.AssertParquetEqualsCsv(folder));
    }

    [Fact]
    public void Layouts_are_repeatable_and_comma_separated_each_written_once_into_its_subfolder()
    {
        string folder = Path.Combine(Folder, "out");
        var (exit, _, error) = Run("numbers", "--preset", "Ten", "--out", folder, "--layout", "wide,flat", "--layout", "wide");
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Equal(new[] { "flat/numbers.csv", "manifest.json", "numbers.csv", "wide/numbers.csv" }, FilesUnder(folder));
    }

    [Fact]
    public void Unknown_layouts_are_refused_in_one_message_listing_the_familys_layouts_before_anything_is_written()
    {
        string folder = Path.Combine(Folder, "out");
        var (exit, output, error) = Run("numbers", "--preset", "Ten", "--out", folder, "--layout", "flat,tall", "--layout", "meridian");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal("error: Unknown layouts 'tall', 'meridian'; numbers layouts: flat, wide.\n", error.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_family_without_layouts_says_so()
    {
        var (exit, _, error) = CliRun.Run(new IDatasetFamily[] { new MmmFixtures.Tests.Families.ToyFamily() }, false, "toy", "--preset", "Tiny", "--dry-run", "--layout", "meridian");
        Assert.Equal(2, exit);
        Assert.Contains("Unknown layout 'meridian'; toy has no layouts.", error);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("CSV")]
    [InlineData("")]
    public void A_bad_format_is_a_parse_error_naming_the_choices(string format)
    {
        var (exit, output, error) = Run("numbers", "--preset", "Ten", "--dry-run", "--format", format);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains($"--format must be one of csv, parquet, both, got '{format}'", error);
    }

    [Fact]
    public void A_blank_layout_name_is_a_parse_error()
    {
        var (exit, _, error) = Run("numbers", "--preset", "Ten", "--dry-run", "--layout", "flat,");
        Assert.Equal(2, exit);
        Assert.Contains("--layout must be names separated by commas, got 'flat,'", error);
    }

    [Fact]
    public void Dry_run_lists_the_files_of_the_format_and_says_parquet_sizes_are_csv_sizes()
    {
        var (exit, output, _) = Run("numbers", "--preset", "Ten", "--dry-run", "--format", "both");
        Assert.Equal(0, exit);
        Assert.Contains("3 files", output);
        Assert.Contains("  numbers.parquet", output);
        Assert.Contains("  numbers.csv", output);
        Assert.Contains("counted at their CSV size", output);
        var (_, csvOnly, _) = Run("numbers", "--preset", "Ten", "--dry-run");
        Assert.DoesNotContain("parquet", csvOnly, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Help_names_the_formats_and_the_familys_layouts()
    {
        var (exit, output, _) = Run("numbers", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--format <csv|parquet|both>", output);
        Assert.Contains("flat: A flat copy; wide: A wide copy.", output);
    }

    [Fact]
    public void Layouts_lists_every_familys_layouts_also_as_json()
    {
        var (exit, output, _) = Run("layouts");
        Assert.Equal(0, exit);
        Assert.Equal("family   layout  consumer\nnumbers  flat    A flat copy.\nnumbers  wide    A wide copy.\n", output.ReplaceLineEndings("\n"));
        var (_, json, _) = Run("layouts", "--json");
        Assert.Contains("\"family\": \"numbers\",", json);
        Assert.Contains("\"name\": \"wide\",", json);
    }

    [Theory]
    [InlineData("mmm", "basic", "Wrote 52 rows", new[] { "data.parquet", "manifest.json", "truth.json", "truth_components.parquet" })]
    [InlineData("clickstream", "Small", "Wrote 12338 events", new[] { "events.parquet", "items.parquet", "manifest.json" })]
    [InlineData("commerce", "Small", "order lines of 1 tenant over 90 days", new[] { "daily_panel.parquet", "demo_tenant_1/orders.parquet", "manifest.json" })]
    public void Built_in_families_write_parquet_from_the_cli(string family, string preset, string said, string[] some)
    {
        string folder = Path.Combine(Folder, family);
        var (exit, output, error) = CliRun.Run(family, "--preset", preset, "--format", "parquet", "--out", folder, "--quiet");
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Contains(said, output);
        Assert.DoesNotContain("Wrote 0 ", output); // the summary counts the table in whichever format it was written
        var files = FilesUnder(folder);
        Assert.All(some, f => Assert.Contains(f, files));
        Assert.DoesNotContain(files, f => f.EndsWith(".csv", StringComparison.Ordinal) && !f.Contains('/'));
    }

    [Fact]
    public void A_layout_the_data_cannot_feed_is_a_user_error_before_anything_is_written()
    {
        // MultiRegion without populations: Meridian's geo model needs them (MmmLayouts), found before generating.
        string spec = Path.Combine(Folder, "spec.json");
        var (_, json, _) = CliRun.Run("mmm", "--preset", "MultiRegion", "--print-spec");
        File.WriteAllText(spec, System.Text.RegularExpressions.Regex.Replace(json, "\"population\": [0-9.]+", "\"population\": null"));
        string folder = Path.Combine(Folder, "out");
        var (exit, _, error) = CliRun.Run("mmm", "--spec", spec, "--layout", "meridian", "--out", folder);
        Assert.Equal(2, exit);
        Assert.Contains("layout 'meridian': the meridian layout of a panel with several geos needs every geo's population", error);
        Assert.False(Directory.Exists(folder));
    }
}
