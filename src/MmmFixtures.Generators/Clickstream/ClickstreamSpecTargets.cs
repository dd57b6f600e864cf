namespace MmmFixtures.Generators;

/// <summary>Where each clickstream attribute property lands in <c>ClickstreamSpec</c> (values are checked by the shared rule table).</summary>
internal static class ClickstreamSpecTargets
{
    public static readonly IReadOnlyDictionary<string, SpecTarget> Dataset = SpecTarget.Table(
        ("", "Seed Days Users RegistrationLeadDays"),
        ("Catalog", "Items PopularityExponent NewItemShare"),
        ("Activity", "GapMedianSeconds GapSigma IdleTimeoutMinutes"),
        ("Defects", "DuplicateEventRate NullCategoryRate LateEventRate BotUserShare"));

    public static readonly IReadOnlyDictionary<string, SpecTarget> Persona = SpecTarget.Table(
        ("", "Share SessionsPerWeek PurchaseRate ViewsPerSession ScrollRate CartRate RemoveRate AffinityConcentration"));

    /// <summary>Category properties bounded by another, as the runtime validator bounds them.</summary>
    public static readonly LowerBound[] CategoryBounds =
    {
        new("MaxPrice", "MinPrice", Inclusive: false),
        new("MaxDiscount", "MinDiscount", Inclusive: true),
    };

    public static readonly IReadOnlyDictionary<string, SpecTarget> Category = SpecTarget.Table(
        ("", "Weight PriceMedian PriceSigma MinPrice MaxPrice DiscountProbability MinDiscount MaxDiscount"));
}
