namespace MmmFixtures.Reporting;

/// <summary>One line of a report's spec summary.</summary>
/// <param name="Name">What the fact is, e.g. <c>Periods</c>.</param>
/// <param name="Value">Its value as text (invariant culture), e.g. <c>156 weeks from 2022-01-03</c>.</param>
public sealed record ReportFact(string Name, string Value);
