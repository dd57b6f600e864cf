using System;
using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Validation;

/// <summary>
/// Thrown before any data is generated when a spec is invalid. The message lists every problem,
/// one a line, each with its path and allowed range, so a user fixes them all in one go.
/// </summary>
public sealed class SpecValidationException : ArgumentException
{
    /// <summary>Creates the exception from a non-empty list of problems.</summary>
    public SpecValidationException(string specName, IReadOnlyList<SpecError> errors)
        : base(FormatMessage(specName, errors))
    {
        SpecName = specName;
        Errors = errors;
    }

    /// <summary>What was being validated, e.g. <c>MMM spec</c>.</summary>
    public string SpecName { get; }

    /// <summary>Every problem found, in the order of the spec's fields.</summary>
    public IReadOnlyList<SpecError> Errors { get; }

    private static string FormatMessage(string specName, IReadOnlyList<SpecError> errors)
    {
        if (errors is null || errors.Count == 0)
            throw new ArgumentException("An invalid spec has at least one error.", nameof(errors));
        string noun = errors.Count == 1 ? "problem" : "problems";
        return $"Invalid {specName} ({errors.Count} {noun}):" + string.Concat(errors.Select(e => Environment.NewLine + "  " + e));
    }
}
