using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using MmmFixtures.Export;
using MmmFixtures.Concurrency;

namespace MmmFixtures.Mmm;

/// <summary>
/// Writes a panel's export folder: <c>data.csv</c> (observable data only), <c>truth_components.csv</c>,
/// <c>truth.json</c> and <c>manifest.json</c> (last, with the column map). The folder is replaced as a whole: readers
/// see the previous export or the new one, never a mix. The panel is validated first; a panel with errors is refused
/// before anything is written.
/// </summary>
public static class MmmExporter
{
    /// <summary>The data file's name.</summary>
    public const string DataFile = "data.csv";
    /// <summary>The per-row components file's name.</summary>
    public const string ComponentsFile = "truth_components.csv";
    /// <summary>The parameters and aggregates file's name.</summary>
    public const string TruthFile = "truth.json";

    /// <summary>
    /// Writes the export into <paramref name="folder"/> (created with its parents if needed, or replacing a previous
    /// export there as a whole) and returns the files written (manifest last) with the validation report. The three
    /// content files are written concurrently.
    /// </summary>
    /// <exception cref="InvalidOperationException">Validation found errors; nothing was written.</exception>
    /// <exception cref="ExportFolderException">Another export is writing the folder; it is a file, a mount point, the current folder or one of its ancestors, or a link leading nowhere; it holds files that are not a previous export's; or the file system failed while preparing or swapping it (the inner exception says why). The previous export is kept.</exception>
    /// <exception cref="System.IO.IOException">Writing failed (e.g. a full disk): the previous export is untouched and nothing staged remains.</exception>
    public static ExportResult Export(MmmPanel panel, string folder)
    {
        if (panel is null) throw new ArgumentNullException(nameof(panel));
        if (folder is null) throw new ArgumentNullException(nameof(folder));
        var report = MmmPanelValidator.Validate(panel);
        if (!report.IsValid)
            throw new InvalidOperationException("The panel failed validation; nothing was written:" +
                string.Concat(report.Errors.Select(e => Environment.NewLine + "  " + e)));

        string[] dates = DateTexts(panel);
        TableSchema data = MmmColumns.DataTable(panel.Spec), components = MmmColumns.ComponentsTable(panel.Spec);
        using var export = ExportFolder.Open(folder);
        var writers = new Func<ExportedFile>[]
        {
            () => export.WriteFile(DataFile, s => WriteData(panel, data, dates, s), panel.RowCount),
            () => export.WriteFile(ComponentsFile, s => WriteComponents(panel, components, dates, s), panel.RowCount),
            () => export.WriteFile(TruthFile, s => MmmTruthJson.Write(panel, s, report)),
        };
        var files = new ExportedFile[writers.Length];
        FirstFailure.Unwrap(() => Parallel.For(0, writers.Length, i => files[i] = writers[i]()));
        return export.Commit("mmm", panel.Spec.Seed, w => MmmSpecJson.Write(w, panel.Spec), files, new[] { data, components }, report.Findings);
    }

    private static void WriteData(MmmPanel panel, TableSchema table, string[] dates, Stream stream)
    {
        var spec = panel.Spec;
        using var csv = CsvFormat.CreateWriter(stream);
        csv.WriteHeader(table.Header);
        var exposures = Enumerable.Range(0, spec.Channels.Count).Where(c => spec.Channels[c].Unit != MediaUnit.None).ToArray();
        for (int r = 0; r < panel.RowCount; r++)
        {
            csv.WriteField(dates[r / panel.GeoCount]);
            csv.WriteField(panel.GeoNames[r % panel.GeoCount]);
            csv.WriteField(panel.Y[r], default);
            for (int c = 0; c < spec.Channels.Count; c++) csv.WriteField(panel.Spend(c)[r], default);
            foreach (int c in exposures) csv.WriteField(panel.Exposure(c)[r], default);
            for (int k = 0; k < spec.Controls.Count; k++) csv.WriteField(panel.ControlValue(k)[r], default);
            for (int e = 0; e < spec.Events.Count; e++) csv.WriteField((int)panel.EventIndicator(e)[r], default);
            csv.EndRecord();
        }
    }

    private static void WriteComponents(MmmPanel panel, TableSchema table, string[] dates, Stream stream)
    {
        var truth = panel.Truth;
        using var csv = CsvFormat.CreateWriter(stream);
        csv.WriteHeader(table.Header);
        for (int r = 0; r < panel.RowCount; r++)
        {
            csv.WriteField(dates[r / panel.GeoCount]);
            csv.WriteField(panel.GeoNames[r % panel.GeoCount]);
            foreach (var c in truth.Channels) csv.WriteField(c.Contribution[r], default);
            csv.WriteField(truth.Intercept[r], default);
            csv.WriteField(truth.Trend[r], default);
            csv.WriteField(truth.Seasonality[r], default);
            foreach (var k in truth.Controls) csv.WriteField(k.Effect[r], default);
            foreach (var e in truth.Events) csv.WriteField(e.Effect[r], default);
            csv.WriteField(truth.Noise[r], default);
            if (truth.HasClamp) csv.WriteField(truth.Clamp[r], default);
            csv.EndRecord();
        }
    }

    private static string[] DateTexts(MmmPanel panel) =>
        panel.Dates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
