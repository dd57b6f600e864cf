using System.Collections.Generic;

namespace MmmFixtures.Reporting;

/// <summary>A grid of values coloured by magnitude (e.g. ROAS by geo × channel, sessions by hour × weekday).</summary>
/// <param name="Key">A stable file-name-safe key.</param>
/// <param name="Title">The chart's title.</param>
/// <param name="Caption">One sentence saying how to read it.</param>
/// <param name="RowLabel">What the rows are, e.g. <c>Geo</c>.</param>
/// <param name="Rows">The row names.</param>
/// <param name="ColumnLabel">What the columns are, e.g. <c>Channel</c>.</param>
/// <param name="Columns">The column names.</param>
/// <param name="ValueLabel">What the colour shows, e.g. <c>ROAS</c>.</param>
/// <param name="Values">Values[row][column]; null where there is none (drawn blank, e.g. a geo without spend).</param>
public sealed record HeatmapChart(string Key, string Title, string Caption, string RowLabel, IReadOnlyList<string> Rows,
    string ColumnLabel, IReadOnlyList<string> Columns, string ValueLabel, IReadOnlyList<IReadOnlyList<double?>> Values)
    : Chart(Key, Title, Caption);
