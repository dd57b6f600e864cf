using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Validation;

namespace MmmFixtures.Export;

/// <summary>What an export wrote, for every family: the folder, its files (the manifest last) and the findings of the dataset's validation.</summary>
/// <param name="Folder">The export folder's full path.</param>
/// <param name="Files">The files written, in manifest order, <c>manifest.json</c> last.</param>
/// <param name="Findings">The validation findings the export was checked against (no errors, or nothing would have been written).</param>
public sealed record ExportResult(string Folder, IReadOnlyList<ExportedFile> Files, IReadOnlyList<ValidationFinding> Findings)
{
    /// <summary>The warnings among <see cref="Findings"/>.</summary>
    public IReadOnlyList<ValidationFinding> Warnings => Findings.Where(f => f.Severity == ValidationSeverity.Warning).ToArray();

    /// <summary>The exported dataset's report, when <see cref="Families.DatasetExportOptions.Report"/> asked for one; else null.</summary>
    public Reporting.DatasetReport? Report { get; init; }
}
