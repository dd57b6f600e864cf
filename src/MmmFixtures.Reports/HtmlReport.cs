using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using MmmFixtures.Families;
using MmmFixtures.Reporting;
using MmmFixtures.Reports.Html;

namespace MmmFixtures.Reports;

/// <summary>
/// Writes a dataset's report as one self-contained <c>report.html</c> (<see cref="ReportFiles.Html"/>): spec
/// summary, validation checks, truth tables and every chart as inline SVG with its caption; style inline, no
/// scripts, no fonts or images fetched, so it opens offline in any browser. The same report gives the same bytes.
/// In an export folder the page (and the optional <c>charts/*.png</c>) is a known companion of the export: exporting
/// into the folder again replaces it like the rest of the old export.
/// </summary>
public static class HtmlReport
{
    /// <summary>The page as text (UTF-8 when written).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The report is malformed (e.g. a series with fewer y than x values); the message names every problem.</exception>
    public static string Render(DatasetReport report)
    {
        ReportValidation.ThrowIfInvalid(report);
        return ReportPage.Render(report);
    }

    /// <summary>
    /// Writes <paramref name="report"/> as <c>report.html</c> into the existing <paramref name="folder"/> (replacing the
    /// file in one rename, so a reader never sees half of it) and, when <paramref name="png"/>, each chart as
    /// <c>charts/&lt;key&gt;.png</c> (the folder's other PNG images are removed). Returns the page's full path.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="folder"/> is null.</exception>
    /// <exception cref="ArgumentException">The report is malformed; the message names every problem.</exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="folder"/> does not exist.</exception>
    /// <exception cref="IOException">The file system failed.</exception>
    public static string Write(DatasetReport report, string folder, bool png = false)
    {
        if (folder is null) throw new ArgumentNullException(nameof(folder));
        string html = Render(report);
        string root = Path.GetFullPath(folder);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"Cannot write the report into {root}: no such folder.");
        if (png) WritePngs(report, root);
        string path = Path.Combine(root, ReportFiles.Html);
        WriteAtomically(path, Encoding.UTF8.GetBytes(html));
        return path;
    }

    /// <summary>
    /// Builds <paramref name="family"/>'s report of <paramref name="spec"/> (<see cref="IDatasetFamily.Report"/>, which
    /// regenerates the dataset deterministically) and writes it as in <see cref="Write(DatasetReport, string, bool)"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="family"/>, <paramref name="spec"/> or <paramref name="folder"/> is null.</exception>
    /// <exception cref="Validation.SpecValidationException">The spec is invalid.</exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="folder"/> does not exist.</exception>
    public static string Write(IDatasetFamily family, object spec, string folder, ReportOptions? options = null, bool png = false)
    {
        if (family is null) throw new ArgumentNullException(nameof(family));
        if (spec is null) throw new ArgumentNullException(nameof(spec));
        if (folder is null) throw new ArgumentNullException(nameof(folder));
        family.ThrowIfInvalid(spec);
        return Write(family.Report(spec, options ?? new ReportOptions()), folder, png);
    }

    private static void WritePngs(DatasetReport report, string root)
    {
        string charts = Path.Combine(root, ReportFiles.ChartsFolder);
        Directory.CreateDirectory(charts);
        var keep = report.Charts.Select(c => c.Key + ".png").ToHashSet(StringComparer.Ordinal);
        foreach (string stale in Directory.EnumerateFiles(charts, "*.png").Where(f => !keep.Contains(Path.GetFileName(f)))) File.Delete(stale);
        Parallel.ForEach(report.Charts, chart => WriteAtomically(Path.Combine(root, ReportFiles.ChartPng(chart.Key)), ChartRenderer.Png(chart)));
    }

    // A temporary sibling named like the export's own per-file temporaries (".name.<32 hex>.tmp"), which an export tolerates and removes.
    private static void WriteAtomically(string path, byte[] bytes)
    {
        string temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
