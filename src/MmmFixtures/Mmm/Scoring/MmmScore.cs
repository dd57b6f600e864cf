using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Decisions;
using MmmFixtures.Mmm.Decisions;
using MmmFixtures.Validation;

namespace MmmFixtures.Mmm.Scoring;

/// <summary>
/// Scores a model's or an optimiser's conclusions against a panel's truth: ROAS errors (absolute, relative, in oracle
/// standard errors), contribution accuracy (pymc-labs' benchmark metrics), share of media, decomposition per component,
/// parameters, interval coverage and the regret of an allocation on the true response curves.
/// </summary>
public static class MmmScore
{
    /// <summary>
    /// Scores <paramref name="estimates"/> against <paramref name="panel"/>'s truth. The allocation's optimum uses
    /// <paramref name="allocationOptions"/> (bounds, objective; budget: the allocation's total unless set). Throws
    /// <see cref="SpecValidationException"/> naming every bad field (unknown or missing channel, non-finite value,
    /// wrong row count, unknown component or parameter, allocation off budget).
    /// </summary>
    public static MmmScorecard Score(MmmPanel panel, MmmEstimates estimates, BudgetOptions? allocationOptions = null)
    {
        if (panel is null) throw new ArgumentNullException(nameof(panel));
        if (estimates is null) throw new ArgumentNullException(nameof(estimates));
        allocationOptions ??= new BudgetOptions();
        var resolved = ResolvedEstimates.Resolve(panel, estimates, allocationOptions);
        var truth = panel.Truth;
        double?[] shares = EstimatedShares(panel, resolved);
        var channels = truth.Channels.Select((c, i) => ScoreChannel(panel, c, i, resolved, shares[i])).ToArray();
        double totalY = 0;
        foreach (double y in panel.Y) totalY += y;
        var components = resolved.Components.Select(x =>
        {
            double trueTotal = x.Truth.Sum(), estimatedTotal = x.Estimate.Sum();
            return new ComponentScore(x.Name, SeriesAccuracy.Compare(panel, x.Truth, x.Estimate), trueTotal, estimatedTotal,
                totalY != 0 ? (estimatedTotal - trueTotal) / totalY : double.NaN);
        }).ToArray();
        return new MmmScorecard
        {
            Channels = channels,
            Components = components,
            Allocation = resolved.Allocation is { } spend ? ScoreAllocation(panel, spend, resolved.AllocationByGeo, resolved.Budget, allocationOptions) : null,
            IntervalLevel = estimates.IntervalLevel,
            All = ScoreSummary.Of(channels),
            Identifiable = ScoreSummary.Of(channels.Where(c => c.Identifiable).ToArray()),
        };
    }

    private static ChannelScore ScoreChannel(MmmPanel panel, ChannelTruth c, int i, ResolvedEstimates e, double? share)
    {
        double? roas = c.Roas, se = c.OracleRoasSe;
        double? error = e.Roas[i] is double est && roas is double t ? est - t : null;
        var interval = e.Intervals[i] is { } iv
            ? new RoasIntervalScore(iv.Lower, iv.Upper, roas is double r ? iv.Lower <= r && r <= iv.Upper : null, iv.Upper - iv.Lower,
                se is double s && s > 0 ? (iv.Upper - iv.Lower) / (2 * s) : null)
            : null;
        return new ChannelScore
        {
            Channel = c.Name,
            Identifiable = c.Identifiable,
            TrueRoas = roas,
            OracleRoasSe = se,
            EstimatedRoas = e.Roas[i],
            RoasError = error,
            RoasAbsoluteError = error is double a ? Math.Abs(a) : null,
            RoasRelativeError = error is double b && roas is double tr && tr != 0 ? Math.Abs(b) / Math.Abs(tr) : null,
            RoasErrorInOracleSe = error is double d && se is double sd && sd > 0 ? Math.Abs(d) / sd : null,
            TrueShare = c.ShareOfMedia,
            EstimatedShare = share,
            ShareError = share - c.ShareOfMedia,
            Contribution = e.Contributions[i] is { } series ? SeriesAccuracy.Compare(panel, c.Contribution, series) : null,
            Interval = interval,
            Parameters = e.Parameters[i].Select(p =>
            {
                double trueValue = ScoredParameters.TrueValue(c, p.Name)!.Value, absolute = Math.Abs(p.Value - trueValue);
                return new ParameterScore(p.Name, trueValue, p.Value, absolute, trueValue != 0 ? absolute / Math.Abs(trueValue) : null);
            }).ToArray(),
        };
    }

