using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Mmm;

/// <summary>How serious a finding of <see cref="MmmPanelValidator"/> is.</summary>
public enum ValidationSeverity
{
    /// <summary>The panel is unusable or breaks a promise (NaN, broken identity, …): exports refuse it.</summary>
    Error,
    /// <summary>The panel is valid but a modeller should know (negative y, a negligible channel, …).</summary>
    Warning,
}

/// <summary>One finding: its severity, a stable code (e.g. <c>identity</c>, <c>negative-y</c>) and a message.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">A stable, machine-readable code.</param>
/// <param name="Message">What was found, with numbers.</param>
public sealed record ValidationFinding(ValidationSeverity Severity, string Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}

/// <summary>The typed result of validating a generated panel.</summary>
public sealed class MmmValidationReport
{
    internal MmmValidationReport(IReadOnlyList<ValidationFinding> findings) => Findings = findings;

    /// <summary>Every finding, errors first.</summary>
    public IReadOnlyList<ValidationFinding> Findings { get; }

    /// <summary>The errors.</summary>
    public IReadOnlyList<ValidationFinding> Errors => Findings.Where(f => f.Severity == ValidationSeverity.Error).ToArray();

    /// <summary>The warnings.</summary>
    public IReadOnlyList<ValidationFinding> Warnings => Findings.Where(f => f.Severity == ValidationSeverity.Warning).ToArray();

    /// <summary>True when there is no error (warnings allowed).</summary>
    public bool IsValid => Findings.All(f => f.Severity != ValidationSeverity.Error);
}
