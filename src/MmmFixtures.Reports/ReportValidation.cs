using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using MmmFixtures.Reporting;

namespace MmmFixtures.Reports;

/// <summary>
/// Checks a report or chart before drawing: one <see cref="ArgumentException"/> naming every problem (which chart,
/// which series, what is allowed), instead of a drawing library failing on the first one.
/// </summary>
internal static class ReportValidation
{
    private static readonly Regex KeyPattern = new("^[a-z0-9][a-z0-9-]{0,79}$", RegexOptions.CultureInvariant);

    public static void ThrowIfInvalid(DatasetReport report)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(report.Title)) problems.Add("Title is empty; a report needs a title");
        if (report.Description is null) problems.Add("Description is null; allowed: any text, possibly empty");
        CheckItems(problems, "Spec", report.Spec, (fact, at) =>
        {
            if (string.IsNullOrWhiteSpace(fact.Name) || fact.Value is null) problems.Add($"{at} needs a name and a value");
        });
        CheckItems(problems, "Notices", report.Notices, (notice, at) =>
        {
            if (string.IsNullOrWhiteSpace(notice.Title)) problems.Add($"{at}.Title is empty; a notice needs a heading");
            CheckItems(problems, $"{at}.Lines", notice.Lines, (line, lineAt) =>
            {
                if (string.IsNullOrWhiteSpace(line.Name) || line.Value is null) problems.Add($"{lineAt} needs a name and a value");
            });
        });
        CheckItems(problems, "Checks", report.Checks, (check, at) =>
        {
            if (string.IsNullOrWhiteSpace(check.Name) || check.Detail is null) problems.Add($"{at} needs a name and a detail");
            if (!Enum.IsDefined(check.Status)) problems.Add($"{at}.Status is {(int)check.Status}; allowed Passed, Warning, Failed");
        });
        CheckItems(problems, "Truth", report.Truth, (table, at) => CheckTable(problems, table, at));
        CheckItems(problems, "Charts", report.Charts, (chart, at) => CheckChart(problems, chart, at));
        if (report.Charts is not null)
            foreach (var key in report.Charts.Where(c => c is not null).GroupBy(c => c.Key).Where(g => g.Count() > 1).Select(g => g.Key))
                problems.Add($"chart key '{key}' is used {report.Charts.Count(c => c?.Key == key)} times; keys must be unique in a report");
        Throw(problems, nameof(report), "report");
    }

    public static void ThrowIfInvalid(Chart chart)
    {
        if (chart is null) throw new ArgumentNullException(nameof(chart));
        var problems = new List<string>();
        CheckChart(problems, chart, $"chart '{chart.Key}'");
        Throw(problems, nameof(chart), "chart");
    }

    private static void Throw(List<string> problems, string parameter, string what)
    {
        if (problems.Count > 0) throw new ArgumentException($"The {what} cannot be drawn: {string.Join("; ", problems)}.", parameter);
    }

    private static void CheckItems<T>(List<string> problems, string name, IReadOnlyList<T>? items, Action<T, string> check) where T : class
    {
        if (items is null)
        {
            problems.Add($"{name} is null; allowed: a list, possibly empty");
            return;
        }
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is null) problems.Add($"{name}[{i}] is null");
            else check(items[i], $"{name}[{i}]");
        }
    }

    private static void CheckTable(List<string> problems, ReportTable table, string at)
    {
        if (table.Title is null || table.Columns is null || table.Columns.Count == 0 || table.Columns.Any(c => c is null) || table.Rows is null)
        {
            problems.Add($"{at} needs a title, at least one column header and a list of rows");
            return;
        }
        for (int r = 0; r < table.Rows.Count; r++)
            if (table.Rows[r] is not { } row || row.Count != table.Columns.Count || row.Any(cell => cell is null))
                problems.Add($"{at}.Rows[{r}] has {table.Rows[r]?.Count.ToString() ?? "no"} cells; allowed: {table.Columns.Count} (one per column), none null");
    }

    private static void CheckChart(List<string> problems, Chart chart, string at)
    {
        if (chart.Key is null || !KeyPattern.IsMatch(chart.Key))
            problems.Add($"{at}.Key is '{chart.Key}'; allowed: 1 to 80 characters of a-z, 0-9 and '-', starting with a letter or digit");
        if (string.IsNullOrWhiteSpace(chart.Title)) problems.Add($"{at}.Title is empty; a chart needs a title");
        if (chart.Caption is null) problems.Add($"{at}.Caption is null; allowed: any text, possibly empty");
        switch (chart)
        {
            case XyChart xy:
                CheckXy(problems, xy, at);
                break;
            case HeatmapChart heatmap:
                CheckHeatmap(problems, heatmap, at);
                break;
            default:
                problems.Add($"{at} is a {chart.GetType().Name}; allowed: XyChart or HeatmapChart");
                break;
        }
    }

    private static void CheckXy(List<string> problems, XyChart chart, string at)
    {
        CheckAxis(problems, chart.X, $"{at}.X", dateAllowed: true);
        CheckAxis(problems, chart.Y, $"{at}.Y", dateAllowed: false);
        if (chart.Series is null || chart.Series.Count == 0)
        {
            problems.Add($"{at}.Series is empty; a chart needs at least one series");
            return;
        }
        IReadOnlyList<double>? stackX = null;
        for (int i = 0; i < chart.Series.Count; i++)
        {
            string s = $"{at}.Series[{i}]";
            if (chart.Series[i] is not { } series)
            {
                problems.Add($"{s} is null");
                continue;
            }
            s += $" '{series.Name}'";
            if (string.IsNullOrWhiteSpace(series.Name)) problems.Add($"{s}.Name is empty; every series needs a legend entry");
            if (!Enum.IsDefined(series.Kind)) problems.Add($"{s}.Kind is {(int)series.Kind}; allowed Line, Markers, Bars, StackedArea");
            if (series.X is null || series.Y is null || series.X.Count == 0 || series.X.Count != series.Y.Count)
            {
                problems.Add($"{s} has {series.X?.Count ?? 0} x and {series.Y?.Count ?? 0} y values; allowed: at least one point, as many x as y");
                continue;
            }
            if (series.X.Concat(series.Y).Any(v => !double.IsFinite(v))) problems.Add($"{s} holds a NaN or infinite value; allowed: finite numbers");
            if (series.Error is { } error && (error.Count != series.Y.Count || error.Any(e => !double.IsFinite(e) || e < 0)))
                problems.Add($"{s}.Error has {error.Count} values; allowed: one finite value ≥ 0 per point");
            if (chart.X?.Scale == AxisScale.Category && chart.X.Categories is { } categories
                && series.X.Any(x => x < 0 || x > categories.Count - 1 || x != Math.Floor(x)))
                problems.Add($"{s} has x values that are not category indexes; allowed: whole numbers 0 to {categories.Count - 1}");
            if (series.Kind == SeriesKind.StackedArea)
            {
                if (stackX is null) stackX = series.X;
                else if (!stackX.SequenceEqual(series.X)) problems.Add($"{s} is stacked on x values other than the first stacked series'; stacked series must share x");
            }
        }
    }

    private static void CheckAxis(List<string> problems, ChartAxis? axis, string at, bool dateAllowed)
    {
        if (axis is null)
        {
            problems.Add($"{at} is null");
            return;
        }
        if (string.IsNullOrWhiteSpace(axis.Label)) problems.Add($"{at}.Label is empty; axes are labelled");
        if (!Enum.IsDefined(axis.Scale) || (axis.Scale == AxisScale.Date && !dateAllowed))
            problems.Add($"{at}.Scale is {axis.Scale}; allowed: Numeric, Category{(dateAllowed ? ", Date" : "")}");
        if (axis.Scale == AxisScale.Category && (axis.Categories is null || axis.Categories.Count == 0 || axis.Categories.Any(c => c is null)))
            problems.Add($"{at}.Categories is empty; a category axis needs its category names");
    }

    private static void CheckHeatmap(List<string> problems, HeatmapChart chart, string at)
    {
        if (string.IsNullOrWhiteSpace(chart.RowLabel) || string.IsNullOrWhiteSpace(chart.ColumnLabel) || string.IsNullOrWhiteSpace(chart.ValueLabel))
            problems.Add($"{at} needs a RowLabel, a ColumnLabel and a ValueLabel (axes and colour bar are labelled)");
        if (chart.Rows is null || chart.Rows.Count == 0 || chart.Columns is null || chart.Columns.Count == 0 || chart.Rows.Concat(chart.Columns).Any(n => n is null))
        {
            problems.Add($"{at} has no rows or no columns; a heat map needs at least one of each, all named");
            return;
        }
        if (chart.Values is null || chart.Values.Count != chart.Rows.Count || chart.Values.Any(row => row is null || row.Count != chart.Columns.Count))
        {
            problems.Add($"{at}.Values is not {chart.Rows.Count} rows × {chart.Columns.Count} columns");
            return;
        }
        var values = chart.Values.SelectMany(row => row).ToList();
        if (values.Any(v => v is double d && !double.IsFinite(d))) problems.Add($"{at}.Values holds a NaN or infinite value; allowed: finite numbers or null");
        if (values.All(v => v is null)) problems.Add($"{at}.Values is all null; a heat map needs at least one value");
    }
}
