using System;
using MmmFixtures.Export;

namespace MmmFixtures.Mmm;

/// <summary>A column of a layout's table: its schema and how it writes its value for a row of type <typeparamref name="TRow"/>.</summary>
/// <param name="Schema">The column's name, role, entity and type.</param>
/// <param name="Write">Writes the value of a row.</param>
internal sealed record LayoutColumn<TRow>(ColumnSchema Schema, Action<TableRows, TRow> Write);
