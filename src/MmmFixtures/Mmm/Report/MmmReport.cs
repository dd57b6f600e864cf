using System;
using System.Linq;
using MmmFixtures.Families;
using MmmFixtures.Reporting;

namespace MmmFixtures.Mmm.Report;

/// <summary>Builds the MMM family's report: it generates the panel, validates it and lays out its truth and charts.</summary>
internal static class MmmReport
{
    public static DatasetReport Build(MmmSpec spec, ReportOptions options)
    {
        FocusGeo(spec, options); // before generating: a wrong name costs nothing
        return Build(MmmGenerator.Generate(spec), options);
    }

    /// <summary>The report of a generated panel (e.g. the one an export just wrote).</summary>
    public static DatasetReport Build(MmmPanel panel, ReportOptions options)
    {
        var spec = panel.Spec;
        int focus = FocusGeo(spec, options);
        var validation = MmmPanelValidator.Validate(panel);
        var parts = new NationalDecomposition(panel);
        var charts = MmmSpendCharts.Build(panel, focus)
            .Append(MmmDecompositionChart.Build(panel, parts))
            .Concat(MmmRoasCharts.Build(panel))
            .Concat(MmmResponseCurveChart.Build(panel))
            .ToArray();
        string period = MmmReportText.Period(spec);
        return new DatasetReport(
            $"MMM panel: {CountText.Of(spec.Periods, period)} × {CountText.Of(spec.Geos.Count, "geo")}, {CountText.Of(spec.Channels.Count, "channel")}, seed {spec.Seed}",
            $"A synthetic marketing-mix panel: one row per {period} and geo with the KPI y ({MmmReportText.Kpi(spec)}), each channel's spend, the controls and the events. "
            + "Every value below is the exact truth the data was made from: y is the sum of its components on every row, so a model's estimates can be scored against it.",
            MmmSpecFacts.Build(spec), MmmReportChecks.Build(panel, validation), MmmReportTables.Build(panel, parts), charts)
        {
            Notices = spec.Pathology is { } pathology ? new[] { PathologyNotice(pathology) } : Array.Empty<ReportNotice>(),
        };
    }

    // A pathology preset is made to be hard: the reader learns what is hard and what a good model does before reading the numbers.
    private static ReportNotice PathologyNotice(PathologyLabel label) => new($"Deliberately hard case: {label.Name}", new[]
    {
        new ReportFact("What is hard", label.Description),
        new ReportFact("What a good model does", label.WhatAGoodModelDoes),
    });

    /// <summary>The index of the focus geo; throws an <see cref="ArgumentException"/> listing the geos when it names none.</summary>
    public static int FocusGeo(MmmSpec spec, ReportOptions options) =>
        ReportFocus.Resolve(options.Focus, spec.Geos.Select(g => g.Name).ToArray(), "geo");
}
