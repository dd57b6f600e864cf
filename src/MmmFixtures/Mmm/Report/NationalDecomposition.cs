using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Mmm.Report;

/// <summary>
/// The panel's identity summed over geos per period: y = baseline parts (intercept, trend, seasonality, controls,
/// events) + Σ channel contributions + residual parts (noise, clamp). Parts that are 0 in every period are left out.
/// </summary>
internal sealed class NationalDecomposition
{
    public NationalDecomposition(MmmPanel panel)
    {
        var truth = panel.Truth;
        int periods = panel.Periods;
        double[] National(System.ReadOnlySpan<double> column) => PanelSeries.National(panel, column);

        var baseline = new List<(string, double[])>
        {
            ("intercept", National(truth.Intercept)),
            ("trend", National(truth.Trend)),
            ("seasonality", National(truth.Seasonality)),
            ("controls", PanelSeries.Sum(periods, truth.Controls.Select(k => National(k.Effect)).ToArray())),
            ("events", PanelSeries.Sum(periods, truth.Events.Select(e => National(e.Effect)).ToArray())),
        };
        var residual = new List<(string, double[])> { ("noise", National(truth.Noise)) };
        if (truth.HasClamp) residual.Add(("clamp", National(truth.Clamp)));
        Baseline = baseline.Where(p => p.Item2.Any(v => v != 0)).ToArray();
        Residual = residual.Where(p => p.Item2.Any(v => v != 0)).ToArray();
        Channels = truth.Channels.Select(c => National(c.Contribution)).ToArray();
        Y = National(panel.Y);
    }

    /// <summary>The baseline parts, each per period, in the identity's order.</summary>
    public IReadOnlyList<(string Name, double[] Values)> Baseline { get; }

    /// <summary>Each channel's contribution per period, in declaration order.</summary>
    public IReadOnlyList<double[]> Channels { get; }

    /// <summary>Noise and, when the spec clamps, the clamp, per period.</summary>
    public IReadOnlyList<(string Name, double[] Values)> Residual { get; }

    /// <summary>y per period.</summary>
    public double[] Y { get; }
}
