using System;

namespace MmmFixtures.Mmm;

/// <summary>The truth of a control or an event: its effect coefficient and its effect on every row.</summary>
public sealed class EffectTruth
{
    private double[]? _effect; // null once released (MmmPanel.ReleaseRows)

    internal EffectTruth(string name, double coefficient, double[] effect)
    {
        Name = name;
        Coefficient = coefficient;
        // coefficient × 0 is -0 for a negative coefficient; a row without effect reads 0 in every file.
        for (int i = 0; i < effect.Length; i++)
            if (effect[i] == 0) effect[i] = 0;
        _effect = effect;
        double total = 0;
        foreach (double v in effect) total += v;
        Total = total;
    }

    /// <summary>The entity's name.</summary>
    public string Name { get; }

    /// <summary>γ (KPI per unit of the control's value) or δ (KPI while the event is on).</summary>
    public double Coefficient { get; }

    /// <summary>The effect on every row (coefficient × value), in the panel's row order.</summary>
    public ReadOnlySpan<double> Effect => ReleasedRows.Held(_effect);

    /// <summary>Σ effect over all rows, in row order.</summary>
    internal double Total { get; }

    internal void ReleaseRows() => _effect = null;
}
