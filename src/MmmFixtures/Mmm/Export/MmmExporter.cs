using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MmmFixtures.Export;
using MmmFixtures.Concurrency;
using MmmFixtures.Families;

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
    public static ExportResult Export(MmmPanel panel, string folder) => Export(panel, folder, new DatasetExportOptions());

    /// <summary>
    /// Writes the export into <paramref name="folder"/> like <see cref="Export(MmmPanel, string)"/>, its tables in
    /// <paramref name="options"/>' format, with the consumer layouts it names (<see cref="MmmLayouts"/>), each in its subfolder.
    /// </summary>
    /// <exception cref="ArgumentException">A layout is unknown, listed twice, or cannot be written for this panel (e.g. meridian without populations); nothing was written.</exception>
    /// <exception cref="InvalidOperationException">Validation found errors; nothing was written.</exception>
    /// <exception cref="ExportFolderException">See <see cref="Export(MmmPanel, string)"/>.</exception>
    /// <exception cref="System.IO.IOException">Writing failed (e.g. a full disk): the previous export is untouched and nothing staged remains.</exception>
    /// <exception cref="NotSupportedException">The format is not written yet.</exception>
    public static ExportResult Export(MmmPanel panel, string folder, DatasetExportOptions options)
    {
        if (panel is null) throw new ArgumentNullException(nameof(panel));
        if (folder is null) throw new ArgumentNullException(nameof(folder));
        if (options is null) throw new ArgumentNullException(nameof(options));
        var report = MmmPanelValidator.Validate(panel);
        if (!report.IsValid)
            throw new InvalidOperationException("The panel failed validation; nothing was written:" +
                string.Concat(report.Errors.Select(e => Environment.NewLine + "  " + e)));
        MmmLayouts.ThrowIfInvalid(panel.Spec, options.Layouts);

        TableSchema data = MmmColumns.DataTable(panel.Spec), components = MmmColumns.ComponentsTable(panel.Spec);
        using var export = ExportFolder.Open(folder, options, new[] { data, components });
        var writers = new Func<IReadOnlyList<ExportedFile>>[]
        {
            () => export.WriteTable(data, rows => WriteData(panel, rows)),
            () => export.WriteTable(components, rows => WriteComponents(panel, rows)),
            () => new[] { export.WriteFile(TruthFile, s => MmmTruthJson.Write(panel, s, report)) },
        };
        var files = new IReadOnlyList<ExportedFile>[writers.Length];
        FirstFailure.Unwrap(() => Parallel.For(0, writers.Length, i => files[i] = writers[i]()));
        var layouts = options.Layouts.Distinct().Select(layout => MmmLayouts.Write(export, panel, layout)).ToArray();
        return export.Commit("mmm", panel.Spec.Seed, w => MmmSpecJson.Write(w, panel.Spec),
            files.SelectMany(f => f).Concat(layouts.SelectMany(l => l.Files)).ToArray(),
            new[] { data, components }.Concat(layouts.SelectMany(l => l.Tables)).ToArray(), report.Findings);
    }

    internal static void WriteData(MmmPanel panel, TableRows rows)
    {
        var spec = panel.Spec;
        var exposures = Enumerable.Range(0, spec.Channels.Count).Where(c => spec.Channels[c].Unit != MediaUnit.None).ToArray();
        bool population = MmmColumns.HasPopulation(spec), revenuePerKpi = spec.KpiType == KpiType.Conversions;
        for (int r = 0; r < panel.RowCount; r++)
        {
            rows.Date(panel.Dates[r / panel.GeoCount]);
            rows.String(panel.GeoNames[r % panel.GeoCount]);
            if (population) rows.Double(spec.Geos[r % panel.GeoCount].Population!.Value);
            rows.Double(panel.Y[r]);
            if (revenuePerKpi) rows.Double(spec.RevenuePerKpi);
            for (int c = 0; c < spec.Channels.Count; c++) rows.Double(panel.Spend(c)[r]);
            foreach (int c in exposures) rows.Double(panel.Exposure(c)[r]);
            for (int k = 0; k < spec.Controls.Count; k++) rows.Double(panel.ControlValue(k)[r]);
            for (int e = 0; e < spec.Events.Count; e++) rows.Int64((long)panel.EventIndicator(e)[r]);
            rows.EndRow();
        }
    }

    internal static void WriteComponents(MmmPanel panel, TableRows rows)
    {
        var truth = panel.Truth;
        for (int r = 0; r < panel.RowCount; r++)
        {
            rows.Date(panel.Dates[r / panel.GeoCount]);
            rows.String(panel.GeoNames[r % panel.GeoCount]);
            foreach (var c in truth.Channels) rows.Double(c.Contribution[r]);
            rows.Double(truth.Intercept[r]);
            rows.Double(truth.Trend[r]);
            rows.Double(truth.Seasonality[r]);
            foreach (var k in truth.Controls) rows.Double(k.Effect[r]);
            foreach (var e in truth.Events) rows.Double(e.Effect[r]);
            rows.Double(truth.Noise[r]);
            if (truth.HasClamp) rows.Double(truth.Clamp[r]);
            rows.EndRow();
        }
    }
}
