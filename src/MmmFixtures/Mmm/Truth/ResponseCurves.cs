using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MmmFixtures.Concurrency;
using MmmFixtures.Media;

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

    private readonly Func<MediaResponse[]> _prepare;
    private readonly IReadOnlyList<string> _geoNames;
    private readonly int _maxDegreeOfParallelism;

    /// <param name="prepare">The channel's transform bound to its signal in each geo, in geo order.</param>
    /// <param name="geoNames">The geos' names.</param>
    /// <param name="maxDegreeOfParallelism">Threads that evaluate geos at once (−1: all cores); the values do not depend on it.</param>
    public ResponseCurves(Func<MediaResponse[]> prepare, IReadOnlyList<string> geoNames, int maxDegreeOfParallelism)
    {
        _prepare = prepare;
        _geoNames = geoNames;
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <param name="readBack">The curves, read back whenever they are used (a streamed export's).</param>
    /// <param name="geoNames">The geos' names.</param>
    /// <param name="maxDegreeOfParallelism">Threads that evaluate geos at once (−1: all cores); the values do not depend on it.</param>
    public ResponseCurves(ReadBackCurves readBack, IReadOnlyList<string> geoNames, int maxDegreeOfParallelism)
        : this(readBack.Prepare, geoNames, maxDegreeOfParallelism) => _readBack = readBack;

    private readonly ReadBackCurves? _readBack;

    /// <summary>Whether the curves are read back at each use (a streamed export's); else they come from held rows (prepared once, held by who asks).</summary>
    public bool ReadsBack => _readBack is not null;

    /// <summary>The curve of each geo, ready to evaluate at any k (C_g(k) = <c>Prepare()[g].Total(k)</c>); for many evaluations.</summary>
    public MediaResponse[] Prepare() => _prepare();

    /// <summary>Runs <paramref name="use"/> on the curves of every geo (<see cref="Prepare"/>'s, or curves read back into reused series, valid during it only).</summary>
    public T Use<T>(Func<MediaResponse[], T> use) => _readBack is { } readBack ? readBack.Use(use) : use(Prepare());

    /// <summary>Runs <paramref name="use"/> on the curves of the geos, in geo order: all at once (<see cref="Prepare"/>'s), or a block at a time as they are read back (<see cref="ReadBackCurves.ForEachBlock"/>).</summary>
    public void ForEachBlock(Action<ArraySegment<MediaResponse>> use)
    {
        if (_readBack is { } readBack) readBack.ForEachBlock(use);
        else use(new ArraySegment<MediaResponse>(Prepare()));
    }

    /// <summary>C_g(k) per geo (row) and multiplier (column); geos are evaluated in parallel (each value is its geo's own), on curves read back into reused series when they are (<see cref="Use{T}"/>).</summary>
    public double[,] ByGeo(double[] multipliers)
    {
        foreach (double k in multipliers) CheckMultiplier(k);
        return Use(geos =>
        {
            var byGeo = new double[geos.Length, multipliers.Length];
            // Options taken here, not when built: under CallingThread.Run (a tiny export) the loop stays on the calling thread.
            Parallel.For(0, geos.Length, CallingThread.Options(_maxDegreeOfParallelism), () => new double[multipliers.Length], (g, _, row) =>
            {
                geos[g].TotalsFor(multipliers, row); // every multiplier in one pass over the geo's series
                for (int i = 0; i < row.Length; i++) byGeo[g, i] = row[i];
                return row;
            }, _ => { });
            return byGeo;
        });
    }

    /// <summary>
    /// C_g(k_g) per geo, each geo at its own multiplier <paramref name="multiplierByGeo"/>[g] (each value the bits of
    /// <see cref="ByGeo"/>'s at that k): one evaluation per geo, where asking <see cref="ByGeo"/> geo by geo evaluates every geo each time.
    /// </summary>
    public double[] EachGeoAt(double[] multiplierByGeo)
    {
        foreach (double k in multiplierByGeo) CheckMultiplier(k);
        if (multiplierByGeo.Length != _geoNames.Count)
            throw new ArgumentException($"One multiplier per geo: {_geoNames.Count} geos, {multiplierByGeo.Length} multipliers.", nameof(multiplierByGeo));
        return Use(geos =>
        {
            var values = new double[geos.Length];
            Parallel.For(0, geos.Length, CallingThread.Options(_maxDegreeOfParallelism),
                g => geos[g].TotalsFor(multiplierByGeo.AsSpan(g, 1), values.AsSpan(g, 1))); // as ByGeo evaluates one multiplier
            return values;
        });
    }

    /// <summary>Σ_g C_g(k) per multiplier, summed over geos in geo order as the realised totals are.</summary>
    public double[] National(double[] multipliers)
    {
        var byGeo = ByGeo(multipliers);
        var result = new double[multipliers.Length];
        for (int i = 0; i < multipliers.Length; i++) result[i] = National(byGeo, i);
        return result;
    }

    private static double National(double[,] byGeo, int i)
    {
        double total = 0;
        for (int g = 0; g < byGeo.GetLength(0); g++) total += byGeo[g, i];
        return total;
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
