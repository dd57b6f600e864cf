using System;
using System.Collections.Generic;

namespace MmmFixtures.Reporting;

/// <summary>
/// What a person should see of one dataset, as data: a family builds it from its spec (through
/// <see cref="Families.IDatasetFamily.Report"/>) and a renderer (the <c>MmmFixtures.Reports</c> package) draws it,
/// so no family holds drawing code and the core runtime needs no graphics library.
/// </summary>
/// <param name="Title">The report's title, e.g. <c>MMM panel: MediumBusiness, seed 42</c>.</param>
/// <param name="Description">One paragraph saying what the dataset is.</param>
/// <param name="Spec">The spec summary, one fact per line (periods, geos, channels, …).</param>
/// <param name="Checks">The validation report: every check with its outcome.</param>
/// <param name="Truth">The truth highlights, as small tables.</param>
/// <param name="Charts">The charts, in reading order.</param>
public sealed record DatasetReport(
    string Title,
    string Description,
    IReadOnlyList<ReportFact> Spec,
    IReadOnlyList<ReportCheck> Checks,
    IReadOnlyList<ReportTable> Truth,
    IReadOnlyList<Chart> Charts)
{
    /// <summary>Notices shown prominently under the title, before the spec (e.g. a pathology label); none by default.</summary>
    public IReadOnlyList<ReportNotice> Notices { get; init; } = Array.Empty<ReportNotice>();
}
