namespace MmmFixtures.Generators;

/// <summary>
/// The runtime types and calls a family's fixture is built from, as C# source with <c>global::</c> names.
/// </summary>
/// <param name="Kind">How the class summary names the fixture, e.g. <c>marketing-mix</c>.</param>
/// <param name="SpecType">The spec record <c>CreateSpec()</c> returns.</param>
/// <param name="DataType">What generation returns, held by the fixture.</param>
/// <param name="Generate">The runtime call from spec to data.</param>
/// <param name="Export">The runtime call that writes the data into a folder, returning an ExportResult.</param>
/// <param name="DataProperty">The fixture's property holding the data.</param>
/// <param name="DataDoc">That property's summary.</param>
/// <param name="ExportDoc">WriteCsv's summary.</param>
/// <param name="Family">The family descriptor type, whose <c>Instance</c> builds the report.</param>
/// <param name="ExportOptions">The export call's third argument when it takes one (the CSV options), else null.</param>
internal sealed record FixtureSurface(string Kind, string SpecType, string DataType, string Generate, string Export,
    string DataProperty, string DataDoc, string ExportDoc, string Family, string? ExportOptions = null);
