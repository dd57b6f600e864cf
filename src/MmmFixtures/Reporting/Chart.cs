namespace MmmFixtures.Reporting;

/// <summary>A chart of a report, as data (series and labels): <see cref="XyChart"/> or <see cref="HeatmapChart"/>.</summary>
/// <param name="Key">A stable file-name-safe key, unique in the report, e.g. <c>mmm-spend-national</c>.</param>
/// <param name="Title">The chart's title.</param>
/// <param name="Caption">One sentence under the chart saying how to read it (may be empty).</param>
public abstract record Chart(string Key, string Title, string Caption);
