using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MmmFixtures.Concurrency;

namespace MmmFixtures.Mmm;

/// <summary>
/// Exactly how y was made. On every row,
/// <c>y = intercept + trend + seasonality + Σ control effects + Σ event effects + Σ channel contributions + noise (+ clamp)</c>.
/// Every parameter that shaped the data is here, per geo × channel and per geo.
/// </summary>
public sealed class MmmTruth
{
    // Null when never held (a streamed export).
    private double[]? _intercept, _trend, _seasonality, _noise, _clamp;
    private readonly Dictionary<string, ChannelTruth> _channelsByName;

    internal MmmTruth(IReadOnlyList<ChannelTruth> channels, IReadOnlyList<EffectTruth> controls, IReadOnlyList<EffectTruth> events,
        IReadOnlyList<GeoTruth> geos, IReadOnlyList<(double Sin, double Cos)> seasonality,
        double[]? intercept, double[]? trend, double[]? seasonalityComponent, double[]? noise, bool hasClamp, double[]? clamp, PathologyLabel? pathology)
    {
        Pathology = pathology;
        Channels = channels;
        Controls = controls;
        Events = events;
        Geos = geos;
        SeasonalityCoefficients = seasonality;
        _intercept = intercept;
        _trend = trend;
        _seasonality = seasonalityComponent;
        _noise = noise;
        _clamp = clamp;
        HasClamp = hasClamp;
        _channelsByName = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);
        SetShares(channels, geos);
    }

    /// <summary>The spec's label when the panel is a deliberately hard case (a pathology preset); null for a well-posed panel.</summary>
    public PathologyLabel? Pathology { get; }

    /// <summary>Per channel, in declaration order.</summary>
    public IReadOnlyList<ChannelTruth> Channels { get; }

    /// <summary>Per control, in declaration order.</summary>
    public IReadOnlyList<EffectTruth> Controls { get; }

    /// <summary>Per event, in declaration order.</summary>
    public IReadOnlyList<EffectTruth> Events { get; }

    /// <summary>Per geo, in geo order.</summary>
    public IReadOnlyList<GeoTruth> Geos { get; }

    /// <summary>
    /// The seasonality's Fourier coefficients (a_k, b_k), k = 1..K, relative to the base level:
    /// <c>seasonality[g,t] = base[g] · Σ_k (a_k sin(2πkτ/365.25) + b_k cos(2πkτ/365.25))</c>.
    /// </summary>
    public IReadOnlyList<(double Sin, double Cos)> SeasonalityCoefficients { get; }

    /// <summary>The intercept component per row (base[g]).</summary>
    public ReadOnlySpan<double> Intercept => ReleasedRows.Held(_intercept);

    /// <summary>The trend component per row.</summary>
    public ReadOnlySpan<double> Trend => ReleasedRows.Held(_trend);

    /// <summary>The seasonality component per row.</summary>
    public ReadOnlySpan<double> Seasonality => ReleasedRows.Held(_seasonality);

    /// <summary>The noise component per row.</summary>
    public ReadOnlySpan<double> Noise => ReleasedRows.Held(_noise);

    /// <summary>Whether a clamp component exists (the spec asked for <see cref="MmmSpec.ClampNegativeY"/>).</summary>
    public bool HasClamp { get; }

    /// <summary>The clamp component per row (what was added to raise a negative y to 0); empty without ClampNegativeY.</summary>
    public ReadOnlySpan<double> Clamp => HasClamp ? ReleasedRows.Held(_clamp) : Array.Empty<double>();

    /// <summary>
    /// The optimal national allocation of the realised total spend on the true response curves (contribution objective,
    /// no bounds), with its certificate; computed on first use (see <see cref="Decisions.BudgetOptimizer"/> for other budgets,
    /// bounds, objectives or per geo).
    /// </summary>
    public Decisions.OptimalAllocation OptimalAllocation =>
        _optimalAllocation?.Value ?? throw new InvalidOperationException("The optimal allocation is attached when the panel is built.");

    private Lazy<Decisions.OptimalAllocation>? _optimalAllocation;

    internal void AttachOptimalAllocation(MmmPanel panel) =>
        _optimalAllocation = new(() => Decisions.BudgetOptimizer.Optimize(panel), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Computes what is otherwise computed on first use, one piece after the other: the oracle and every channel's
    /// counterfactuals (response curve, marginal ROAS), on up to <paramref name="maxDegreeOfParallelism"/> threads at once
    /// (each piece's own loops share them). Every value is its own computation's, the same bits on any number of threads.
    /// </summary>
    internal void ComputeOracleAndCounterfactuals(int maxDegreeOfParallelism)
    {
        var channels = Channels;
        if (channels.Count == 0) return;
        // The oracle, the largest piece, first: the channels' curves fill the threads around it.
        Parallel.For(0, channels.Count + 1, CallingThread.Options(maxDegreeOfParallelism), i =>
        {
            if (i == 0) _ = channels[0].Oracle;
            else _ = channels[i - 1].ResponseCurve;
        });
    }

    /// <summary>
    /// Gives the truth what it takes from sums over all rows in row order: Σ y (each channel's <see cref="ChannelTruth.ShareOfY"/>)
    /// and each control's and event's total. Apart, as a streamed export computes them (reading its rows back) while the
    /// truth's other parts are computed.
    /// </summary>
    internal void SetRowTotals(double totalY, IReadOnlyList<double> controlTotals, IReadOnlyList<double> eventTotals)
    {
        foreach (var c in Channels) c.ShareOfY = totalY != 0 ? c.TotalContribution / totalY : 0;
        for (int k = 0; k < Controls.Count; k++) Controls[k].Total = controlTotals[k];
        for (int e = 0; e < Events.Count; e++) Events[e].Total = eventTotals[e];
    }

    /// <summary>The truth of the channel named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such channel.</exception>
    public ChannelTruth Channel(string name) =>
        _channelsByName.TryGetValue(name, out var c) ? c : throw new KeyNotFoundException($"No channel named '{name}'.");

    private static void SetShares(IReadOnlyList<ChannelTruth> channels, IReadOnlyList<GeoTruth> geos)
    {
        double total = channels.Sum(c => c.TotalContribution);
        // Each geo's total over the channels once, added in channel order (as a Sum over the channels would), not once per channel.
        var geoTotals = new double[geos.Count];
        for (int g = 0; g < geoTotals.Length; g++)
        {
            double geoTotal = 0;
            for (int c = 0; c < channels.Count; c++) geoTotal += channels[c].ContributionByGeo[g];
            geoTotals[g] = geoTotal;
        }
        foreach (var c in channels)
        {
            c.ShareOfMedia = total > 0 ? c.TotalContribution / total : 0;
            var byGeo = new Dictionary<string, double?>(geos.Count, StringComparer.Ordinal);
            for (int g = 0; g < geos.Count; g++) byGeo[geos[g].Name] = geoTotals[g] > 0 ? c.ContributionByGeo[g] / geoTotals[g] : null;
            c.ShareOfMediaByGeo = byGeo;
        }
    }
}
