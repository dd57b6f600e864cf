namespace MmmFixtures.Rules;

/// <summary>The rule of every numeric field of a clickstream spec, and its size caps (see <see cref="FieldRule"/>).</summary>
internal static class ClickstreamRules
{
    private static readonly ValueRange Rate = ValueRange.Closed(0, 1);
    private static readonly ValueRange DefectRate = ValueRange.Closed(0, 0.5);
    private static readonly ValueRange Price = ValueRange.AboveTo(0, 1e9);
    private static readonly ValueRange Intensity = ValueRange.Closed(0, 1e6);

    public static readonly FieldRule Days = new("days", "ClickstreamDataset.Days", ValueRange.Closed(1, 3_660), "28",
        "Number of simulated days.", isInteger: true);
    public static readonly FieldRule Users = new("users", "ClickstreamDataset.Users", ValueRange.Closed(1, 50_000_000), "10000",
        "Number of users (ids 1..n).", isInteger: true);
    public static readonly FieldRule UserDays = new("users × days", null, ValueRange.Closed(1, 10_000_000_000), "280000",
        "Simulated user-days; capped so a run stays within reach (checked before anything is allocated).", isInteger: true);
    public static readonly FieldRule RegistrationLeadDays = new("registrationLeadDays", "ClickstreamDataset.RegistrationLeadDays",
        ValueRange.Closed(0, 36_600), "180", "Users register from this many days before the start until the end.", isInteger: true);

    public static readonly FieldRule Items = new("catalog.items", "ClickstreamDataset.Items", ValueRange.Closed(1, 10_000_000), "1000",
        "Number of catalog items (at least one per category).", isInteger: true);
    public static readonly FieldRule PopularityExponent = new("catalog.popularityExponent", "ClickstreamDataset.PopularityExponent",
        ValueRange.Closed(0, 5), "1", "Zipf exponent of item popularity by rank within a category (0 = uniform).");
    public static readonly FieldRule NewItemShare = new("catalog.newItemShare", "ClickstreamDataset.NewItemShare", ValueRange.Closed(0, 0.9), "0.1",
        "Share of items created during the period.");
    public static readonly FieldRule Categories = new("catalog.categories", null, ValueRange.Closed(1, 10_000), "5",
        "Number of categories.", isInteger: true);

    public static readonly FieldRule Weight = new("catalog.categories[].weight", "Category.Weight", ValueRange.AboveTo(0, 1e6), "1",
        "Relative number of items in the category.");
    public static readonly FieldRule PriceMedian = new("catalog.categories[].priceMedian", "Category.PriceMedian", Price, "175",
        "Median base price (the log-normal's e^μ).");
    public static readonly FieldRule PriceSigma = new("catalog.categories[].priceSigma", "Category.PriceSigma", ValueRange.Closed(0, 5), "1.1",
        "σ of the log of the base price.");
    public static readonly FieldRule MinPrice = new("catalog.categories[].minPrice", "Category.MinPrice", Price, "10",
        "Lowest base price.");
    public static readonly FieldRule MaxPrice = new("catalog.categories[].maxPrice", "Category.MaxPrice", Price, "2000",
        "Highest base price (above minPrice).");
    public static readonly FieldRule DiscountProbability = new("catalog.categories[].discountProbability", "Category.DiscountProbability", Rate, "0.3",
        "Probability that an item is discounted.");
    public static readonly FieldRule MinDiscount = new("catalog.categories[].minDiscount", "Category.MinDiscount", ValueRange.FromBelow(0, 1), "0.05",
        "Smallest discount, as a fraction of the base price.");
    public static readonly FieldRule MaxDiscount = new("catalog.categories[].maxDiscount", "Category.MaxDiscount", ValueRange.FromBelow(0, 1), "0.5",
        "Largest discount, as a fraction of the base price (at least minDiscount).");

