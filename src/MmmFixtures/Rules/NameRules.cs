namespace MmmFixtures.Rules;

/// <summary>The length cap of every entity name (channels, controls, events, personas, geos, categories).</summary>
internal static class NameRules
{
    /// <summary>Names are 1 to 64 characters long.</summary>
    public static readonly FieldRule Length = new("[].name length", null, ValueRange.Closed(1, 64), "none",
        "Length of an entity name in characters.", isInteger: true);

    /// <summary>The requirement a too-long name breaks.</summary>
    public static string LengthRequirement => $"must be at most {ValueRange.Format(Length.Range.Max)} characters long";
}
