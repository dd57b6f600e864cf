using System.Collections.Generic;

namespace MmmFixtures.Reporting;

/// <summary>How an axis reads its values.</summary>
public enum AxisScale
{
    /// <summary>Plain numbers.</summary>
    Numeric,
    /// <summary>Dates: a value is the number of days since 1970-01-01.</summary>
    Date,
    /// <summary>Categories: a value is an index into <see cref="ChartAxis.Categories"/>.</summary>
    Category,
}

/// <summary>An axis: its label (always set: charts have labelled axes), its scale and, for categories, their names.</summary>
/// <param name="Label">The axis label, with units, e.g. <c>Spend (revenue units)</c>.</param>
/// <param name="Scale">How values read.</param>
/// <param name="Categories">The category names when <paramref name="Scale"/> is <see cref="AxisScale.Category"/>.</param>
public sealed record ChartAxis(string Label, AxisScale Scale = AxisScale.Numeric, IReadOnlyList<string>? Categories = null);
