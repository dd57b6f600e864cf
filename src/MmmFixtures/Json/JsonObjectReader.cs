using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using MmmFixtures.EnumText;
using MmmFixtures.Rules;
using MmmFixtures.Validation;

namespace MmmFixtures.Json;

/// <summary>
/// Reads one JSON object of a spec field by field, recording a <see cref="SpecError"/> (with its path)
/// for every wrong type and, at the end, for every property nobody asked for: a misspelt
/// <c>"alpah"</c> is an error, never silently ignored.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly SpecErrorCollector _errors;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private JsonObjectReader(JsonElement element, string path, SpecErrorCollector errors)
    {
        _element = element;
        Path = path;
        _errors = errors;
    }

    /// <summary>The object's path, e.g. <c>channels[2].adstock</c>.</summary>
    public string Path { get; }

    /// <summary>A reader for <paramref name="element"/>, or null (with an error) when it is not an object.</summary>
    public static JsonObjectReader? Open(JsonElement element, string path, SpecErrorCollector errors)
    {
        if (element.ValueKind == JsonValueKind.Object) return new JsonObjectReader(element, path, errors);
        errors.Add(path.Length == 0 ? "$" : path, Describe(element), "must be a JSON object");
        return null;
    }

    /// <summary>
    /// The property's value when present. <c>null</c> is an error (leave a property out to take its default), never a
    /// silent default, except for an optional field (<paramref name="nullable"/>), where null means "none" as absence does.
    /// </summary>
    public bool TryGet(string name, out JsonElement value, bool nullable = false)
    {
        _known.Add(name);
        if (!_element.TryGetProperty(name, out value)) return false;
        if (value.ValueKind != JsonValueKind.Null) return true;
        if (!nullable) _errors.Add(PathOf(name), "null", "must have a value; leave the property out to take its default");
        return false;
    }

    /// <summary>The path of a property of this object.</summary>
    public string PathOf(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    public double Number(string name, double fallback)
    {
        if (!TryGet(name, out var v)) return fallback;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out double d)) return d;
        _errors.Add(PathOf(name), Describe(v), "must be a number" + RangeOf(name));
        return fallback;
    }

    /// <summary>An optional number: null or absent means none.</summary>
    public double? OptionalNumber(string name)
    {
        if (!TryGet(name, out var v, nullable: true)) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out double d)) return d;
        _errors.Add(PathOf(name), Describe(v), "must be a number" + RangeOf(name));
        return null;
    }

    public int Integer(string name, int fallback) => ReadInteger(name, nullable: false) ?? fallback;

    /// <summary>An optional integer: null or absent means none.</summary>
    public int? OptionalInteger(string name) => ReadInteger(name, nullable: true);

    private int? ReadInteger(string name, bool nullable)
    {
        if (!TryGet(name, out var v, nullable)) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i)) return i;
        _errors.Add(PathOf(name), Describe(v), RuleTable.ForPath(PathOf(name)) is { } rule ? "must be an integer in " + rule.Range : "must be an integer in [-2147483648, 2147483647]");
        return null;
    }

    public ulong UInt64(string name, ulong fallback)
    {
        if (!TryGet(name, out var v)) return fallback;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetUInt64(out ulong u)) return u;
        _errors.Add(PathOf(name), Describe(v), "must be an integer in [0, 18446744073709551615]");
        return fallback;
    }

    public bool Boolean(string name, bool fallback)
    {
        if (!TryGet(name, out var v)) return fallback;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        _errors.Add(PathOf(name), Describe(v), "must be true or false");
        return fallback;
    }

    public string String(string name, string fallback)
    {
        if (!TryGet(name, out var v)) return fallback;
        if (v.ValueKind == JsonValueKind.String) return v.GetString()!;
        _errors.Add(PathOf(name), Describe(v), "must be a string");
        return fallback;
    }

    /// <summary>An enum given by one of <paramref name="names"/> (see <see cref="ParseEnum{T}"/>).</summary>
    public T Enum<T>(string name, EnumNames<T> names, T fallback) where T : struct, Enum
    {
        if (!TryGet(name, out var v)) return fallback;
        return ParseEnum(v, PathOf(name), names, fallback, _errors);
    }

    public DateTime Date(string name, DateTime fallback)
    {
        if (!TryGet(name, out var v)) return fallback;
        return ParseDate(v, PathOf(name), fallback, _errors);
    }

    /// <summary>A nested object read by <paramref name="read"/> (its unknown properties reported), or default when absent or not an object.</summary>
    /// <param name="name">The property.</param>
    /// <param name="read">Reads the object's members.</param>
    /// <param name="nullable">An optional object: null means none, as absence does.</param>
    public T? Object<T>(string name, Func<JsonObjectReader, T> read, bool nullable = false)
    {
        if (!TryGet(name, out var element, nullable)) return default;
        var reader = Open(element, PathOf(name), _errors);
        if (reader is null) return default;
        T value = read(reader);
        reader.ReportUnknown();
        return value;
    }

    /// <summary>An array of objects, each read by <paramref name="read"/>; null when absent or not an array.</summary>
    public IReadOnlyList<T>? Array<T>(string name, Func<JsonObjectReader, T> read)
    {
        if (!TryGet(name, out var array)) return null;
        if (array.ValueKind != JsonValueKind.Array)
        {
            _errors.Add(PathOf(name), Describe(array), "must be an array of objects");
            return null;
        }
        var list = new List<T>();
        int i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var reader = Open(item, $"{PathOf(name)}[{i++}]", _errors);
            if (reader is null) continue;
            list.Add(read(reader));
            reader.ReportUnknown();
        }
        return list;
    }

    /// <summary>An array of numbers; null when absent or not such an array.</summary>
    public IReadOnlyList<double>? Numbers(string name)
    {
        if (!TryGet(name, out var array)) return null;
        if (array.ValueKind != JsonValueKind.Array || array.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number))
        {
            _errors.Add(PathOf(name), Describe(array), "must be an array of numbers");
            return null;
        }
        return array.EnumerateArray().Select(v => v.GetDouble()).ToArray();
    }

    /// <summary>The collector this reader records into.</summary>
    public SpecErrorCollector Errors => _errors;

    /// <summary>Records an error for every property that no accessor asked for.</summary>
    public void ReportUnknown()
    {
        foreach (var property in _element.EnumerateObject())
            if (!_known.Contains(property.Name))
                _errors.Add(PathOf(property.Name), null, $"is not a known property; known: {string.Join(", ", _known.OrderBy(k => k, StringComparer.Ordinal))}");
    }

    /// <summary>
    /// An enum given by one of its <paramref name="names"/> (any case). Numbers (<c>"1"</c>, <c>"+1"</c>), flag lists
    /// (<c>"Geometric,Delayed"</c>) and padded names, which <see cref="System.Enum.TryParse{TEnum}(string, bool, out TEnum)"/>
    /// would take, are refused. The names are the hand-made list, not reflection's (see <see cref="EnumNames{T}"/>).
    /// </summary>
    public static T ParseEnum<T>(JsonElement v, string path, EnumNames<T> names, T fallback, SpecErrorCollector errors) where T : struct, Enum
    {
        if (v.ValueKind == JsonValueKind.String)
        {
            string text = v.GetString()!;
            for (int i = 0; i < names.Names.Count; i++)
                if (string.Equals(names.Names[i], text, StringComparison.OrdinalIgnoreCase))
                    return names.Values[i];
        }
        errors.Add(path, Describe(v), $"must be one of {string.Join(", ", names.Names)}");
        return fallback;
    }

    public static DateTime ParseDate(JsonElement v, string path, DateTime fallback, SpecErrorCollector errors)
    {
        if (v.ValueKind == JsonValueKind.String
            && DateTime.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime d))
            return d;
        errors.Add(path, Describe(v), "must be a date \"yyyy-MM-dd\"");
        return fallback;
    }

    // A wrong-typed value is told the field's own range (from the rule table), not the range of a .NET type.
    private string RangeOf(string name) => RuleTable.ForPath(PathOf(name)) is { } rule ? " in " + rule.Range : "";

    /// <summary>A short rendering of a JSON value for messages.</summary>
    public static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => $"\"{v.GetString()}\"",
        JsonValueKind.Object => "{…}",
        JsonValueKind.Array => "[…]",
        _ => v.GetRawText(),
    };
}
