using System.Collections.Generic;

namespace MmmFixtures.Reporting;

/// <summary>A small table of a report (truth highlights): cells are already formatted text.</summary>
/// <param name="Title">The table's caption.</param>
/// <param name="Columns">The column headers.</param>
/// <param name="Rows">The rows, each with one cell per column.</param>
public sealed record ReportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
