using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Reporting;
using MmmFixtures.Reports;

namespace MmmFixtures.Cli;

/// <summary>
/// <c>mmmfixtures report &lt;export folder&gt; [--focus NAME] [--png]</c>: reads the folder's manifest back
/// (<see cref="ExportedDataset.Open"/>), rebuilds the dataset's report from its spec and writes <c>report.html</c>
/// (and <c>charts/*.png</c> with <c>--png</c>) into the folder. Also the <c>--report</c> step of every family command.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(IReadOnlyList<IDatasetFamily> families, CliConsole console, HelpText help)
    {
        var folder = new Argument<string>("folder") { Description = "An export folder written by mmmfixtures (it holds manifest.json)." };
        var focus = new Option<string?>("--focus")
        {
            Description = "The entity that single-entity charts show (an MMM geo, a commerce tenant); default: the first one.",
            HelpName = "name",
        };
        var png = CliOptions.Flag("--png", $"Also write every chart as {ReportFiles.ChartsFolder}/<chart>.png.");
        var command = new Command("report", $"Write {ReportFiles.Html}, a self-contained page with the spec, validation, truth and charts, into an export folder.")
        {
            folder, focus, png,
        };
        string tool = HelpText.ToolName;
        help.AddExamples(command, $"{tool} report ./mmm-smallbusiness", $"{tool} report ./mmm-smallbusiness --focus Geo02 --png");
        command.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            string path = FamilyCommand.FullPath(parse.GetValue(folder)!);
            ExportedDataset dataset;
            try
            {
                dataset = ExportedDataset.Open(path, families);
            }
            catch (ExportFolderException ex)
            {
                throw new UserError(ex.Message);
            }
            Write(Build(dataset.Family, dataset.Spec, new ReportOptions(parse.GetValue(focus))), path, parse.GetValue(png), console, watch);
            return ExitCodes.Success;
        });
        return command;
    }

    private static DatasetReport Build(IDatasetFamily family, object spec, ReportOptions options)
    {
        try
        {
            return family.Report(spec, options);
        }
        catch (ArgumentException ex) when (options.Focus is not null)
        {
            throw new UserError($"--focus: {WithoutParameterName(ex)}"); // a family names the value and the entities it knows
        }
    }

    /// <summary>Writes <paramref name="report"/> into <paramref name="folder"/> and says so (also the <c>--report</c> step of an export, with the report the export built).</summary>
    public static void Write(DatasetReport report, string folder, bool png, CliConsole console, Stopwatch? watch = null)
    {
        watch ??= Stopwatch.StartNew();
        string page;
        try
        {
            page = HtmlReport.Write(report, folder, png);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"Cannot write the report into {folder}: {ex.Message}");
        }
        string images = png ? $" and {report.Charts.Count} PNG images in {ReportFiles.ChartsFolder}/" : "";
        console.Out.WriteLine($"Wrote {page} ({report.Charts.Count} charts{images}) in {watch.Elapsed.TotalMilliseconds:F0} ms");
    }

    // ArgumentException.Message ends with " (Parameter 'options')", meant for programmers; the suffix is built the same
    // way (and in the same language) by an exception with an empty message.
    private static string WithoutParameterName(ArgumentException ex)
    {
        string suffix = new ArgumentException("", ex.ParamName).Message;
        return ex.ParamName is not null && suffix.Length > 0 && ex.Message.EndsWith(suffix, StringComparison.Ordinal)
            ? ex.Message.Substring(0, ex.Message.Length - suffix.Length) : ex.Message;
    }
}