    public static readonly FieldRule Personas = new("personas", null, ValueRange.Closed(1, 1_000), "3", "Number of personas.", isInteger: true);
    public static readonly FieldRule Share = new("personas[].share", "Persona.Share", Rate, "0",
        "Share of users with the persona; the shares of all personas sum to 1.");
    public static readonly FieldRule SessionsPerWeek = new("personas[].sessionsPerWeek", "Persona.SessionsPerWeek", ValueRange.Closed(0, 500), "2",
        "Mean sessions per week.");
    public static readonly FieldRule PurchaseRate = new("personas[].purchaseRate", "Persona.PurchaseRate", Rate, "0.01",
        "Probability that a session intends to purchase.");
    public static readonly FieldRule ViewsPerSession = new("personas[].viewsPerSession", "Persona.ViewsPerSession", ValueRange.Closed(1, 1_000), "2.5",
        "Mean item views per session.");
    public static readonly FieldRule ScrollRate = new("personas[].scrollRate", "Persona.ScrollRate", Rate, "0.3",
        "Probability that a view is followed by a scroll of the same item.");
    public static readonly FieldRule CartRate = new("personas[].cartRate", "Persona.CartRate", Rate, "0.06",
        "Probability that a view the user does not mean to buy still goes to the cart.");
    public static readonly FieldRule RemoveRate = new("personas[].removeRate", "Persona.RemoveRate", Rate, "0.3",
        "Probability that such a cart addition is removed again.");
    public static readonly FieldRule AffinityConcentration = new("personas[].affinityConcentration", "Persona.AffinityConcentration",
        ValueRange.AboveTo(0, 1e3), "0.5", "Dirichlet concentration of the user's category affinities (small = focused).");

    public static readonly FieldRule HourOfDayCount = new("activity.hourOfDay", null, ValueRange.Closed(24, 24), "24",
        "Number of hour-of-day intensities (one per UTC hour).", isInteger: true);
    public static readonly FieldRule HourOfDay = new("activity.hourOfDay[]", null, Intensity,
        "0.5, 0.35, 0.25, 0.15, 0.15, 0.2, 0.4, 0.7, 0.9, 1, 1.05, 1.1, 1.15, 1.1, 1.05, 1.05, 1.1, 1.3, 1.6, 1.8, 1.8, 1.6, 1.2, 0.8",
        "Relative session-start intensity of a UTC hour (the curve's sum must be positive).");
    public static readonly FieldRule DayOfWeekCount = new("activity.dayOfWeek", null, ValueRange.Closed(7, 7), "7",
        "Number of day-of-week intensities (Monday..Sunday).", isInteger: true);
    public static readonly FieldRule DayOfWeek = new("activity.dayOfWeek[]", null, Intensity, "0.9, 0.9, 0.95, 0.95, 1, 1.15, 1.15",
        "Relative session-start intensity of a weekday (the curve's sum must be positive).");
    public static readonly FieldRule GapMedianSeconds = new("activity.gapMedianSeconds", "ClickstreamDataset.GapMedianSeconds",
        ValueRange.AboveTo(0, 86_400), "35", "Median seconds between two events of a session.");
    public static readonly FieldRule GapSigma = new("activity.gapSigma", "ClickstreamDataset.GapSigma", ValueRange.Closed(0, 5), "1.3",
        "σ of the log of the gap between events.");
    public static readonly FieldRule IdleTimeoutMinutes = new("activity.idleTimeoutMinutes", "ClickstreamDataset.IdleTimeoutMinutes",
        ValueRange.AboveTo(0, 1_440), "30", "A gap longer than this ends the session.");

    public static readonly FieldRule DuplicateEventRate = new("defects.duplicateEventRate", "ClickstreamDataset.DuplicateEventRate", DefectRate, "0",
        "Probability that an event is delivered twice.");
    public static readonly FieldRule NullCategoryRate = new("defects.nullCategoryRate", "ClickstreamDataset.NullCategoryRate", Rate, "0",
        "Probability that an item's category is missing in the observable catalog.");
    public static readonly FieldRule LateEventRate = new("defects.lateEventRate", "ClickstreamDataset.LateEventRate", DefectRate, "0",
        "Probability that an event arrives late.");
    public static readonly FieldRule LateEventMaxMinutes = new("defects.lateEventMaxMinutes", null, ValueRange.AboveTo(0, 10_080), "120",
        "Longest arrival delay of a late event, in minutes.");
    public static readonly FieldRule BotUserShare = new("defects.botUserShare", "ClickstreamDataset.BotUserShare", DefectRate, "0",
        "Share of users that are bots.");

    /// <summary>Every rule of the family.</summary>
    public static readonly FieldRule[] All =
    {
        Days, Users, UserDays, RegistrationLeadDays, Items, PopularityExponent, NewItemShare, Categories,
        Weight, PriceMedian, PriceSigma, MinPrice, MaxPrice, DiscountProbability, MinDiscount, MaxDiscount,
        Personas, Share, SessionsPerWeek, PurchaseRate, ViewsPerSession, ScrollRate, CartRate, RemoveRate, AffinityConcentration,
        HourOfDayCount, HourOfDay, DayOfWeekCount, DayOfWeek, GapMedianSeconds, GapSigma, IdleTimeoutMinutes,
        DuplicateEventRate, NullCategoryRate, LateEventRate, LateEventMaxMinutes, BotUserShare,
    };
}
