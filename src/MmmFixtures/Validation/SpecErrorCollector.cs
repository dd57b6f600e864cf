using System;
using System.Collections.Generic;
using System.Globalization;
using MmmFixtures.Rules;

namespace MmmFixtures.Validation;

/// <summary>
/// Accumulates the problems of a spec while every family's validator walks it, then throws them all
/// at once. Numeric fields are checked against their <see cref="FieldRule"/>, so messages read the same
/// in every family and no range is written twice. Keeps the first <see cref="MaxStored"/> problems and
/// counts the rest, so a hostile spec cannot make the error list (or its message) unbounded.
/// </summary>
internal sealed class SpecErrorCollector
{
    /// <summary>The most problems kept; later ones are only counted.</summary>
    public const int MaxStored = 1_000;

    private readonly List<SpecError> _errors = new();

    /// <summary>The problems found so far (at most <see cref="MaxStored"/>).</summary>
    public IReadOnlyList<SpecError> Errors => _errors;

    /// <summary>Every problem found so far, including those not kept.</summary>
    public int Count { get; private set; }

    /// <summary>Records a problem.</summary>
    public void Add(string path, object? value, string requirement)
    {
        Count++;
        if (_errors.Count < MaxStored) _errors.Add(new SpecError(path, Format(value), requirement));
    }

    /// <summary>Requires <paramref name="value"/> inside <paramref name="rule"/>'s range; the path gets <paramref name="indices"/> filled in.</summary>
    public bool Check(FieldRule rule, double value, params int[] indices) => Check(rule, rule.Range, value, indices);

    /// <summary>
    /// Requires <paramref name="value"/> inside <paramref name="range"/>: the rule's range narrowed by another
    /// field (maxPrice above minPrice, θ below the kernel length).
    /// </summary>
    public bool Check(FieldRule rule, ValueRange range, double value, params int[] indices)
    {
        bool ok = range.Contains(value);
        if (!ok) Add(rule.PathAt(indices), value, range.Requirement);
        return ok;
    }

    /// <summary>
    /// Requires a list length (or a size product) inside <paramref name="rule"/>'s range; <paramref name="count"/>
    /// is null when the list is missing. <paramref name="noun"/> names one element, <paramref name="nouns"/> several.
    /// </summary>
    public bool CheckCount(FieldRule rule, long? count, string noun, string nouns, params int[] indices)
    {
        var range = rule.Range;
        if (count is long n && range.Contains(n)) return true;
        string requirement =
            range.Min == range.Max ? $"must have exactly {ValueRange.Format(range.Min)} {nouns}"
            : count is null || count < range.Min ? range.Min == 1 ? $"must have at least one {noun}" : $"must have at least {ValueRange.Format(range.Min)} {nouns}"
            : $"must have at most {ValueRange.Format(range.Max)} {nouns}";
        Add(rule.PathAt(indices), count, requirement);
        return false;
    }

    /// <summary>Requires a size product (periods × geos, users × days) within its cap, before anything of that size is allocated.</summary>
    public bool CheckSize(FieldRule rule, long size)
    {
        bool ok = size <= rule.Range.Max;
        if (!ok) Add(rule.Path, size, $"must be at most {ValueRange.Format(rule.Range.Max)} ({rule.Description})");
        return ok;
    }

    /// <summary>
    /// Requires a curve of relative intensities (hour of day, day of week): <paramref name="count"/>'s number of values,
    /// each inside <paramref name="entry"/>'s range, with a positive sum; <paramref name="indices"/> fill the owner's list indices.
    /// </summary>
    public bool CheckCurve(FieldRule count, FieldRule entry, IReadOnlyList<double>? curve, params int[] indices)
    {
        if (!CheckCount(count, curve?.Count, "value", "values", indices)) return false;
        bool ok = true;
        double sum = 0;
        for (int i = 0; i < curve!.Count; i++)
        {
            ok &= Check(entry, curve[i], Append(indices, i));
            sum += curve[i];
        }
        return Require(sum > 0, count.PathAt(indices), null, "must have a positive sum") && ok;
    }

    private static int[] Append(int[] indices, int last)
    {
        var all = new int[indices.Length + 1];
        indices.CopyTo(all, 0);
        all[indices.Length] = last;
        return all;
    }

    /// <summary>Records <paramref name="requirement"/> against <paramref name="path"/> when <paramref name="condition"/> is false.</summary>
    public bool Require(bool condition, string path, object? value, string requirement)
    {
        if (!condition) Add(path, value, requirement);
        return condition;
    }

    /// <summary>Records <paramref name="problem"/> against <paramref name="path"/> when it is not null (a cross rule's answer).</summary>
    public bool Require(string? problem, string path, object? value) => Require(problem is null, path, value, problem!);

    /// <summary>Throws a <see cref="SpecValidationException"/> listing the problems, if there are any.</summary>
    public void ThrowIfInvalid(string specName)
    {
        if (Count > 0) throw new SpecValidationException(specName, _errors.ToArray(), Count);
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
