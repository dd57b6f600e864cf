using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsvHelper;
using MmmFixtures.Validation;

namespace MmmFixtures.Mmm.Scoring;

/// <summary>
/// Reads estimates from a CSV table with one row per channel, what <c>pandas.DataFrame.to_csv</c> writes from a
/// per-channel summary of a Meridian or PyMC-Marketing fit:
/// <code>
/// channel,roas,roas_lower,roas_upper,spend,beta,alpha,half_saturation,slope
/// Tv,2.1,1.8,2.4,52000,1450,0.55,0.6,1.8
/// </code>
/// Only <c>channel</c> is required; every other column is optional, and an empty cell means "not estimated". Header
/// names ignore case and underscores (<c>roasLower</c> reads as <c>roas_lower</c>); a first column without a name (a
/// pandas index) is ignored. Per-row contributions and components come in a second table (<see cref="ReadRows"/>) or in JSON.
/// </summary>
public static class MmmEstimatesCsv
{
    private const string Channel = "channel", Roas = "roas", Lower = "roas_lower", Upper = "roas_upper", Spend = "spend";

    /// <summary>The columns the table may have, in snake case.</summary>
    public static IReadOnlyList<string> Columns { get; } = new[] { Channel, Roas, Lower, Upper, Spend }.Concat(ScoredParameters.Columns).ToArray();

