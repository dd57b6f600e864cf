using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Concurrency;
using MmmFixtures.Export;

namespace MmmFixtures.Mmm;

/// <summary>
/// An MMM export that never holds its panel, so its memory does not grow with the geos: generation spills each block of
/// geos to a scratch file in the staging folder (<see cref="SpilledRows"/>); the tables are written from tiles of rows read
/// back in row order; the row-order sums the truth and the validation need are computed in two passes over the same tiles
/// (<see cref="MmmRowMoments"/>), the oracle from the geos' blocks, and each channel's response curves from its spilled
/// signal when they are evaluated. The bytes are those of the export of the held panel. The scratch file is deleted before
/// the export commits (and goes with the staging folder if it fails, e.g. when validation finds errors).
/// </summary>
internal static class MmmStreamedExport
{
    /// <summary>The scratch file's name in the staging folder (a dot first: no export file is named so).</summary>
    public const string ScratchFileName = ".mmm-rows.scratch";

    /// <summary>
    /// Generates <paramref name="generation"/> into <paramref name="export"/>'s tables <paramref name="data"/> and
    /// <paramref name="components"/>, writes its truth.json, then the consumer <paramref name="layouts"/> read back from the
    /// same rows; returns those files (truth.json last), the layouts' files and tables, and the validation report.
    /// Prepared curves of up to <paramref name="heldCurveCells"/> values are held rather than spilled (<see cref="SpilledRows"/>).
    /// </summary>
    /// <exception cref="System.InvalidOperationException">Validation found errors (the caller's export is not committed).</exception>
    public static (ExportedFile[] Files, LayoutWriter[] Layouts, MmmValidationReport Report) Write(MmmGeneration generation, ExportFolder export,
        TableSchema data, TableSchema components, IReadOnlyList<string> layouts, int maxDegreeOfParallelism, long heldCurveCells = SpilledRows.HeldCurveCells)
    {
        using var scratch = export.CreateScratchFile(ScratchFileName);
        var rows = new SpilledRows(generation, scratch, heldCurveCells);
        generation.Execute(maxDegreeOfParallelism, rows);
        var format = new MmmRows(generation.Spec, generation.Dates, generation.GeoNames, generation.Layout);

        // truth.json needs the rows' sums, the oracle, the curves and the optimum: all computed (and written) while the
        // tables are; the tables need nothing of them.
        var (tables, truthFile) = FirstFailure.Unwrap(() => MmmExporter.WhileWritingRows(() => WriteTruth(generation, rows, export, maxDegreeOfParallelism),
            () => MmmExporter.WriteRowTables(rows, format, export.OpenTable(data), export.OpenTable(components), maxDegreeOfParallelism)));
        var layoutFiles = MmmExporter.WriteLayouts(export, () => new LayoutSource(generation.Spec, generation.Dates, generation.GeoNames, rows), layouts);
        return (tables.Append(truthFile.File).ToArray(), layoutFiles, truthFile.Report);
    }

    /// <summary>
    /// Generates <paramref name="generation"/> into a scratch file of <paramref name="export"/> and writes its truth.json
    /// alone, the bytes <see cref="Write"/> writes (a shard merge's: the shards wrote the tables).
    /// </summary>
    /// <exception cref="System.InvalidOperationException">Validation found errors (the caller's export is not committed).</exception>
    public static ExportedFile WriteTruth(MmmGeneration generation, ExportFolder export, int maxDegreeOfParallelism)
    {
        using var scratch = export.CreateScratchFile(ScratchFileName);
        var rows = new SpilledRows(generation, scratch);
        generation.Execute(maxDegreeOfParallelism, rows);
        return WriteTruth(generation, rows, export, maxDegreeOfParallelism).File;
    }

    // None of the truth's parts needs another but the validation, which needs the sums (the truth's totals) and the curves:
    // the sums (two passes over the rows, mostly on one thread) and the optimum (a chain of Newton steps) run beside the
    // oracle and the curves, so the truth's threads are kept busy.
    private static (MmmValidationReport Report, ExportedFile File) WriteTruth(MmmGeneration generation, SpilledRows rows, ExportFolder export, int maxDegreeOfParallelism)
    {
        var truth = generation.Truth(rows: null,
            c => new ResponseCurves(rows.Curves(c, generation.Transforms(c)), generation.GeoNames, maxDegreeOfParallelism));
        var panel = MmmPanel.Streamed(generation.Spec, generation.Dates, generation.GeoNames, truth, rows);
        var sums = CallingThread.StartAlongside(() => MmmRowMoments.Compute(rows, generation.Spec, maxDegreeOfParallelism));
        var optimum = CallingThread.StartAlongside(() => truth.OptimalAllocation);
        try
        {
            truth.ComputeOracleAndCounterfactuals(maxDegreeOfParallelism);
            var moments = sums.GetAwaiter().GetResult();
            truth.SetRowTotals(moments.TotalY, moments.ControlTotals, moments.EventTotals);
            var report = MmmPanelValidator.Validate(panel, moments);
            MmmExporter.ThrowIfInvalid(report);
            // Its section of truth.json is the last: the optimum is waited for there.
            return (report, export.WriteFile(MmmExporter.TruthFile, s => MmmTruthJson.Write(panel, s, report, export.Blocks, maxDegreeOfParallelism)));
        }
        finally
        {
            CallingThread.WaitQuietly(sums);
            CallingThread.WaitQuietly(optimum);
        }
    }
}
