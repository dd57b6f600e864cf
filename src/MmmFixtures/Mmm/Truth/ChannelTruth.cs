using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace MmmFixtures.Mmm;

/// <summary>
/// The truth of one channel: its parameters in every geo, its contribution on every row, and the
/// aggregates computed from those rows (ROAS, shares). Response curves are computed on first use.
/// </summary>
public sealed class ChannelTruth
{
    private readonly double[] _contribution;
    private readonly Lazy<(IReadOnlyList<ResponsePoint> Curve, double? Marginal)> _counterfactuals;

    /// <summary>The multipliers k of <see cref="ResponseCurve"/>: 0, 0.1, …, 3.</summary>
    public static IReadOnlyList<double> CurveMultipliers { get; } = Enumerable.Range(0, 31).Select(i => i / 10.0).ToArray();

    internal ChannelTruth(string name, IReadOnlyList<ChannelGeoParameters> byGeo, double[] contribution,
        IReadOnlyList<double> spendByGeo, IReadOnlyList<double> contributionByGeo, IReadOnlyList<string> geoNames,
        double totalY, double revenuePerKpi, Func<double[], double[]> counterfactual)
    {
        Name = name;
        Counterfactual = counterfactual;
        ParametersByGeo = byGeo;
        _contribution = contribution;
        SpendByGeo = spendByGeo;
        ContributionByGeo = contributionByGeo;
        var roasByGeo = new Dictionary<string, double?>(StringComparer.Ordinal);
        double spend = 0, total = 0;
        for (int g = 0; g < geoNames.Count; g++)
        {
            roasByGeo[geoNames[g]] = spendByGeo[g] > 0 ? contributionByGeo[g] * revenuePerKpi / spendByGeo[g] : null;
            spend += spendByGeo[g];
            total += contributionByGeo[g];
        }
        RoasByGeo = roasByGeo;
        TotalSpend = spend;
        TotalContribution = total;
        Roas = spend > 0 ? total * revenuePerKpi / spend : null;
        ShareOfY = totalY != 0 ? total / totalY : 0;
        _counterfactuals = new Lazy<(IReadOnlyList<ResponsePoint>, double?)>(() => ComputeCounterfactuals(counterfactual, spend, revenuePerKpi),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Total contribution with the channel's signal multiplied by each k (S and noise fixed): the budget optimiser's curve.</summary>
    internal Func<double[], double[]> Counterfactual { get; }

    /// <summary>The channel's name.</summary>
    public string Name { get; }

    /// <summary>Every parameter per geo, in geo order.</summary>
    public IReadOnlyList<ChannelGeoParameters> ParametersByGeo { get; }

    /// <summary>The contribution on every row, in the panel's row order (date, then geo).</summary>
    public ReadOnlySpan<double> Contribution => _contribution;

    /// <summary>Σ spend per geo.</summary>
    public IReadOnlyList<double> SpendByGeo { get; }

    /// <summary>Σ contribution per geo.</summary>
    public IReadOnlyList<double> ContributionByGeo { get; }

    /// <summary>Σ spend over all rows.</summary>
    public double TotalSpend { get; }

    /// <summary>Σ contribution over all rows.</summary>
    public double TotalContribution { get; }

    /// <summary>National ROAS = Σ contribution × revenue per KPI / Σ spend (in revenue whatever the KPI); null when the channel never spent.</summary>
    public double? Roas { get; }

    /// <summary>ROAS per geo name; null for a geo where the channel never spent.</summary>
    public IReadOnlyDictionary<string, double?> RoasByGeo { get; }

    /// <summary>The channel's share of all media contribution (national; set by <see cref="MmmTruth"/>).</summary>
    public double ShareOfMedia { get; internal set; }

    /// <summary>The channel's share of media contribution per geo name.</summary>
    public IReadOnlyDictionary<string, double> ShareOfMediaByGeo { get; internal set; } = new Dictionary<string, double>();

    /// <summary>Σ contribution / Σ y.</summary>
    public double ShareOfY { get; }

    /// <summary>
    /// C(k) for k = 0, 0.1, …, 3: total contribution if the channel's spend were multiplied by k in every
    /// geo and period, with S and noise held fixed. C(1) is the realised total and C(0) is 0.
    /// </summary>
    public IReadOnlyList<ResponsePoint> ResponseCurve => _counterfactuals.Value.Curve;

    /// <summary>(C(1.01) − C(1)) × revenue per KPI / (0.01 · Σ spend): the revenue return of the next unit of spend; null when the channel never spent.</summary>
    public double? MarginalRoas => _counterfactuals.Value.Marginal;

    // One pass over the data for the whole curve plus k = 1.01 (the last entry).
    private static (IReadOnlyList<ResponsePoint>, double?) ComputeCounterfactuals(Func<double[], double[]> counterfactual, double spend, double revenuePerKpi)
    {
        double[] multipliers = CurveMultipliers.Concat(new[] { 1.01 }).ToArray();
        double[] totals = counterfactual(multipliers);
        var curve = new ResponsePoint[CurveMultipliers.Count];
        for (int i = 0; i < curve.Length; i++) curve[i] = new ResponsePoint(multipliers[i], totals[i]);
        double? marginal = spend > 0 ? (totals[multipliers.Length - 1] - totals[10]) * revenuePerKpi / (0.01 * spend) : null;
        return (curve, marginal);
    }
}
