using System;
using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Mmm;

/// <summary>
/// A channel's response curves: C_g(k), the contribution in geo g if the channel's spend (or exposure)
/// were multiplied by k ≥ 0 in every period, with the signal scale S and the noise held fixed, and the
/// marginal ROAS derived from them. Evaluated through the same transforms that generated the panel.
/// </summary>
internal sealed class ResponseCurves
{
    /// <summary>The spend increase of marginal ROAS: 1%, as Meridian's <c>marginal_roi</c>.</summary>
    public const double MarginalStep = 1.01;

    // 1.01 − 1 is not 0.01 in binary floating point; the divisor is the declared 1%.
    private const double StepShare = 0.01;

    private readonly Func<double[], double[,]> _byGeo;
    private readonly IReadOnlyList<string> _geoNames;

    public ResponseCurves(Func<double[], double[,]> byGeo, IReadOnlyList<string> geoNames)
    {
        _byGeo = byGeo;
        _geoNames = geoNames;
    }

    /// <summary>C_g(k) per geo (row) and multiplier (column).</summary>
    public double[,] ByGeo(double[] multipliers)
    {
        foreach (double k in multipliers) CheckMultiplier(k);
        return _byGeo(multipliers);
    }

    /// <summary>Σ_g C_g(k) per multiplier, summed over geos in geo order as the realised totals are.</summary>
    public double[] National(double[] multipliers)
    {
        var byGeo = ByGeo(multipliers);
        var result = new double[multipliers.Length];
        for (int i = 0; i < multipliers.Length; i++)
            for (int g = 0; g < _geoNames.Count; g++) result[i] += byGeo[g, i];
        return result;
    }

    /// <summary>The index of <paramref name="geo"/>; throws naming the known geos when it is none of them.</summary>
    public int GeoIndex(string geo)
    {
        for (int g = 0; g < _geoNames.Count; g++)
            if (string.Equals(_geoNames[g], geo, StringComparison.Ordinal)) return g;
        throw new ArgumentException($"Unknown geo '{geo}'; the panel's geos are {string.Join(", ", _geoNames.Take(20))}{(_geoNames.Count > 20 ? ", …" : "")}.", nameof(geo));
    }

    /// <summary>(C(1.01) − C(1)) × revenue per KPI / (0.01 · spend), or null without spend.</summary>
    public static double? MarginalRoas(double atOne, double atStep, double spend, double revenuePerKpi) =>
        spend > 0 ? (atStep - atOne) * revenuePerKpi / (StepShare * spend) : null;

    private static void CheckMultiplier(double k)
    {
        if (!(k >= 0) || double.IsInfinity(k))
            throw new ArgumentOutOfRangeException("k", k, "The spend multiplier k must be a finite number ≥ 0.");
    }
}
