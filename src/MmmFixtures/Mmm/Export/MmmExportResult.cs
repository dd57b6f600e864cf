using System.Collections.Generic;
using MmmFixtures.Export;

namespace MmmFixtures.Mmm;

/// <summary>What an export wrote, and the validation report it was checked against.</summary>
/// <param name="Files">The files written, the manifest last.</param>
/// <param name="Report">The panel's validation report (no errors, or nothing would have been written).</param>
public sealed record MmmExportResult(IReadOnlyList<ExportedFile> Files, MmmValidationReport Report);