    // Each channel's estimated total contribution (Σ of its rows, else ROAS × spend / revenue per KPI) over their sum.
    private static double?[] EstimatedShares(MmmPanel panel, ResolvedEstimates e)
    {
        var channels = panel.Truth.Channels;
        var none = new double?[channels.Count];
        bool fromRows = e.Contributions.Any(x => x is not null), fromRoas = e.Roas.Any(x => x is not null);
        if (!fromRows && !fromRoas) return none;
        var totals = channels.Select((c, i) => fromRows ? e.Contributions[i]!.Sum()
            : e.Roas[i] is double r && c.TotalSpend > 0 ? r * c.TotalSpend / panel.Spec.RevenuePerKpi : 0).ToArray();
        double sum = totals.Sum();
        return sum > 0 ? totals.Select(t => (double?)(t / sum)).ToArray() : none;
    }

    // A national allocation is scored on the national curves against the national optimum (unless the options ask for the
    // per-geo one, which it can only trail); an allocation per geo on each geo's curve against the per-geo optimum.
    private static AllocationScore ScoreAllocation(MmmPanel panel, double[] spend, double[,]? byGeo, double budget, BudgetOptions options)
    {
        var optimum = BudgetOptimizer.Optimize(panel, options with { Budget = budget, PerGeo = options.PerGeo || byGeo is not null });
        var channels = panel.Truth.Channels;
        double rpk = panel.Spec.RevenuePerKpi;
        GeoSpend[]? geoSpend = null;
        double[] revenue;
        if (byGeo is null)
            revenue = channels.Select((c, i) => c.TotalSpend > 0 ? c.ContributionAt(spend[i] / c.TotalSpend) * rpk : 0).ToArray();
        else
        {
            var optimal = optimum.ByGeo!.ToDictionary(g => (g.Allocation.Channel, g.Geo), g => g.Allocation.Spend);
            // Each channel's curves are evaluated once, every geo at its own k (geo by geo, each would evaluate every geo).
            var byChannel = channels.Select((c, i) => GeoRevenue(c, panel.GeoNames.Select((_, g) => byGeo[i, g]).ToArray(), rpk)).ToArray();
            geoSpend = channels.SelectMany((c, i) => panel.GeoNames.Select((geo, g) =>
                new GeoSpend(geo, new ChannelSpend(c.Name, byGeo[i, g], optimal.TryGetValue((c.Name, geo), out double o) ? o : 0, byChannel[i][g])))).ToArray();
            revenue = byChannel.Select(geos => geos.Sum()).ToArray();
        }
        double objective = revenue.Sum() - (options.Objective == AllocationObjective.Profit ? spend.Sum() : 0);
        double regret = optimum.Objective - objective;
        return new AllocationScore(options.Objective, budget, objective, optimum.Objective, regret,
            optimum.Objective > 0 ? regret / optimum.Objective : null, optimum.CertificateGap, optimum)
        {
            Spend = channels.Select((c, i) => new ChannelSpend(c.Name, spend[i], optimum.Channels[i].Spend, revenue[i])).ToArray(),
            ByGeo = geoSpend,
        };
    }

    // A channel's true revenue in each geo at its spend there (0 where it never spent: no curve to scale).
    private static double[] GeoRevenue(ChannelTruth channel, double[] spend, double rpk)
    {
        var realised = channel.SpendByGeo;
        var k = spend.Select((x, g) => realised[g] > 0 ? x / realised[g] : 0).ToArray();
        var contributions = realised.Any(x => x > 0) ? channel.ContributionsAt(k) : null;
        return k.Select((_, g) => realised[g] > 0 ? contributions![g] * rpk : 0).ToArray();
    }
}
