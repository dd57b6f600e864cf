using MmmFixtures.Media;
using MmmFixtures.Series;

namespace MmmFixtures.Mmm;

/// <summary>A media channel: how it spends, what exposure it buys, and how spend becomes KPI.</summary>
public sealed record ChannelSpec
{
    /// <summary>The channel's name: a case-sensitive identifier such as <c>Tv</c> or <c>PaidSearch</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>The spend series (currency, ≥ 0); <see cref="PatternSpec.Level"/> is the base spend.</summary>
    public PatternSpec Spend { get; init; } = new();

    /// <summary>The exposure unit reported next to spend, if any.</summary>
    public MediaUnit Unit { get; init; } = MediaUnit.None;

    /// <summary>Cost per mille (Cpm) or per click (Cpc), &gt; 0 when <see cref="Unit"/> is set.</summary>
    public double UnitCost { get; init; } = 10;

    /// <summary>Standard deviation of the exposure noise ν, ≥ 0.</summary>
    public double CostNoise { get; init; } = 0.05;

    /// <summary>Which series feeds the transform: spend (default) or exposure.</summary>
    public TransformInput TransformOn { get; init; } = TransformInput.Spend;

    /// <summary>The carry-over kernel.</summary>
    public AdstockSpec Adstock { get; init; } = new();

    /// <summary>The saturation curve.</summary>
    public SaturationSpec Saturation { get; init; } = new();

    /// <summary>The order of the transforms.</summary>
    public TransformOrder Order { get; init; } = TransformOrder.AdstockThenSaturation;

    /// <summary>β: the contribution per period at full saturation, in KPI units, ≥ 0 (the national value; geos vary around it).</summary>
    public double Beta { get; init; } = 1_000;

    /// <summary>
    /// The channel's national ROAS over the panel (revenue per unit of spend, in (0, 10⁶]), or null to use <see cref="Beta"/>.
    /// When set, <see cref="Beta"/> is ignored: β is solved (it enters linearly) so that Σ contribution × revenue per KPI / Σ spend
    /// over all geos equals this value; with a geo hierarchy every geo's β is scaled alike, so their spread is kept.
    /// </summary>
    public double? TargetRoas { get; init; }
}
