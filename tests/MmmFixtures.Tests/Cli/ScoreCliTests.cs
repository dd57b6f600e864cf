using System.Globalization;
using System.Text.Json;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Cli;

/// <summary><c>mmmfixtures score</c>: reads an export folder back, scores a CSV or JSON of estimates, and refuses bad input with one message and exit code 2.</summary>
public sealed class ScoreCliTests : TempFolder
{
    private static (int Exit, string Out, string Error) Run(params string[] args) => CliRun.Run(args);

    private string Export()
    {
        string folder = Path.Combine(Folder, "basic");
        Assert.Equal(0, Run("mmm", "--preset", "Basic", "--seed", "3", "--out", folder).Exit);
        return folder;
    }

    private static MmmPanel Panel => MmmGenerator.Generate(MmmPresets.Get(MmmPreset.Basic, 3));

    private string Write(string name, string text)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_csv_of_true_roas_times_1_1_prints_ten_percent_errors()
    {
        string folder = Export();
        var channels = Panel.Truth.Channels;
        string csv = Write("estimates.csv", "channel,roas,spend\n" + string.Concat(channels.Select(c =>
            FormattableString.Invariant($"{c.Name},{c.Roas!.Value * 1.1:R},{c.TotalSpend:R}\n"))));
        var (exit, output, error) = Run("score", "--truth", folder, "--estimates", csv);
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        foreach (var c in channels) Assert.Contains(c.Name, output);
        Assert.Contains("10.00%", output);
        Assert.Contains("ROAS rel. error", output);
        Assert.Contains("Allocation regret:", output);
    }

