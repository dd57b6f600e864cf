namespace MmmFixtures.Tests.Cli;

/// <summary><c>mmmfixtures report</c>: a bad <c>--focus</c> is refused with a message naming the value and the choices, nothing for programmers.</summary>
public sealed class ReportOptionCliTests : TempFolder
{
    // Exports a preset, asks its report for the focus, and returns the error printed (exit code 2, nothing on standard output).
    private string Refused(string family, string preset, string focus)
    {
        string folder = Path.Combine(Folder, family);
        Assert.Equal(0, CliRun.Run(family, "--preset", preset, "--out", folder).Exit);
        var (exit, output, error) = CliRun.Run("report", folder, "--focus", focus);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.DoesNotContain("(Parameter", error);
        return error;
    }

    [Fact]
    public void An_unknown_focus_names_the_value_and_the_geos()
    {
        string geos = string.Join(", ", MmmFixtures.Mmm.MmmPresets.Get(MmmFixtures.Mmm.MmmPreset.Basic).Geos.Select(g => g.Name));
        Assert.Equal($"error: --focus: Unknown report focus 'Mars': choose a geo among {geos}.{Environment.NewLine}", Refused("mmm", "Basic", "Mars"));
    }

    [Fact]
    public void A_focus_on_a_clickstream_export_says_it_has_none() =>
        Assert.Contains("--focus: The clickstream report shows every persona and has no focus: leave it unset (got 'x').", Refused("clickstream", "Small", "x"));
}
