using System;
using System.Text;

namespace MmmFixtures.Rules;

/// <summary>
/// One numeric spec field: where it is in the spec (<see cref="Path"/>), which attribute property sets it,
/// what it allows, its default and what it means. The runtime validators, the JSON reader, the generator's
/// diagnostics and the attributes' documentation all read the same rule, so build time and run time agree.
/// Shared source: compiled into the runtime and linked into the generator (no runtime types here).
/// </summary>
internal sealed class FieldRule
{
    public FieldRule(string path, string? attribute, ValueRange range, string defaultText, string description, bool isInteger = false)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Attribute = attribute;
        Range = range;
        Default = defaultText;
        Description = description;
        IsInteger = isInteger;
    }

    /// <summary>The JSON path with <c>[]</c> for every list index, e.g. <c>channels[].adstock.alpha</c>.</summary>
    public string Path { get; }

    /// <summary>The attribute property that sets the field, <c>Channel.AdstockAlpha</c> (attribute name without the suffix), or null.</summary>
    public string? Attribute { get; }

    /// <summary>The allowed values.</summary>
    public ValueRange Range { get; }

    /// <summary>The default as the documentation states it, e.g. <c>0.5</c>.</summary>
    public string Default { get; }

    /// <summary>What the field means, one sentence.</summary>
    public string Description { get; }

    /// <summary>True for integer fields.</summary>
    public bool IsInteger { get; }

    /// <summary>The path with the list indices filled in: <c>channels[].adstock.alpha</c> at (2) is <c>channels[2].adstock.alpha</c>.</summary>
    public string PathAt(params int[] indices)
    {
        if (indices.Length == 0) return Path;
        var text = new StringBuilder(Path.Length + 4 * indices.Length);
        int next = 0;
        for (int i = 0; i < Path.Length; i++)
        {
            text.Append(Path[i]);
            if (Path[i] == '[' && i + 1 < Path.Length && Path[i + 1] == ']' && next < indices.Length)
                text.Append(indices[next++]);
        }
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Range.Requirement} (default {Default})";
}
