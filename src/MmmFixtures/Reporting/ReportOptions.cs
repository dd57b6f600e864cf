namespace MmmFixtures.Reporting;

/// <summary>Choices a report leaves to its reader.</summary>
/// <param name="Focus">The entity that single-entity charts show (an MMM geo, a commerce tenant); null: the first one.</param>
public sealed record ReportOptions(string? Focus = null);
