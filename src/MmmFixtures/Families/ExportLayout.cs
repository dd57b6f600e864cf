namespace MmmFixtures.Families;

/// <summary>
/// A consumer's layout a family can write besides its canonical tables (e.g. <c>meridian</c>, <c>shopify</c>): its
/// files go to a subfolder of the export named after it, so the consumer is pointed at that folder.
/// </summary>
/// <param name="Name">The layout's name: lower case, the value of <c>--layout</c> and the subfolder's name.</param>
/// <param name="Description">One line naming the consumer and the call it feeds.</param>
public sealed record ExportLayout(string Name, string Description);
