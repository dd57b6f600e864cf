using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace MmmFixtures.Validation;

/// <summary>
/// Thrown before any data is generated when a spec is invalid. The message lists the problems, one a line,
/// each with its path and allowed range, so a user fixes them all in one go; it shows at most
/// <see cref="MaxListed"/> of them, each value cut to <see cref="MaxValueLength"/> characters, so it stays short
/// whatever the input (<see cref="Errors"/> has them in full).
/// </summary>
public sealed class SpecValidationException : ArgumentException
{
    /// <summary>The most problems the message lists.</summary>
    public const int MaxListed = 20;

    /// <summary>The longest value the message shows; longer ones end with "…".</summary>
    public const int MaxValueLength = 60;

    /// <summary>Creates the exception from a non-empty list of problems.</summary>
    public SpecValidationException(string specName, IReadOnlyList<SpecError> errors)
        : this(specName, errors, errors?.Count ?? 0)
    {
    }

    /// <summary>Creates the exception from the problems kept and the number found (some may have been only counted).</summary>
    public SpecValidationException(string specName, IReadOnlyList<SpecError> errors, int problemCount)
        : base(FormatMessage(specName, errors, problemCount))
    {
        SpecName = specName;
        Errors = errors;
        ProblemCount = problemCount;
    }

    /// <summary>What was being validated, e.g. <c>MMM spec</c>.</summary>
    public string SpecName { get; }

    /// <summary>The problems found, in the order of the spec's fields (the first 1 000 when there were more).</summary>
    public IReadOnlyList<SpecError> Errors { get; }

    /// <summary>How many problems were found, including any beyond <see cref="Errors"/>.</summary>
    public int ProblemCount { get; }

    private static string FormatMessage(string specName, IReadOnlyList<SpecError> errors, int problemCount)
    {
        if (errors is null || errors.Count == 0)
            throw new ArgumentException("An invalid spec has at least one error.", nameof(errors));
        problemCount = Math.Max(problemCount, errors.Count);
        var text = new StringBuilder($"Invalid {specName} ({problemCount} {(problemCount == 1 ? "problem" : "problems")}):");
        foreach (var error in errors.Take(MaxListed))
            text.Append(Environment.NewLine).Append("  ").Append(Shortened(error));
        int rest = problemCount - Math.Min(errors.Count, MaxListed);
        if (rest > 0) text.Append(Environment.NewLine).Append($"  … and {rest} more {(rest == 1 ? "problem" : "problems")}");
        return text.ToString();
    }

    // A path holds JSON property names, so a hostile key is as long as a hostile value.
    private static SpecError Shortened(SpecError e) =>
        e with { Path = Cut(e.Path, 2 * MaxValueLength)!, Value = Cut(e.Value, MaxValueLength) };

    private static string? Cut(string? text, int length) => text is { } t && t.Length > length ? t.Substring(0, length) + "…" : text;
}
