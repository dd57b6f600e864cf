namespace MmmFixtures.Export;

/// <summary>One column of an exported table: its name, its role and the spec entity it belongs to.</summary>
/// <param name="Name">The column's name in the file's header.</param>
/// <param name="Role">What it holds.</param>
/// <param name="Entity">The channel, control, event or category it belongs to, as named in the spec, or null.</param>
internal sealed record ColumnSchema(string Name, ColumnRole Role, string? Entity = null);
