using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Validation;

namespace MmmFixtures.Mmm;

/// <summary>The typed result of validating a generated panel.</summary>
public sealed class MmmValidationReport
{
    internal MmmValidationReport(IReadOnlyList<ValidationFinding> findings, MmmValidationMeasures measures)
    {
        Findings = findings;
        Measures = measures;
    }

    /// <summary>Every finding, errors first.</summary>
    public IReadOnlyList<ValidationFinding> Findings { get; }

    /// <summary>The numbers behind the checks, including those that passed.</summary>
    public MmmValidationMeasures Measures { get; }

    /// <summary>The errors.</summary>
    public IReadOnlyList<ValidationFinding> Errors => Findings.Where(f => f.Severity == ValidationSeverity.Error).ToArray();

    /// <summary>The warnings.</summary>
    public IReadOnlyList<ValidationFinding> Warnings => Findings.Where(f => f.Severity == ValidationSeverity.Warning).ToArray();

    /// <summary>True when there is no error (warnings allowed).</summary>
    public bool IsValid => Findings.All(f => f.Severity != ValidationSeverity.Error);
}
