using System.Linq;
using System.Text.Json;
using MmmFixtures.Validation;

// Placeholders for c2's CommerceSpecValidator and CommerceSpecJson (issue 11): the exporter calls their real names.
// DELETE THIS FILE when c2-spec is merged (the merge then fails to compile with duplicate types until it is).
namespace MmmFixtures.Commerce;

/// <summary>Placeholder: checks the few rules the exporter relies on until the rule-table validator lands.</summary>
public static class CommerceSpecValidator
{
    /// <summary>Throws a <see cref="SpecValidationException"/> listing every problem, if there are any.</summary>
    public static void ThrowIfInvalid(CommerceSpec spec)
    {
        var errors = new SpecErrorCollector();
        errors.Require(spec.Days >= 1, "days", spec.Days, "must be at least 1");
        errors.Require(spec.Tenants.Count >= 1, "tenants", spec.Tenants.Count, "must name at least one tenant");
        for (int t = 0; t < spec.Tenants.Count; t++)
            errors.Require(spec.Tenants.Take(t).All(o => o.Name != spec.Tenants[t].Name), $"tenants[{t}].name", spec.Tenants[t].Name, "must be unique");
        errors.ThrowIfInvalid("commerce spec");
    }
}

/// <summary>Placeholder: writes the spec's identity until the spec JSON lands.</summary>
public static class CommerceSpecJson
{
    /// <summary>Writes the spec as one JSON value.</summary>
    public static void Write(Utf8JsonWriter w, CommerceSpec spec)
    {
        w.WriteStartObject();
        w.WriteNumber("seed", spec.Seed);
        w.WriteString("startDate", spec.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteNumber("days", spec.Days);
        w.WriteStartArray("tenants");
        foreach (var t in spec.Tenants) w.WriteStringValue(t.Name);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