    [Fact]
    public void Json_output_is_machine_readable_and_matches_the_api()
    {
        string folder = Export();
        var tv = Panel.Truth.Channels[0];
        string estimates = Write("estimates.json", "{ \"channels\": { " + string.Join(", ", Panel.Truth.Channels.Select(c =>
            FormattableString.Invariant($"\"{c.Name}\": {{ \"roas\": {c.Roas!.Value * 1.1:R}, \"roasLower\": 0, \"roasUpper\": 100 }}"))) + " }, \"intervalLevel\": 0.9 }");
        var (exit, output, error) = Run("score", "--truth", folder, "--estimates", estimates, "--json");
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        var first = root.GetProperty("channels")[0];
        Assert.Equal(tv.Name, first.GetProperty("channel").GetString());
        Assert.Equal(0.1, first.GetProperty("roasRelativeError").GetDouble(), 1e-12);
        Assert.Equal(tv.Roas!.Value, first.GetProperty("trueRoas").GetDouble());
        Assert.True(first.GetProperty("interval").GetProperty("covers").GetBoolean());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("all").GetProperty("intervalCoverage").GetDouble());
        Assert.Equal(0.9, root.GetProperty("intervalLevel").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("allocation").ValueKind);
    }

    [Fact]
    public void The_exported_truth_components_read_as_contributions_score_zero_error()
    {
        string folder = Export();
        string components = Path.Combine(folder, "truth_components.csv");
        var rows = MmmFixtures.Mmm.Scoring.MmmEstimatesCsv.ReadRows(File.ReadAllText(components), Panel);
        Assert.Equal(Panel.Truth.Channels.Count, rows.Contributions.Count);
        var card = MmmFixtures.Mmm.Scoring.MmmScore.Score(Panel, rows);
        Assert.All(card.Channels, c => { Assert.Equal(0, c.Contribution!.Mape); Assert.Equal(0, c.Contribution.Bias); Assert.Equal(0, c.ShareError!.Value, 1e-12); });
        Assert.Contains(card.Components, c => c.Component == "intercept");
        Assert.All(card.Components, c => Assert.Equal(0, c.Accuracy.Bias));

        string csv = Write("roas.csv", "channel,roas\n" + string.Concat(Panel.Truth.Channels.Select(c => FormattableString.Invariant($"{c.Name},{c.Roas!.Value:R}\n"))));
        var (exit, output, error) = Run("score", "--truth", folder, "--estimates", csv, "--contributions", components);
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Contains("contrib. MAPE", output);
        Assert.Contains("share-of-y error", output);
    }

    [Fact]
    public void A_contributions_table_with_problems_names_them()
    {
        var error = Assert.Throws<MmmFixtures.Validation.SpecValidationException>(() => MmmFixtures.Mmm.Scoring.MmmEstimatesCsv.ReadRows(
            "date,geo,Tv,Weather\n2022-01-03,Only,1,2\n", Panel));
        Assert.Contains("header[3] = Weather: must be date, geo, a channel", error.Message);
        var geoless = Assert.Throws<MmmFixtures.Validation.SpecValidationException>(() => MmmFixtures.Mmm.Scoring.MmmEstimatesCsv.ReadRows("Tv\n1\n", Panel));
        Assert.Contains("must have a 'date' column", geoless.Message);
        string first = Panel.Dates[0].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), geo = Panel.GeoNames[0];
        var rows = Assert.Throws<MmmFixtures.Validation.SpecValidationException>(() => MmmFixtures.Mmm.Scoring.MmmEstimatesCsv.ReadRows(
            $"date,geo,Tv\n{first},{geo},1\n{first},{geo},2\n1999-01-01,{geo},3\n{first},Mars,x\n", Panel));
        var paths = rows.Errors.Select(e => e.Path).ToArray();
        Assert.Equal(new[] { "row 2", "row 3", "row 4", "rows" }, paths);
        Assert.Contains("repeats an earlier row's date and geo", rows.Message);
        Assert.Contains($"must cover every row of the panel; missing {Panel.RowCount - 1}", rows.Message);
    }

    [Fact]
    public void Bad_input_prints_one_message_and_exits_2()
    {
        string folder = Export();
        string unknown = Write("unknown.csv", "channel,roas\nCinema,2\n");
        string malformed = Write("bad.json", "{ \"channels\": ");
        string commerce = Path.Combine(Folder, "commerce");
        Assert.Equal(0, Run("commerce", "--preset", "Small", "--out", commerce).Exit);
        var cases = new (string[] Args, string Expected)[]
        {
            (new[] { "score", "--estimates", unknown }, "Give --truth <dir>"),
            (new[] { "score", "--truth", folder }, "Give --estimates <file>"),
            (new[] { "score", "--truth", Path.Combine(Folder, "nowhere"), "--estimates", unknown }, "is not an export folder"),
            (new[] { "score", "--truth", folder, "--estimates", Path.Combine(Folder, "missing.csv") }, "Estimates file not found"),
            (new[] { "score", "--truth", folder, "--estimates", Write("e.txt", "") }, "must end in .json or .csv"),
            (new[] { "score", "--truth", folder, "--estimates", unknown }, "roas[Cinema]: must name a channel of the panel"),
            (new[] { "score", "--truth", folder, "--estimates", malformed }, "is not valid JSON"),
            (new[] { "score", "--truth", commerce, "--estimates", unknown }, "score works on MMM exports"),
            (new[] { "score", "--truth", folder, "--estimates", unknown, "--objective", "revenue" }, "--objective must be one of contribution, profit"),
            (new[] { "score", "--truth", folder, "--estimates", unknown, "--contributions", Path.Combine(Folder, "none.csv") }, "Contributions file not found"),
        };
        foreach (var (args, expected) in cases)
        {
            var (exit, output, error) = Run(args);
            Assert.True(exit == 2, $"{string.Join(" ", args)} exited {exit}: {error}");
            Assert.True(error.Contains(expected, StringComparison.Ordinal), $"expected '{expected}' in: {error}");
            Assert.Equal("", output);
            Assert.DoesNotContain("   at ", error);
        }
    }

    [Fact]
    public void Every_problem_of_the_command_line_and_the_files_comes_in_one_message()
    {
        string folder = Export();
        string unknown = Write("unknown.csv", "channel,roas\nCinema,2\n");
        string malformed = Write("bad.json", "{ \"channels\": ");

        var (exit, output, error) = Run("score", "--estimates", malformed, "--contributions", Path.Combine(Folder, "none.csv"));
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("Give --truth <dir>", error);
        Assert.Contains("is not valid JSON", error);
        Assert.Contains("Contributions file not found", error);

        // The estimates are checked against the panel although the contributions table is missing.
        (exit, _, error) = Run("score", "--truth", folder, "--estimates", unknown, "--contributions", Path.Combine(Folder, "none.csv"));
        Assert.Equal(2, exit);
        Assert.Contains("Contributions file not found", error);
        Assert.Contains("roas[Cinema]: must name a channel of the panel", error);

        // A contributions table with problems and estimates with problems: both.
        string rows = Write("rows.csv", "date,geo,Tv,Weather\n2022-01-03,Only,1,2\n");
        (exit, _, error) = Run("score", "--truth", folder, "--estimates", unknown, "--contributions", rows);
        Assert.Equal(2, exit);
        Assert.Contains("header[3] = Weather", error);
        Assert.Contains("roas[Cinema]: must name a channel of the panel", error);
    }
}
