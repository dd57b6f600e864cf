using System;
using System.Collections.Generic;
using System.Globalization;

namespace MmmFixtures.Validation;

/// <summary>
/// Accumulates the problems of a spec while every family's validator walks it, then throws them all
/// at once. The checks name the path and the allowed range, so messages read the same in every family.
/// </summary>
public sealed class SpecErrorCollector
{
    private readonly List<SpecError> _errors = new();

    /// <summary>The problems found so far.</summary>
    public IReadOnlyList<SpecError> Errors => _errors;

    /// <summary>True when nothing is wrong so far.</summary>
    public bool IsValid => _errors.Count == 0;

    /// <summary>Records a problem.</summary>
    public void Add(string path, object? value, string requirement) =>
        _errors.Add(new SpecError(path, Format(value), requirement));

    /// <summary>Requires a finite value in [min, max] (either bound inclusive or exclusive).</summary>
    public bool InRange(string path, double value, double min, double max, bool minInclusive = true, bool maxInclusive = true)
    {
        bool ok = !double.IsNaN(value)
                  && (minInclusive ? value >= min : value > min)
                  && (maxInclusive ? value <= max : value < max)
                  && !double.IsInfinity(value);
        if (!ok)
            Add(path, value, $"must be in {(minInclusive ? "[" : "(")}{Format(min)}, {Format(max)}{(maxInclusive ? "]" : ")")}");
        return ok;
    }

    /// <summary>Requires an integer in [min, max].</summary>
    public bool InRange(string path, long value, long min, long max)
    {
        bool ok = value >= min && value <= max;
        if (!ok) Add(path, value, $"must be in [{Format(min)}, {Format(max)}]");
        return ok;
    }

    /// <summary>Records <paramref name="requirement"/> against <paramref name="path"/> when <paramref name="condition"/> is false.</summary>
    public bool Require(bool condition, string path, object? value, string requirement)
    {
        if (!condition) Add(path, value, requirement);
        return condition;
    }

    /// <summary>Throws a <see cref="SpecValidationException"/> listing every problem, if there are any.</summary>
    public void ThrowIfInvalid(string specName)
    {
        if (_errors.Count > 0) throw new SpecValidationException(specName, _errors.ToArray());
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        double d when double.IsPositiveInfinity(d) => "∞",
        double d when double.IsNegativeInfinity(d) => "-∞",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string s => s.Length == 0 ? "\"\"" : s,
        _ => value.ToString(),
    };
}
