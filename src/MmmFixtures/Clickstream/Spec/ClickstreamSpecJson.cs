using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using MmmFixtures.Export;
using MmmFixtures.Json;
using MmmFixtures.Validation;

namespace MmmFixtures.Clickstream;

/// <summary>
/// The JSON form of a <see cref="ClickstreamSpec"/>, as the CLI reads it and <c>--print-spec</c> prints it.
/// camelCase names, dates <c>yyyy-MM-dd</c>; a missing property takes its default, an unknown one is an error.
/// </summary>
public static class ClickstreamSpecJson
{
    private const string SpecName = "clickstream spec";

    /// <summary>Reads a spec; throws a <see cref="SpecValidationException"/> listing every syntax, type or unknown-property problem.</summary>
    public static ClickstreamSpec Read(string json) => SpecJsonText.Read(json, SpecName, ReadSpec);

    /// <summary>The spec as indented JSON text (LF line endings).</summary>
    public static string Write(ClickstreamSpec spec) => SpecJsonText.Write(w => Write(w, spec));

    /// <summary>Writes the spec as one JSON object.</summary>
    public static void Write(Utf8JsonWriter w, ClickstreamSpec spec)
    {
        w.WriteStartObject();
        w.WriteNumber("seed", spec.Seed);
        w.WriteString("startDate", spec.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteNumber("days", spec.Days);
        w.WriteNumber("users", spec.Users);
        w.WriteNumber("registrationLeadDays", spec.RegistrationLeadDays);
        w.WriteStartObject("catalog");
        w.WriteNumber("items", spec.Catalog.Items);
        w.WriteNumber("popularityExponent", spec.Catalog.PopularityExponent);
        w.WriteNumber("newItemShare", spec.Catalog.NewItemShare);
        w.WriteStartArray("categories");
        foreach (var c in spec.Catalog.Categories)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WriteNumber("weight", c.Weight);
            w.WriteNumber("priceMedian", c.PriceMedian);
            w.WriteNumber("priceSigma", c.PriceSigma);
            w.WriteNumber("minPrice", c.MinPrice);
            w.WriteNumber("maxPrice", c.MaxPrice);
            w.WriteNumber("discountProbability", c.DiscountProbability);
            w.WriteNumber("minDiscount", c.MinDiscount);
            w.WriteNumber("maxDiscount", c.MaxDiscount);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartArray("personas");
        foreach (var p in spec.Personas)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteNumber("share", p.Share);
            w.WriteNumber("sessionsPerWeek", p.SessionsPerWeek);
            w.WriteNumber("purchaseRate", p.PurchaseRate);
            w.WriteNumber("viewsPerSession", p.ViewsPerSession);
            w.WriteNumber("scrollRate", p.ScrollRate);
            w.WriteNumber("cartRate", p.CartRate);
            w.WriteNumber("removeRate", p.RemoveRate);
            w.WriteNumber("affinityConcentration", p.AffinityConcentration);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("activity");
        WriteNumbers(w, "hourOfDay", spec.Activity.HourOfDay);
        WriteNumbers(w, "dayOfWeek", spec.Activity.DayOfWeek);
        w.WriteNumber("gapMedianSeconds", spec.Activity.GapMedianSeconds);
        w.WriteNumber("gapSigma", spec.Activity.GapSigma);
        w.WriteNumber("idleTimeoutMinutes", spec.Activity.IdleTimeoutMinutes);
        w.WriteEndObject();
        w.WriteStartObject("defects");
        w.WriteNumber("duplicateEventRate", spec.Defects.DuplicateEventRate);
        w.WriteNumber("nullCategoryRate", spec.Defects.NullCategoryRate);
        w.WriteNumber("lateEventRate", spec.Defects.LateEventRate);
        w.WriteNumber("lateEventMaxMinutes", spec.Defects.LateEventMaxMinutes);
        w.WriteNumber("botUserShare", spec.Defects.BotUserShare);
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteNumbers(Utf8JsonWriter w, string name, IReadOnlyList<double> values)
    {
        w.WriteStartArray(name);
        foreach (double v in values) w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    private static ClickstreamSpec? ReadSpec(JsonElement root, SpecErrorCollector errors)
    {
        var o = JsonObjectReader.Open(root, "", errors);
        if (o is null) return null;
        var d = new ClickstreamSpec();
        var spec = new ClickstreamSpec
        {
            Seed = o.UInt64("seed", d.Seed),
            StartDate = o.Date("startDate", d.StartDate),
            Days = o.Integer("days", d.Days),
            Users = o.Integer("users", d.Users),
            RegistrationLeadDays = o.Integer("registrationLeadDays", d.RegistrationLeadDays),
            Catalog = o.Object("catalog", c => new CatalogSpec
            {
                Items = c.Integer("items", d.Catalog.Items),
                PopularityExponent = c.Number("popularityExponent", d.Catalog.PopularityExponent),
                NewItemShare = c.Number("newItemShare", d.Catalog.NewItemShare),
                Categories = c.Array("categories", k =>
                {
                    var x = new CategorySpec(k.String("name", ""));
                    return x with
                    {
                        Weight = k.Number("weight", x.Weight),
                        PriceMedian = k.Number("priceMedian", x.PriceMedian),
                        PriceSigma = k.Number("priceSigma", x.PriceSigma),
                        MinPrice = k.Number("minPrice", x.MinPrice),
                        MaxPrice = k.Number("maxPrice", x.MaxPrice),
                        DiscountProbability = k.Number("discountProbability", x.DiscountProbability),
                        MinDiscount = k.Number("minDiscount", x.MinDiscount),
                        MaxDiscount = k.Number("maxDiscount", x.MaxDiscount),
                    };
                }) ?? d.Catalog.Categories,
            }) ?? d.Catalog,
            Personas = o.Array("personas", p =>
            {
                var x = new PersonaSpec(p.String("name", ""));
                return x with
                {
                    Share = p.Number("share", x.Share),
                    SessionsPerWeek = p.Number("sessionsPerWeek", x.SessionsPerWeek),
                    PurchaseRate = p.Number("purchaseRate", x.PurchaseRate),
                    ViewsPerSession = p.Number("viewsPerSession", x.ViewsPerSession),
                    ScrollRate = p.Number("scrollRate", x.ScrollRate),
                    CartRate = p.Number("cartRate", x.CartRate),
                    RemoveRate = p.Number("removeRate", x.RemoveRate),
                    AffinityConcentration = p.Number("affinityConcentration", x.AffinityConcentration),
                };
            }) ?? d.Personas,
            Activity = o.Object("activity", a => new ActivitySpec
            {
                HourOfDay = a.Numbers("hourOfDay") ?? d.Activity.HourOfDay,
                DayOfWeek = a.Numbers("dayOfWeek") ?? d.Activity.DayOfWeek,
                GapMedianSeconds = a.Number("gapMedianSeconds", d.Activity.GapMedianSeconds),
                GapSigma = a.Number("gapSigma", d.Activity.GapSigma),
                IdleTimeoutMinutes = a.Number("idleTimeoutMinutes", d.Activity.IdleTimeoutMinutes),
            }) ?? d.Activity,
            Defects = o.Object("defects", x => new DefectSpec
            {
                DuplicateEventRate = x.Number("duplicateEventRate", 0),
                NullCategoryRate = x.Number("nullCategoryRate", 0),
                LateEventRate = x.Number("lateEventRate", 0),
                LateEventMaxMinutes = x.Number("lateEventMaxMinutes", d.Defects.LateEventMaxMinutes),
                BotUserShare = x.Number("botUserShare", 0),
            }) ?? d.Defects,
        };
        o.ReportUnknown();
        return spec;
    }
}
