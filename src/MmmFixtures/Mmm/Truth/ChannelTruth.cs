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
    private double[]? _contribution; // null when never held (a streamed export)
    private readonly Lazy<(IReadOnlyList<ResponsePoint> Curve, double? Marginal, IReadOnlyDictionary<string, double?> MarginalByGeo)> _counterfactuals;
    private readonly ResponseCurves _curves;

    /// <summary>The multipliers k of <see cref="ResponseCurve"/>: 0, 0.1, …, 3.</summary>
    public static IReadOnlyList<double> CurveMultipliers { get; } = Enumerable.Range(0, 31).Select(i => i / 10.0).ToArray();

    internal ChannelTruth(string name, IReadOnlyList<ChannelGeoParameters> byGeo, double[]? contribution,
        IReadOnlyList<double> spendByGeo, IReadOnlyList<double> contributionByGeo, IReadOnlyList<string> geoNames,
        double revenuePerKpi, ResponseCurves curves)
    {
        Name = name;
        ParametersByGeo = byGeo;
        _contribution = contribution;
        SpendByGeo = spendByGeo;
        ContributionByGeo = contributionByGeo;
        var roasByGeo = new Dictionary<string, double?>(geoNames.Count, StringComparer.Ordinal);
        for (int g = 0; g < geoNames.Count; g++)
            roasByGeo[geoNames[g]] = spendByGeo[g] > 0 ? contributionByGeo[g] * revenuePerKpi / spendByGeo[g] : null;
        RoasByGeo = roasByGeo;
        TotalSpend = GeoSum(spendByGeo);
        TotalContribution = GeoSum(contributionByGeo);
        Roas = RoasOf(spendByGeo, contributionByGeo, revenuePerKpi);
        _curves = curves;
        _counterfactuals = new(() => ComputeCounterfactuals(geoNames, revenuePerKpi), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>National ROAS from per-geo sums: Σ contribution × revenue per KPI / Σ spend (sums in geo order); null without spend.</summary>
    internal static double? RoasOf(IReadOnlyList<double> spendByGeo, IReadOnlyList<double> contributionByGeo, double revenuePerKpi)
    {
        double spend = GeoSum(spendByGeo), total = GeoSum(contributionByGeo);
        return spend > 0 ? total * revenuePerKpi / spend : null;
    }

    private static double GeoSum(IReadOnlyList<double> byGeo)
    {
        double sum = 0;
        for (int g = 0; g < byGeo.Count; g++) sum += byGeo[g];
        return sum;
    }

    /// <summary>The channel's response curves (national and per geo, S and noise fixed): the budget optimiser's curves.</summary>
    internal ResponseCurves Curves => _curves;

    /// <summary>The channel's name.</summary>
    public string Name { get; }

    /// <summary>Every parameter per geo, in geo order.</summary>
    public IReadOnlyList<ChannelGeoParameters> ParametersByGeo { get; }

    /// <summary>The contribution on every row, in the panel's row order (date, then geo).</summary>
    public ReadOnlySpan<double> Contribution => ReleasedRows.Held(_contribution);

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

    /// <summary>
    /// The channel's share of media contribution per geo name; null for a geo without media contribution (no share
    /// to take), so the shares of a geo sum to 1 or are all null.
    /// </summary>
    public IReadOnlyDictionary<string, double?> ShareOfMediaByGeo { get; internal set; } = new Dictionary<string, double?>();

    /// <summary>Σ contribution / Σ y (set by <see cref="MmmTruth"/>).</summary>
    public double ShareOfY { get; internal set; }

    /// <summary>
    /// C(k) for k = 0, 0.1, …, 3: total contribution if the channel's spend were multiplied by k in every
    /// geo and period, with S and noise held fixed. C(1) is the realised total and C(0) is 0.
    /// </summary>
    public IReadOnlyList<ResponsePoint> ResponseCurve => _counterfactuals.Value.Curve;

    /// <summary>(C(1.01) − C(1)) × revenue per KPI / (0.01 · Σ spend): the revenue return of the next unit of spend (a 1% spend increase, as Meridian's <c>marginal_roi</c>); null when the channel never spent.</summary>
    public double? MarginalRoas => _counterfactuals.Value.Marginal;

    /// <summary>How precisely an oracle least-squares fit (true transforms, true baseline, true noise) recovers the channel, nationally and per geo.</summary>
    public ChannelOracle Oracle => _oracle?.Value[_oracleIndex] ?? throw new InvalidOperationException("The oracle is attached when the panel is built.");

    /// <summary>The oracle standard error of the national β (<see cref="ChannelOracle.BetaSe"/>); null when the channel never spent.</summary>
    public double? OracleBetaSe => Oracle.BetaSe;

    /// <summary>The oracle standard error of the national ROAS (<see cref="ChannelOracle.RoasSe"/>); null when the channel never spent.</summary>
    public double? OracleRoasSe => Oracle.RoasSe;

    /// <summary>The national variance inflation factor of the oracle fit (<see cref="ChannelOracle.Vif"/>).</summary>
    public double? Vif => Oracle.Vif;

    /// <summary>Whether the oracle's relative SE of the national ROAS is below 10%: a channel no method can be expected to recover when false.</summary>
    public bool Identifiable => Oracle.Identifiable;

    private Lazy<ChannelOracle[]>? _oracle;
    private int _oracleIndex;

    internal void AttachOracle(Lazy<ChannelOracle[]> all, int index)
    {
        _oracle = all;
        _oracleIndex = index;
    }

    /// <summary>Marginal ROAS per geo name, (C_g(1.01) − C_g(1)) × revenue per KPI / (0.01 · spend_g); null for a geo where the channel never spent.</summary>
    public IReadOnlyDictionary<string, double?> MarginalRoasByGeo => _counterfactuals.Value.MarginalByGeo;

    /// <summary>
    /// C(k): the total contribution (KPI units, all geos) if the channel's spend were multiplied by <paramref name="k"/> in every
    /// geo and period, with S and noise held fixed. C(1) is <see cref="TotalContribution"/> and C(0) is 0.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is negative, infinite or NaN.</exception>
    public double ContributionAt(double k) => _curves.National(new[] { k })[0];

    /// <summary>C_g(k) in one geo: its contribution if the channel's spend there were multiplied by <paramref name="k"/>; C_g(1) is the geo's entry of <see cref="ContributionByGeo"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="geo"/> is not a geo of the panel.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is negative, infinite or NaN.</exception>
    public double ContributionAt(string geo, double k)
    {
        int g = _curves.GeoIndex(geo);
        return _curves.ByGeo(new[] { k })[g, 0];
    }

    /// <summary>C_g(k_g) in every geo g, each at its own multiplier (the bits of <see cref="ContributionAt(string, double)"/>), one evaluation per geo.</summary>
    internal double[] ContributionsAt(double[] multiplierByGeo) => _curves.EachGeoAt(multiplierByGeo);

    // One pass over the data for the whole curve plus k = 1.01 (the last entry), per geo.
    private (IReadOnlyList<ResponsePoint>, double?, IReadOnlyDictionary<string, double?>) ComputeCounterfactuals(IReadOnlyList<string> geoNames, double revenuePerKpi)
    {
        double[] multipliers = CurveMultipliers.Concat(new[] { ResponseCurves.MarginalStep }).ToArray();
        int one = 10, step = multipliers.Length - 1;
        double[,] byGeo = _curves.ByGeo(multipliers);
        var totals = new double[multipliers.Length];
        for (int i = 0; i < multipliers.Length; i++)
            for (int g = 0; g < geoNames.Count; g++) totals[i] += byGeo[g, i];
        var curve = new ResponsePoint[CurveMultipliers.Count];
        for (int i = 0; i < curve.Length; i++) curve[i] = new ResponsePoint(multipliers[i], totals[i]);
        var marginalByGeo = new Dictionary<string, double?>(geoNames.Count, StringComparer.Ordinal);
        for (int g = 0; g < geoNames.Count; g++)
            marginalByGeo[geoNames[g]] = ResponseCurves.MarginalRoas(byGeo[g, one], byGeo[g, step], SpendByGeo[g], revenuePerKpi);
        return (curve, ResponseCurves.MarginalRoas(totals[one], totals[step], TotalSpend, revenuePerKpi), marginalByGeo);
    }
}
