using System.Collections.Generic;

namespace MmmFixtures.Generators;

/// <summary>
/// Where each clickstream attribute property lands in <c>ClickstreamSpec</c>. Ranges are not here: the shared
/// rule table (<c>RuleTable.ForAttribute</c>) checks the values.
/// </summary>
internal static class ClickstreamSpecTargets
{
    public static readonly IReadOnlyDictionary<string, SpecTarget> Dataset = new Dictionary<string, SpecTarget>
    {
        ["Seed"] = new("", "Seed"),
        ["Days"] = new("", "Days"),
        ["Users"] = new("", "Users"),
        ["RegistrationLeadDays"] = new("", "RegistrationLeadDays"),
        ["Items"] = new("Catalog", "Items"),
        ["PopularityExponent"] = new("Catalog", "PopularityExponent"),
        ["NewItemShare"] = new("Catalog", "NewItemShare"),
        ["GapMedianSeconds"] = new("Activity", "GapMedianSeconds"),
        ["GapSigma"] = new("Activity", "GapSigma"),
        ["IdleTimeoutMinutes"] = new("Activity", "IdleTimeoutMinutes"),
        ["DuplicateEventRate"] = new("Defects", "DuplicateEventRate"),
        ["NullCategoryRate"] = new("Defects", "NullCategoryRate"),
        ["LateEventRate"] = new("Defects", "LateEventRate"),
        ["BotUserShare"] = new("Defects", "BotUserShare"),
    };

    public static readonly IReadOnlyDictionary<string, SpecTarget> Persona = Own(
        "Share", "SessionsPerWeek", "PurchaseRate", "ViewsPerSession", "ScrollRate", "CartRate", "RemoveRate", "AffinityConcentration");

    public static readonly IReadOnlyDictionary<string, SpecTarget> Category = Own(
        "Weight", "PriceMedian", "PriceSigma", "MinPrice", "MaxPrice", "DiscountProbability", "MinDiscount", "MaxDiscount");

    // Properties that keep their name on the record itself.
    private static IReadOnlyDictionary<string, SpecTarget> Own(params string[] properties)
    {
        var targets = new Dictionary<string, SpecTarget>();
        foreach (string property in properties) targets.Add(property, new SpecTarget("", property));
        return targets;
    }
}
