using System.Collections.Generic;

namespace MmmFixtures.Reporting;

/// <summary>
/// Series against an x axis: lines, markers, bars (series of bars on a category axis are grouped side by side)
/// and stacked areas (stacked in series order, positive values above zero and negative ones below).
/// </summary>
/// <param name="Key">A stable file-name-safe key.</param>
/// <param name="Title">The chart's title.</param>
/// <param name="Caption">One sentence saying how to read it.</param>
/// <param name="X">The x axis.</param>
/// <param name="Y">The y axis.</param>
/// <param name="Series">The series, drawn in order (the legend lists them in order).</param>
public sealed record XyChart(string Key, string Title, string Caption, ChartAxis X, ChartAxis Y, IReadOnlyList<ChartSeries> Series)
    : Chart(Key, Title, Caption);
