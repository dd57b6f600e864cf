namespace MmmFixtures.Rules;

/// <summary>The rule of every numeric field of an MMM spec (see <see cref="FieldRule"/>).</summary>
internal static class MmmRules
{
    public static readonly FieldRule Periods = new("periods", "MmmDataset.Periods", ValueRange.Closed(1, 100_000), "104",
        "Number of periods (rows per geo).", isInteger: true);

    public static readonly FieldRule AdstockAlpha = new("channels[].adstock.alpha", "Channel.AdstockAlpha",
        new ValueRange(0, 1, maxInclusive: false), "0.5", "Geometric or delayed carry-over rate α.");

    /// <summary>Every rule of the family.</summary>
    public static readonly FieldRule[] All = { Periods, AdstockAlpha };
}
