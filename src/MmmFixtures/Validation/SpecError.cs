namespace MmmFixtures.Validation;

/// <summary>
/// One problem with a dataset spec: where it is (<see cref="Path"/>, e.g. <c>channels[2].adstock.alpha</c>),
/// the offending value, and what would be allowed.
/// </summary>
/// <param name="Path">The field's path in the spec, in JSON-like notation.</param>
/// <param name="Value">The offending value as text (invariant culture), or null when the field is missing.</param>
/// <param name="Requirement">What the field must satisfy, e.g. <c>must be in [0, 1)</c>.</param>
public sealed record SpecError(string Path, string? Value, string Requirement)
{
    /// <summary>The error as one line: <c>channels[2].adstock.alpha = 1.3: must be in [0, 1)</c>.</summary>
    public override string ToString() => Value is null ? $"{Path}: {Requirement}" : $"{Path} = {Value}: {Requirement}";
}
