using System;

namespace MmmFixtures.Mmm;

/// <summary>The truth of a control or an event: its effect coefficient and its effect on every row.</summary>
public sealed class EffectTruth
{
    private double[]? _effect; // null when never held (a streamed export)

    /// <param name="name">The control's or event's name.</param>
    /// <param name="coefficient">γ or δ.</param>
    /// <param name="effect">The effect on every row (−0 already written as 0), or null when the rows are not held (a streamed export).</param>
    internal EffectTruth(string name, double coefficient, double[]? effect)
    {
        Name = name;
        Coefficient = coefficient;
        _effect = effect;
    }

    /// <summary>The entity's name.</summary>
    public string Name { get; }

    /// <summary>γ (KPI per unit of the control's value) or δ (KPI while the event is on).</summary>
    public double Coefficient { get; }

    /// <summary>The effect on every row (coefficient × value), in the panel's row order.</summary>
    public ReadOnlySpan<double> Effect => ReleasedRows.Held(_effect);

    /// <summary>Σ effect over all rows, in row order (set by <see cref="MmmTruth"/>).</summary>
    internal double Total { get; set; }

}
