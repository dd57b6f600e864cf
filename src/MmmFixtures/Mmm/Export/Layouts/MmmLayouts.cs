using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Export;
using MmmFixtures.Families;

namespace MmmFixtures.Mmm;

/// <summary>
/// The consumer layouts of an MMM panel, each written into the export's subfolder of its name besides the canonical
/// files: <c>meridian</c>, <c>pymc</c>, <c>robyn</c>. Every layout renames the panel's own series; none is a national
/// series made by summing geos (no truth parameter generated one).
/// </summary>
public static class MmmLayouts
{
    /// <summary>The layouts, with the consumer call each feeds.</summary>
    public static IReadOnlyList<ExportLayout> All { get; } = new[]
    {
        new ExportLayout(MeridianLayout.Name,
            "Google Meridian: data.csv + meridian_columns.json for CsvDataLoader(csv_path, CoordToColumns(**coord_to_columns), kpi_type, media_to_channel, media_spend_to_channel); one geo = a national model."),
        new ExportLayout(PymcLayout.Name,
            "PyMC-Marketing: data.csv for MMM(date_column, channel_columns, control_columns, target_column, dims=(\"geo\",)), national/<geo>.csv for the one-series MMM, events.csv, pymc_mmm.json."),
        new ExportLayout(RobynLayout.Name,
            "Meta Robyn: one <geo>.csv per geo (no geo column) + dt_holidays.csv + robyn_inputs.json for robyn_inputs(dt_input, dt_holidays, date_var, dep_var, dep_var_type, paid_media_spends, paid_media_vars, context_vars, factor_vars)."),
    };

    /// <summary>Every problem of writing <paramref name="layouts"/> for <paramref name="spec"/>: unknown names, a layout the panel cannot feed (a name listed twice is written once).</summary>
    public static IReadOnlyList<string> Problems(MmmSpec spec, IReadOnlyList<string> layouts)
    {
        if (spec is null) throw new ArgumentNullException(nameof(spec));
        if (layouts is null) throw new ArgumentNullException(nameof(layouts));
        var problems = new List<string>();
        if (LayoutSelection.UnknownProblem("mmm", All, layouts) is string unknown) problems.Add(unknown);
        if (layouts.Contains(MeridianLayout.Name) && MeridianLayout.Problem(spec) is string problem)
            problems.Add($"layout '{MeridianLayout.Name}': {problem}");
        return problems;
    }

    /// <summary>Throws one <see cref="ExportOptionsException"/> naming every problem of <see cref="Problems"/>.</summary>
    public static void ThrowIfInvalid(MmmSpec spec, IReadOnlyList<string> layouts)
    {
        var problems = Problems(spec, layouts);
        if (problems.Count > 0)
            throw new ExportOptionsException("Cannot write the requested layouts:" + string.Concat(problems.Select(p => Environment.NewLine + "  " + p)));
    }

    /// <summary>Writes <paramref name="layout"/> of the panel <paramref name="source"/> reads into its subfolder of <paramref name="export"/>.</summary>
    internal static LayoutWriter Write(ExportFolder export, LayoutSource source, string layout)
    {
        var writer = new LayoutWriter(export, layout);
        Action<LayoutWriter, LayoutSource> write = layout switch
        {
            MeridianLayout.Name => MeridianLayout.Write,
            PymcLayout.Name => PymcLayout.Write,
            RobynLayout.Name => RobynLayout.Write,
            _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, "unknown layout"),
        };
        write(writer, source);
        return writer;
    }
}
