using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Mmm.Report;

/// <summary>The truth highlights: per channel (spend, contribution, ROAS ± oracle SE, marginal ROAS, share, identifiable) and where y comes from.</summary>
internal static class MmmReportTables
{
    private const string None = "–";

    public static IReadOnlyList<ReportTable> Build(MmmPanel panel, NationalDecomposition parts)
    {
        var tables = new List<ReportTable>();
        string kpi = MmmReportText.Kpi(panel.Spec);
        if (panel.Truth.Channels.Count > 0)
            tables.Add(new ReportTable("Channels (all geos, whole panel)",
                new[] { "Channel", "Spend", $"Contribution ({kpi})", "ROAS ± oracle SE", "Marginal ROAS", "Share of media", "Identifiable" },
                panel.Truth.Channels.Select(c => (IReadOnlyList<string>)new[]
                {
                    c.Name,
                    ReportText.Amount(c.TotalSpend),
                    ReportText.Amount(c.TotalContribution),
                    c.Roas is double roas ? ReportText.Ratio(roas) + (c.OracleRoasSe is double se ? " ± " + ReportText.Ratio(se) : "") : None,
                    c.MarginalRoas is double marginal ? ReportText.Ratio(marginal) : None,
                    ReportText.Percent(c.ShareOfMedia, 1),
                    c.Roas is null ? None : c.Identifiable ? "yes" : "no",
                }).ToArray()));

        double totalY = parts.Y.Sum();
        var components = parts.Baseline.Select(p => (p.Name, Total: p.Values.Sum()))
            .Append(("media", parts.Channels.Sum(c => c.Sum())))
            .Concat(parts.Residual.Select(p => (p.Name, Total: p.Values.Sum())))
            .Append(("y", totalY));
        tables.Add(new ReportTable("Where y comes from (all geos, whole panel)", new[] { "Component", $"Total ({kpi})", "Share of y" },
            components.Select(p => (IReadOnlyList<string>)new[] { p.Item1, ReportText.Amount(p.Item2), totalY != 0 ? ReportText.Percent(p.Item2 / totalY, 1) : None }).ToArray()));
        return tables;
    }
}
