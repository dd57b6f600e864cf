namespace MmmFixtures.Export;

/// <summary>One column of an exported table: its name, its role, the spec entity it belongs to and its value type.</summary>
/// <param name="Name">The column's name in the file's header.</param>
/// <param name="Role">What it holds.</param>
/// <param name="Entity">The channel, control, event, category or tenant it belongs to, as named in the spec, or null.</param>
/// <param name="Type">The value type, which typed formats store it as.</param>
/// <param name="Nullable">Whether rows may leave it empty (<see cref="TableRows.Null"/>).</param>
internal sealed record ColumnSchema(string Name, ColumnRole Role, string? Entity = null, ColumnType Type = ColumnType.Double, bool Nullable = false);
