using System.Diagnostics;
using MmmFixtures.Mmm;
using MmmFixtures.Reporting;

namespace MmmFixtures.Reports.Tests;

/// <summary>Charts are drawn with the font shipped inside MmmFixtures.Reports, so their bytes do not depend on the machine's fonts.</summary>
public class EmbeddedFontTests : TempFolder
{
    [Fact]
    public void Charts_ask_for_the_embedded_font_and_get_it()
    {
        ChartRenderer.Svg(SampleCharts.Markers()); // sets the drawing library up
        Assert.Equal("DejaVu Sans", ScottPlot.Fonts.Default);
        Assert.Equal("DejaVu Sans", ScottPlot.Fonts.GetTypeface("DejaVu Sans", bold: false, italic: false).FamilyName);
        Assert.True(ScottPlot.Fonts.GetTypeface("DejaVu Sans", bold: true, italic: false).IsBold);
    }

    // The tool runs in a child process that sees no installed font at all (an empty folder mounted over the system's font
    // folder in a private mount namespace): its report is byte-for-byte the one drawn here with the machine's fonts. Before
    // the font was embedded, Skia found no font there and every glyph measured 0, so the pages differed.
    [NoFontsFact]
    public async Task A_machine_without_any_font_draws_the_same_report_bytes()
    {
        string empty = Path.Combine(Folder, "no-fonts");
        Directory.CreateDirectory(empty);
        string export = Path.Combine(Folder, "export");
        var start = new ProcessStartInfo("unshare") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in new[]
                 {
                     "--mount", "sh", "-c", $"mount --bind '{empty}' {NoFontsFactAttribute.FontFolder} && exec \"$0\" \"$@\"",
                     Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", Path.Combine(AppContext.BaseDirectory, "MmmFixtures.Cli.dll"),
                     "mmm", "--preset", "Basic", "--out", export, "--report", "--quiet",
                 })
            start.ArgumentList.Add(argument);
        using (var process = Process.Start(start)!)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await stderr);
        }

        var spec = MmmFamily.Instance.Presets.Single(p => p.Name == "Basic").Create(Families.DatasetFamilies.DefaultSeed);
        string here = HtmlReport.Render(MmmFamily.Instance.Report(spec, new ReportOptions()));
        Assert.Equal(here, await File.ReadAllTextAsync(Path.Combine(export, ReportFiles.Html)));
    }
}

/// <summary>A fact that hides the machine's fonts from a child process: needs Linux, root (CI runs as root) and util-linux's unshare.</summary>
public sealed class NoFontsFactAttribute : FactAttribute
{
    /// <summary>Where Skia (SkiaSharp's Linux assets without dependencies) looks for fonts.</summary>
    public const string FontFolder = "/usr/share/fonts";

    public NoFontsFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/usr/bin/unshare") || !Directory.Exists(FontFolder))
            Skip = "hiding the fonts needs Linux, root and unshare (CI has them)";
    }
}
