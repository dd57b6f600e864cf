using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using MmmFixtures.Json;
using MmmFixtures.Validation;

namespace MmmFixtures.Mmm.Scoring;

/// <summary>
/// Reads estimates from JSON:
/// <code>
/// { "intervalLevel": 0.9,
///   "channels": { "Tv": { "roas": 2.1, "roasLower": 1.8, "roasUpper": 2.4, "spend": 52000,
///                         "parameters": { "beta": 1450, "alpha": 0.55 }, "contribution": [ … one per row … ] } },
///   "components": { "intercept": [ … ], "Price": [ … ] } }
/// </code>
/// Standard JSON (no comments, no trailing commas: the file is data exchanged between programs). Every property is
/// optional; unknown properties, wrong types and keys given twice are errors, all reported at once in a
/// <see cref="SpecValidationException"/> (with the line and column of a syntax error).
/// </summary>
public static class MmmEstimatesJson
{
    /// <summary>Parses <paramref name="json"/> into estimates (checked against a panel only when scored).</summary>
    public static MmmEstimates Read(string json)
    {
        using var document = JsonSpecDocument.Parse(json, ResolvedEstimates.SpecName, standard: true);
        var errors = new SpecErrorCollector();
        JsonSpecDocument.ReportDuplicateKeys(document.RootElement, errors);
        var estimates = new MmmEstimates();
        if (JsonObjectReader.Open(document.RootElement, "", errors) is { } root)
        {
            estimates = ReadRoot(root);
            root.ReportUnknown();
        }
        errors.ThrowIfInvalid(ResolvedEstimates.SpecName);
        return estimates;
    }

    private static MmmEstimates ReadRoot(JsonObjectReader root)
    {
        var roas = new Dictionary<string, double>();
        var intervals = new Dictionary<string, RoasInterval>();
        var spend = new Dictionary<string, double>();
        var parameters = new Dictionary<string, IReadOnlyDictionary<string, double>>();
        var contributions = new Dictionary<string, IReadOnlyList<double>>();
        foreach (var (name, element) in Members(root, "channels"))
        {
            var channel = JsonObjectReader.Open(element, $"channels.{name}", root.Errors);
            if (channel is null) continue;
            if (channel.OptionalNumber("roas") is double r) roas[name] = r;
            double? lower = channel.OptionalNumber("roasLower"), upper = channel.OptionalNumber("roasUpper");
            if (lower is double lo && upper is double hi) intervals[name] = new RoasInterval(lo, hi);
            else if (lower is not null || upper is not null)
                root.Errors.Add(channel.PathOf(lower is null ? "roasLower" : "roasUpper"), null, "is missing: an interval has both roasLower and roasUpper");
            if (channel.OptionalNumber("spend") is double s) spend[name] = s;
            var values = NumberMembers(channel, "parameters");
            if (values.Count > 0) parameters[name] = values;
            if (channel.Numbers("contribution") is { } series) contributions[name] = series;
            channel.ReportUnknown();
        }
        var components = new Dictionary<string, IReadOnlyList<double>>();
        foreach (var (name, element) in Members(root, "components"))
        {
            if (element.ValueKind == JsonValueKind.Array && element.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Number))
                components[name] = element.EnumerateArray().Select(v => v.GetDouble()).ToArray();
            else root.Errors.Add($"components.{name}", JsonObjectReader.Describe(element), "must be an array of numbers, one per row");
        }
        return new MmmEstimates
        {
            IntervalLevel = root.OptionalNumber("intervalLevel"),
            Roas = roas,
            RoasIntervals = intervals,
            Allocation = spend,
            Parameters = parameters,
            Contributions = contributions,
            Components = components,
        };
    }

    // The members of an object keyed by names the schema does not fix (channels, components, parameters).
    private static IEnumerable<(string Name, JsonElement Value)> Members(JsonObjectReader owner, string property)
    {
        if (!owner.TryGet(property, out var element, nullable: true)) return Enumerable.Empty<(string, JsonElement)>();
        if (element.ValueKind != JsonValueKind.Object)
        {
            owner.Errors.Add(owner.PathOf(property), JsonObjectReader.Describe(element), "must be a JSON object keyed by name");
            return Enumerable.Empty<(string, JsonElement)>();
        }
        return element.EnumerateObject().Select(p => (p.Name, p.Value)).ToArray();
    }

    private static Dictionary<string, double> NumberMembers(JsonObjectReader owner, string property)
    {
        var result = new Dictionary<string, double>();
        foreach (var (name, value) in Members(owner, property))
        {
            if (value.ValueKind == JsonValueKind.Number) result[name] = value.GetDouble();
            else owner.Errors.Add($"{owner.PathOf(property)}.{name}", JsonObjectReader.Describe(value), "must be a number");
        }
        return result;
    }
}
