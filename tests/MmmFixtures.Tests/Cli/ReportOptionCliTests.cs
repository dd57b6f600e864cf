namespace MmmFixtures.Tests.Cli;

/// <summary><c>mmmfixtures report</c>: a bad <c>--focus</c> is refused with a message naming the value and the choices, nothing for programmers.</summary>
public sealed class ReportOptionCliTests : TempFolder
{
    [Fact]
    public void An_unknown_focus_names_the_value_and_the_geos()
    {
        string folder = Path.Combine(Folder, "basic");
        Assert.Equal(0, CliRun.Run("mmm", "--preset", "Basic", "--out", folder).Exit);
        var (exit, output, error) = CliRun.Run("report", folder, "--focus", "Mars");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: --focus: Unknown report focus 'Mars': choose a geo among {string.Join(", ", MmmFixtures.Mmm.MmmPresets.Get(MmmFixtures.Mmm.MmmPreset.Basic).Geos.Select(g => g.Name))}.{Environment.NewLine}", error);
        Assert.DoesNotContain("Parameter", error);
    }

    [Fact]
    public void A_focus_on_a_clickstream_export_says_it_has_none()
    {
        string folder = Path.Combine(Folder, "clicks");
        Assert.Equal(0, CliRun.Run("clickstream", "--preset", "Small", "--out", folder).Exit);
        var (exit, _, error) = CliRun.Run("report", folder, "--focus", "x");
        Assert.Equal(2, exit);
        Assert.Contains("--focus: The clickstream report shows every persona and has no focus: leave it unset (got 'x').", error);
        Assert.DoesNotContain("(Parameter", error);
    }
}