    /// <summary>Parses <paramref name="csv"/>; throws <see cref="SpecValidationException"/> naming every bad header, cell and row.</summary>
    public static MmmEstimates Read(string csv)
    {
        if (csv is null) throw new ArgumentNullException(nameof(csv));
        var errors = new SpecErrorCollector();
        var roas = new Dictionary<string, double>();
        var intervals = new Dictionary<string, RoasInterval>();
        var spend = new Dictionary<string, double>();
        var parameters = new Dictionary<string, IReadOnlyDictionary<string, double>>();
        try
        {
            using var reader = CsvReader.FromText(csv, CsvReaderOptions.Default with
            {
                TrimWhitespace = true,
                MalformedData = CsvMalformedDataHandling.Throw,
                FieldCountMismatch = CsvFieldCountHandling.Throw,
            });
            var columns = Header(reader.Headers, errors);
            if (columns is null || !columns.Contains(Channel))
            {
                errors.Require(columns is null, "header", string.Join(",", reader.Headers), "must have a 'channel' column");
                errors.ThrowIfInvalid(ResolvedEstimates.SpecName);
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read())
            {
                string row = $"row {reader.RowNumber}";
                var cells = new Dictionary<string, double>();
                string? name = null;
                for (int i = 0; i < columns!.Length; i++)
                {
                    string text = reader.GetString(i);
                    if (columns[i] is null || text.Length == 0) continue;
                    if (columns[i] == Channel) name = text;
                    else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)) cells[columns[i]!] = value;
                    else errors.Add($"{row}.{columns[i]}", text, "must be a number (or empty)");
                }
                if (name is null)
                {
                    errors.Add($"{row}.channel", null, "must name a channel");
                    continue;
                }
                if (!errors.Require(seen.Add(name), $"{row}.channel", name, "is given on an earlier row")) continue;
                if (cells.TryGetValue(Roas, out double r)) roas[name] = r;
                bool hasLower = cells.TryGetValue(Lower, out double lo), hasUpper = cells.TryGetValue(Upper, out double hi);
                if (hasLower && hasUpper) intervals[name] = new RoasInterval(lo, hi);
                else errors.Require(hasLower == hasUpper, $"{row}.{(hasLower ? Upper : Lower)}", null, "is missing: an interval has both roas_lower and roas_upper");
                if (cells.TryGetValue(Spend, out double s)) spend[name] = s;
                var estimated = ScoredParameters.Columns.Select((column, i) => (Name: ScoredParameters.Names[i], Column: column))
                    .Where(p => cells.ContainsKey(p.Column)).ToDictionary(p => p.Name, p => cells[p.Column]);
                if (estimated.Count > 0) parameters[name] = estimated;
            }
        }
        catch (CsvFormatException ex)
        {
            errors.Add("$", null, $"is not a valid CSV table: {ex.Message}");
        }
        errors.ThrowIfInvalid(ResolvedEstimates.SpecName);
        return new MmmEstimates { Roas = roas, RoasIntervals = intervals, Allocation = spend, Parameters = parameters };
    }

    /// <summary>
    /// Reads per-row contributions and components from a table with one row per panel row, shaped like truth_components.csv
    /// (what <c>DataFrame.to_csv</c> writes from a model's per-period decomposition):
    /// <code>
    /// date,geo,Tv,Search,intercept,Price
    /// 2022-01-03,geo_1,812.4,301.7,10000.2,-150.3
    /// </code>
    /// <c>date</c> (<c>yyyy-MM-dd</c>) and <c>geo</c> (optional with one geo) locate each row, in any order; every other column
    /// is a channel (name, spend column or <c>contribution_tv</c>) or a component (<c>intercept</c>, <c>trend</c>,
    /// <c>seasonality</c>, <c>baseline</c>, a control or an event, or its <c>control_price</c> column); <c>noise</c> and
    /// <c>clamp</c> are ignored. Every row of the panel appears exactly once. Throws <see cref="SpecValidationException"/>
    /// naming every bad header, cell and row.
    /// </summary>
    public static MmmEstimates ReadRows(string csv, MmmPanel panel)
    {
        if (csv is null) throw new ArgumentNullException(nameof(csv));
        if (panel is null) throw new ArgumentNullException(nameof(panel));
        var errors = new SpecErrorCollector();
        var spec = panel.Spec;
        var rowOf = new Dictionary<(string Date, string Geo), int>();
        for (int t = 0; t < panel.Periods; t++)
            for (int g = 0; g < panel.GeoCount; g++)
                rowOf[(panel.Dates[t].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), panel.GeoNames[g])] = panel.RowIndex(t, g);
        var series = new List<(string Name, bool IsChannel, double[] Values)>();
        var filled = new bool[panel.RowCount];
        try
        {
            using var reader = CsvReader.FromText(csv, CsvReaderOptions.Default with
            {
                TrimWhitespace = true,
                MalformedData = CsvMalformedDataHandling.Throw,
                FieldCountMismatch = CsvFieldCountHandling.Throw,
            });
            var headers = reader.Headers;
            int date = -1, geo = -1;
            var columns = new int[headers.Count];
            for (int i = 0; i < headers.Count; i++)
            {
                string header = headers[i];
                columns[i] = -1;
                if (header == "date") date = i;
                else if (header == "geo") geo = i;
                else if ((i == 0 && header.Length == 0) || header is "noise" or "clamp") continue;
                else if (EstimateNames.Channel(spec, header) >= 0 || EstimateNames.Component(spec, header) is not null)
                {
                    columns[i] = series.Count;
                    series.Add((header, EstimateNames.Channel(spec, header) >= 0, new double[panel.RowCount]));
                }
                else errors.Add($"header[{i}]", header, $"must be date, geo, a channel ({string.Join(", ", spec.Channels.Select(c => c.Name))}) or a component ({string.Join(", ", EstimateNames.Components(spec))})");
            }
            errors.Require(date >= 0, "header", string.Join(",", headers), "must have a 'date' column");
            errors.Require(geo >= 0 || panel.GeoCount == 1, "header", string.Join(",", headers), "must have a 'geo' column (the panel has several geos)");
            errors.ThrowIfInvalid(ResolvedEstimates.SpecName);
            int bad = 0;
            while (reader.Read())
            {
                string where = $"row {reader.RowNumber}";
                var key = (reader.GetString(date), geo >= 0 ? reader.GetString(geo) : panel.GeoNames[0]);
                if (!rowOf.TryGetValue(key, out int r) || filled[r])
                {
                    if (bad++ < MaxRowErrors)
                        errors.Add(where, $"{key.Item1} {key.Item2}", rowOf.ContainsKey(key) ? "repeats an earlier row's date and geo" : "must have a date (yyyy-MM-dd) and geo of the panel");
                    continue;
                }
                filled[r] = true;
                for (int i = 0; i < columns.Length; i++)
                {
                    if (columns[i] < 0) continue;
                    string text = reader.GetString(i);
                    if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)) series[columns[i]].Values[r] = value;
                    else if (bad++ < MaxRowErrors) errors.Add($"{where}.{headers[i]}", text, "must be a number");
                }
            }
            int missing = filled.Count(f => !f);
            if (missing > 0)
            {
                int first = Array.IndexOf(filled, false);
                errors.Add("rows", missing, $"must cover every row of the panel; missing {missing}, the first {panel.Dates[first / panel.GeoCount].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {panel.GeoNames[first % panel.GeoCount]}");
            }
        }
        catch (CsvFormatException ex)
        {
            errors.Add("$", null, $"is not a valid CSV table: {ex.Message}");
        }
        errors.ThrowIfInvalid(ResolvedEstimates.SpecName);
        return new MmmEstimates
        {
            Contributions = series.Where(s => s.IsChannel).ToDictionary(s => s.Name, s => (IReadOnlyList<double>)s.Values),
            Components = series.Where(s => !s.IsChannel).ToDictionary(s => s.Name, s => (IReadOnlyList<double>)s.Values),
        };
    }

    // A table off by one column repeats its problem on every row: the first few locate it.
    private const int MaxRowErrors = 10;

    // Each header's canonical column (null for a pandas index column); unknown and repeated headers are errors.
    private static string?[]? Header(IReadOnlyList<string> headers, SpecErrorCollector errors)
    {
        if (headers.Count == 0)
        {
            errors.Add("$", null, "is empty: a CSV of estimates has a header row, e.g. channel,roas");
            return null;
        }
        var byKey = Columns.ToDictionary(Key, c => c, StringComparer.Ordinal);
        var result = new string?[headers.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < headers.Count; i++)
        {
            if (i == 0 && headers[i].Trim().Length == 0) continue;
            if (!byKey.TryGetValue(Key(headers[i]), out string? column))
                errors.Add($"header[{i}]", headers[i], $"is not a known column; known: {string.Join(", ", Columns)}");
            else if (errors.Require(seen.Add(column), $"header[{i}]", headers[i], $"repeats column {column}"))
                result[i] = column;
        }
        return result;
    }

    private static string Key(string header) => header.Trim().Replace("_", "").ToLowerInvariant();
}
