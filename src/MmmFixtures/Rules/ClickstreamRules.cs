namespace MmmFixtures.Rules;

/// <summary>The rule of every numeric field of a clickstream spec (see <see cref="FieldRule"/>).</summary>
internal static class ClickstreamRules
{
    public static readonly FieldRule Days = new("days", "ClickstreamDataset.Days", ValueRange.Closed(1, 3_660), "28",
        "Number of simulated days.", isInteger: true);

    /// <summary>Every rule of the family.</summary>
    public static readonly FieldRule[] All = { Days };
}
