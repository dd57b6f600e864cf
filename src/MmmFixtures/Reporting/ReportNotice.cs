using System.Collections.Generic;

namespace MmmFixtures.Reporting;

/// <summary>
/// Something a reader must know before anything else, shown prominently under the report's title: e.g. that an MMM panel is
/// a deliberately hard case (its pathology label), what makes it hard and what a good model does with it.
/// </summary>
/// <param name="Title">The notice's heading, e.g. <c>Pathology: Collinear</c>.</param>
/// <param name="Lines">Its content, one named paragraph each, e.g. <c>What is hard</c> and <c>What a good model does</c>.</param>
public sealed record ReportNotice(string Title, IReadOnlyList<ReportFact> Lines);
