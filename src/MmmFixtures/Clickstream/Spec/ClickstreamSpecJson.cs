using System.Text.Json;
using MmmFixtures.Json;
using MmmFixtures.Validation;

namespace MmmFixtures.Clickstream;

/// <summary>
/// The JSON form of a <see cref="ClickstreamSpec"/>, as the CLI reads it and <c>--print-spec</c> prints it.
/// camelCase names, dates <c>yyyy-MM-dd</c>; a missing property takes its default, an unknown or repeated one is an error.
/// </summary>
public static class ClickstreamSpecJson
{
    private const string SpecName = "clickstream spec";

    /// <summary>Reads a spec; throws a <see cref="SpecValidationException"/> listing every syntax, type or unknown-property problem.</summary>
    public static ClickstreamSpec Read(string json) => SpecJsonText.Read(json, SpecName, Spec, new ClickstreamSpec());

    /// <summary>The spec as indented JSON text (LF line endings).</summary>
    public static string Write(ClickstreamSpec spec) => SpecJsonText.Write(Spec, spec);

    /// <summary>Writes the spec as one JSON object.</summary>
    public static void Write(Utf8JsonWriter w, ClickstreamSpec spec) => SpecJsonText.Write(w, Spec, spec);

    private static readonly JsonFields<CategorySpec> Category = new(
        JsonField.String<CategorySpec>("name", c => c.Name, (c, v) => c with { Name = v }),
        JsonField.Number<CategorySpec>("weight", c => c.Weight, (c, v) => c with { Weight = v }),
        JsonField.Number<CategorySpec>("priceMedian", c => c.PriceMedian, (c, v) => c with { PriceMedian = v }),
        JsonField.Number<CategorySpec>("priceSigma", c => c.PriceSigma, (c, v) => c with { PriceSigma = v }),
        JsonField.Number<CategorySpec>("minPrice", c => c.MinPrice, (c, v) => c with { MinPrice = v }),
        JsonField.Number<CategorySpec>("maxPrice", c => c.MaxPrice, (c, v) => c with { MaxPrice = v }),
        JsonField.Number<CategorySpec>("discountProbability", c => c.DiscountProbability, (c, v) => c with { DiscountProbability = v }),
        JsonField.Number<CategorySpec>("minDiscount", c => c.MinDiscount, (c, v) => c with { MinDiscount = v }),
        JsonField.Number<CategorySpec>("maxDiscount", c => c.MaxDiscount, (c, v) => c with { MaxDiscount = v }));

    private static readonly JsonFields<CatalogSpec> Catalog = new(
        JsonField.Integer<CatalogSpec>("items", c => c.Items, (c, v) => c with { Items = v }),
        JsonField.Number<CatalogSpec>("popularityExponent", c => c.PopularityExponent, (c, v) => c with { PopularityExponent = v }),
        JsonField.Number<CatalogSpec>("newItemShare", c => c.NewItemShare, (c, v) => c with { NewItemShare = v }),
        JsonField.Array<CatalogSpec, CategorySpec>("categories", Category, () => new CategorySpec(""), c => c.Categories, (c, v) => c with { Categories = v }));

    private static readonly JsonFields<PersonaSpec> Persona = new(
        JsonField.String<PersonaSpec>("name", p => p.Name, (p, v) => p with { Name = v }),
        JsonField.Number<PersonaSpec>("share", p => p.Share, (p, v) => p with { Share = v }),
        JsonField.Number<PersonaSpec>("sessionsPerWeek", p => p.SessionsPerWeek, (p, v) => p with { SessionsPerWeek = v }),
        JsonField.Number<PersonaSpec>("purchaseRate", p => p.PurchaseRate, (p, v) => p with { PurchaseRate = v }),
        JsonField.Number<PersonaSpec>("viewsPerSession", p => p.ViewsPerSession, (p, v) => p with { ViewsPerSession = v }),
        JsonField.Number<PersonaSpec>("scrollRate", p => p.ScrollRate, (p, v) => p with { ScrollRate = v }),
        JsonField.Number<PersonaSpec>("cartRate", p => p.CartRate, (p, v) => p with { CartRate = v }),
        JsonField.Number<PersonaSpec>("removeRate", p => p.RemoveRate, (p, v) => p with { RemoveRate = v }),
        JsonField.Number<PersonaSpec>("affinityConcentration", p => p.AffinityConcentration, (p, v) => p with { AffinityConcentration = v }));

    private static readonly JsonFields<ActivitySpec> Activity = new(
        JsonField.Numbers<ActivitySpec>("hourOfDay", a => a.HourOfDay, (a, v) => a with { HourOfDay = v }),
        JsonField.Numbers<ActivitySpec>("dayOfWeek", a => a.DayOfWeek, (a, v) => a with { DayOfWeek = v }),
        JsonField.Number<ActivitySpec>("gapMedianSeconds", a => a.GapMedianSeconds, (a, v) => a with { GapMedianSeconds = v }),
        JsonField.Number<ActivitySpec>("gapSigma", a => a.GapSigma, (a, v) => a with { GapSigma = v }),
        JsonField.Number<ActivitySpec>("idleTimeoutMinutes", a => a.IdleTimeoutMinutes, (a, v) => a with { IdleTimeoutMinutes = v }));

    private static readonly JsonFields<DefectSpec> Defects = new(
        JsonField.Number<DefectSpec>("duplicateEventRate", d => d.DuplicateEventRate, (d, v) => d with { DuplicateEventRate = v }),
        JsonField.Number<DefectSpec>("nullCategoryRate", d => d.NullCategoryRate, (d, v) => d with { NullCategoryRate = v }),
        JsonField.Number<DefectSpec>("lateEventRate", d => d.LateEventRate, (d, v) => d with { LateEventRate = v }),
        JsonField.Number<DefectSpec>("lateEventMaxMinutes", d => d.LateEventMaxMinutes, (d, v) => d with { LateEventMaxMinutes = v }),
        JsonField.Number<DefectSpec>("botUserShare", d => d.BotUserShare, (d, v) => d with { BotUserShare = v }));

    private static readonly JsonFields<ClickstreamSpec> Spec = new(
        JsonField.UInt64<ClickstreamSpec>("seed", s => s.Seed, (s, v) => s with { Seed = v }),
        JsonField.Date<ClickstreamSpec>("startDate", s => s.StartDate, (s, v) => s with { StartDate = v }),
        JsonField.Integer<ClickstreamSpec>("days", s => s.Days, (s, v) => s with { Days = v }),
        JsonField.Integer<ClickstreamSpec>("users", s => s.Users, (s, v) => s with { Users = v }),
        JsonField.Integer<ClickstreamSpec>("registrationLeadDays", s => s.RegistrationLeadDays, (s, v) => s with { RegistrationLeadDays = v }),
        JsonField.Object<ClickstreamSpec, CatalogSpec>("catalog", Catalog, s => s.Catalog, (s, v) => s with { Catalog = v }),
        JsonField.Array<ClickstreamSpec, PersonaSpec>("personas", Persona, () => new PersonaSpec(""), s => s.Personas, (s, v) => s with { Personas = v }),
        JsonField.Object<ClickstreamSpec, ActivitySpec>("activity", Activity, s => s.Activity, (s, v) => s with { Activity = v }),
        JsonField.Object<ClickstreamSpec, DefectSpec>("defects", Defects, s => s.Defects, (s, v) => s with { Defects = v }));
}
