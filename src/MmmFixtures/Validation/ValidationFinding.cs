namespace MmmFixtures.Validation;

/// <summary>How serious a finding of a dataset validator is.</summary>
public enum ValidationSeverity
{
    /// <summary>The dataset is unusable or breaks a promise (NaN, broken identity, …): exports refuse it.</summary>
    Error,
    /// <summary>The dataset is valid but a modeller should know (negative y, a negligible channel, …).</summary>
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
