using System;

namespace MmmFixtures.Reporting;

/// <summary>
/// The files a report renderer writes into an export folder beside the export's own: <c>report.html</c> and
/// <c>charts/&lt;key&gt;.png</c>. An export folder holding them may still be replaced by a new export (they are
/// known companions, not a user's files), and the new export drops them with the rest of the old folder.
/// </summary>
public static class ReportFiles
{
    /// <summary>The report page's file name, at the top of the export folder.</summary>
    public const string Html = "report.html";

    /// <summary>The subfolder holding the charts as PNG images, when asked for.</summary>
    public const string ChartsFolder = "charts";

    /// <summary>The path (relative, with '/') of a chart's PNG image.</summary>
    public static string ChartPng(string key) => $"{ChartsFolder}/{key}.png";

    /// <summary>Whether <paramref name="relativePath"/> (relative to the export folder, with '/') is a file a report renderer writes.</summary>
    public static bool IsReportFile(string relativePath) =>
        relativePath == Html
        || (relativePath.StartsWith(ChartsFolder + "/", StringComparison.Ordinal) && relativePath.EndsWith(".png", StringComparison.Ordinal)
            && relativePath.IndexOf('/', ChartsFolder.Length + 1) < 0);

    /// <summary>Whether <paramref name="relativePath"/> is the folder of the charts' images.</summary>
    public static bool IsReportFolder(string relativePath) => relativePath == ChartsFolder;
}
