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
/// pandas index) is ignored. Per-row contributions and components need the JSON format.
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
