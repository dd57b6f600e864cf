using System.Collections.Generic;

namespace MmmFixtures.Reporting;

/// <summary>How a series is drawn.</summary>
public enum SeriesKind
{
    /// <summary>A line through the points.</summary>
    Line,
    /// <summary>Markers only (a scatter, or highlighted points such as realised spend on a response curve).</summary>
    Markers,
    /// <summary>Bars (on a category axis, bars of several series are grouped side by side).</summary>
    Bars,
    /// <summary>
    /// An area stacked on the previous stacked series (a decomposition): positive values pile up from zero, negative values
    /// pile down from zero, so the parts above the axis minus those below it add up to the total.
    /// </summary>
    StackedArea,
}

/// <summary>One series of an <see cref="XyChart"/>.</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="Kind">How it is drawn.</param>
/// <param name="X">The x values (see <see cref="AxisScale"/>).</param>
/// <param name="Y">The y values, as many as <paramref name="X"/>.</param>
/// <param name="Error">Symmetric error bars (± value per point, e.g. an oracle standard error), or null.</param>
public sealed record ChartSeries(string Name, SeriesKind Kind, IReadOnlyList<double> X, IReadOnlyList<double> Y, IReadOnlyList<double>? Error = null);
