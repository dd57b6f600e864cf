using System.Collections.Generic;

namespace MmmFixtures.Mmm.Scoring;

/// <summary>
/// What a model or an optimiser concluded about a panel, to be scored against its truth by <see cref="MmmScore"/>.
/// Every section is optional, but a section given for one channel is given for every channel (except
/// <see cref="Parameters"/>; a channel that never spent has no ROAS and may be left out of <see cref="Roas"/> and
/// <see cref="RoasIntervals"/>). Channels are named
/// by their name (<c>Tv</c>), their data.csv spend column (<c>x1_tv</c>) or their truth_components.csv column (<c>contribution_tv</c>).
/// </summary>
public sealed record MmmEstimates
{
    /// <summary>Estimated national ROAS per channel (revenue per unit of spend, as <see cref="ChannelTruth.Roas"/>).</summary>
    public IReadOnlyDictionary<string, double> Roas { get; init; } = new Dictionary<string, double>();

    /// <summary>An interval for each channel's ROAS (a credible or confidence interval).</summary>
    public IReadOnlyDictionary<string, RoasInterval> RoasIntervals { get; init; } = new Dictionary<string, RoasInterval>();

    /// <summary>The nominal level of <see cref="RoasIntervals"/> (e.g. 0.9), reported next to the coverage; null when not stated.</summary>
    public double? IntervalLevel { get; init; }

    /// <summary>Estimated contribution per channel on every row (KPI units), in the panel's row order (date, then geo).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> Contributions { get; init; } = new Dictionary<string, IReadOnlyList<double>>();

    /// <summary>
    /// Estimated non-media components on every row, in the panel's row order, by component name: <c>intercept</c>,
    /// <c>trend</c>, <c>seasonality</c>, <c>baseline</c> (everything but media and noise), or a control's or event's name
    /// (or its truth_components.csv column, <c>control_price</c>).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> Components { get; init; } = new Dictionary<string, IReadOnlyList<double>>();

    /// <summary>Estimated parameters of some or all channels, by parameter name (<see cref="ScoredParameters.Names"/>: <c>beta</c>, <c>alpha</c>, <c>halfSaturation</c>, …).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Parameters { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, double>>();

    /// <summary>
    /// An allocation: total spend per channel over the panel's periods, scored by its regret on the true curves against the
    /// national optimum (one multiplier per channel). Each channel's multiplier (spend / realised spend) must lie within the
    /// scoring options' bounds, and the total must spend the budget when one is set (at most it for profit); spend on a
    /// channel that never spent is allowed and earns nothing.
    /// </summary>
    public IReadOnlyDictionary<string, double> Allocation { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// An allocation per geo instead: channel → geo → total spend there (a geo left out spends 0), scored against the per-geo
    /// optimum (<see cref="Decisions.BudgetOptions.PerGeo"/>); each geo's multiplier (spend / realised spend there) must lie
    /// within the bounds. Give either this or <see cref="Allocation"/>.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> AllocationByGeo { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, double>>();
}

/// <summary>An interval for a channel's ROAS.</summary>
/// <param name="Lower">The lower end.</param>
/// <param name="Upper">The upper end, at least <paramref name="Lower"/>.</param>
public sealed record RoasInterval(double Lower, double Upper);
