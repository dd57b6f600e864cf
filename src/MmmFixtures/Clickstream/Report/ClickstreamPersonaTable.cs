using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Clickstream.Generation;
using MmmFixtures.Reporting;

namespace MmmFixtures.Clickstream.Report;

/// <summary>Per persona (and the bots), the declared behaviour against what its users realised.</summary>
internal static class ClickstreamPersonaTable
{
    public static ReportTable Build(ClickstreamSpec spec, ClickstreamAggregates aggregates, ClickstreamReportScan scan)
    {
        var funnels = ClickstreamFunnelChart.Groups(spec, aggregates);
        var declared = spec.Personas.Append(UserSimulator.Bot).ToArray();
        long humans = aggregates.FunnelByPersona.Sum(f => (long)f.Users);
        var rows = funnels.Select((f, p) =>
        {
            var persona = declared[p];
            bool bot = p == spec.Personas.Count;
            double weeks = scan.ActiveMs[p] / (7.0 * Time.MsPerDay);
            long views = scan.EventsByType[p][(int)ClickEventType.View];
            return (IReadOnlyList<string>)new[]
            {
                f.Persona,
                bot ? ReportText.Percent(spec.Defects.BotUserShare, 1) : ReportText.Percent(persona.Share, 1),
                bot ? ReportText.Percent(f.Users / (double)spec.Users, 1) : ReportText.Percent(humans == 0 ? 0 : f.Users / (double)humans, 1),
                ReportText.Number(persona.SessionsPerWeek, "0.##"),
                ReportText.Number(weeks == 0 ? 0 : f.Sessions / weeks, "0.##"),
                ReportText.Percent(persona.PurchaseRate),
                ReportText.Percent(f.SessionPurchaseRate),
                ReportText.Number(persona.ViewsPerSession, "0.##"),
                ReportText.Number(f.Sessions == 0 ? 0 : views / (double)f.Sessions, "0.##"),
            };
        }).ToArray();
        return new ReportTable("Personas: declared vs realised (bots are a share of all users, personas a share of the human ones)",
            new[] { "Persona", "Share", "Realised share", "Sessions / week", "Realised", "Purchase rate", "Realised", "Views / session", "Realised" }, rows);
    }
}
