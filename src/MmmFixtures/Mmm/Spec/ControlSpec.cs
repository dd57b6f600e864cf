using MmmFixtures.Series;

namespace MmmFixtures.Mmm;

/// <summary>A control variable (price, distribution, a competitor index…): a value series and its linear effect on the KPI.</summary>
public sealed record ControlSpec
{
    /// <summary>The control's name, a case-sensitive identifier.</summary>
    public string Name { get; init; } = "";

    /// <summary>The value series; <see cref="PatternSpec.Level"/> is the base value and may be negative. Not clipped at 0.</summary>
    public PatternSpec Value { get; init; } = new() { Level = 1, Volatility = 0.05 };

    /// <summary>γ: the KPI change per unit of value.</summary>
    public double Effect { get; init; }
}
