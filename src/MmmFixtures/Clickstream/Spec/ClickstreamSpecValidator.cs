using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Naming;
using MmmFixtures.Rules;
using MmmFixtures.Validation;

namespace MmmFixtures.Clickstream;

/// <summary>
/// Checks a <see cref="ClickstreamSpec"/> and reports every problem with its path and allowed range. Every
/// range comes from the rule table the source generator also checks at build time.
/// </summary>
public static class ClickstreamSpecValidator
{
    /// <summary>How far the persona shares may be from summing to 1.</summary>
    public const double ShareTolerance = ClickstreamCrossRules.ShareTolerance;

    /// <summary>All problems of <paramref name="spec"/> (empty when it is valid; at most the first 1 000).</summary>
    public static IReadOnlyList<SpecError> Validate(ClickstreamSpec spec) => Collect(spec).Errors;

    /// <summary>Throws a <see cref="SpecValidationException"/> listing every problem, if there are any.</summary>
    public static void ThrowIfInvalid(ClickstreamSpec spec) => Collect(spec).ThrowIfInvalid("clickstream spec");

    private static SpecErrorCollector Collect(ClickstreamSpec spec)
    {
        if (spec is null) throw new ArgumentNullException(nameof(spec));
        var e = new SpecErrorCollector();
        e.Check(ClickstreamRules.Days, spec.Days);
        e.Check(ClickstreamRules.Users, spec.Users);
        e.CheckSize(ClickstreamRules.UserDays, ClickstreamCrossRules.UserDays(Math.Max(0, spec.Users), Math.Max(0, spec.Days)));
        e.Check(ClickstreamRules.RegistrationLeadDays, spec.RegistrationLeadDays);
        e.Require(spec.StartDate.TimeOfDay == TimeSpan.Zero, "startDate", spec.StartDate.ToString("s"), "must be a date (midnight UTC)");
        if (e.Require(CalendarRules.Contains(spec.StartDate), "startDate", CalendarRules.Text(spec.StartDate), CalendarRules.DateRequirement))
            e.Require(CalendarRules.SpanFits(spec.StartDate, spec.Days), "days", spec.Days,
                CalendarRules.SpanRequirement($"the period from {CalendarRules.Text(spec.StartDate)}"));

        ValidateCatalog(spec.Catalog, e);
        ValidatePersonas(spec.Personas, e);

        var a = spec.Activity;
        e.CheckCurve(ClickstreamRules.HourOfDayCount, ClickstreamRules.HourOfDay, a.HourOfDay);
        e.CheckCurve(ClickstreamRules.DayOfWeekCount, ClickstreamRules.DayOfWeek, a.DayOfWeek);
        e.Check(ClickstreamRules.GapMedianSeconds, a.GapMedianSeconds);
        e.Check(ClickstreamRules.GapSigma, a.GapSigma);
        e.Check(ClickstreamRules.IdleTimeoutMinutes, a.IdleTimeoutMinutes);
        var d = spec.Defects;
        e.Check(ClickstreamRules.DuplicateEventRate, d.DuplicateEventRate);
        e.Check(ClickstreamRules.NullCategoryRate, d.NullCategoryRate);
        e.Check(ClickstreamRules.LateEventRate, d.LateEventRate);
        e.Check(ClickstreamRules.LateEventMaxMinutes, d.LateEventMaxMinutes);
        e.Check(ClickstreamRules.BotUserShare, d.BotUserShare);
        return e;
    }

    private static void ValidateCatalog(CatalogSpec catalog, SpecErrorCollector e)
    {
        e.Check(ClickstreamRules.Items, catalog.Items);
        e.Check(ClickstreamRules.PopularityExponent, catalog.PopularityExponent);
        e.Check(ClickstreamRules.NewItemShare, catalog.NewItemShare);
        if (!e.CheckCount(ClickstreamRules.Categories, catalog.Categories?.Count, "category", "categories")) return;
        var categories = catalog.Categories!;
        e.Require(catalog.Items >= categories.Count, "catalog.items", catalog.Items,
            $"must be at least the number of categories ({categories.Count}) so every category has an item");
        var duplicates = NameCollision.Find(categories.Select(c => c.Name).ToArray())
            .Where(c => c.Kind == NameCollisionKind.Exact).ToDictionary(c => c.Second);
        for (int i = 0; i < categories.Count; i++)
        {
            var c = categories[i];
            string name = $"catalog.categories[{i}].name";
            if (EntityNames.ValueNameProblem(c.Name) is { } problem) e.Add(name, c.Name, problem);
            else if (duplicates.ContainsKey(i)) e.Add(name, c.Name, "must be unique among categories");
            e.Check(ClickstreamRules.Weight, c.Weight, i);
            if (e.Check(ClickstreamRules.MinPrice, c.MinPrice, i))
                e.Check(ClickstreamRules.MaxPrice, ClickstreamRules.MaxPrice.Range.WithMin(c.MinPrice, inclusive: false), c.MaxPrice, i);
            e.Check(ClickstreamRules.PriceMedian, c.PriceMedian, i);
            e.Check(ClickstreamRules.PriceSigma, c.PriceSigma, i);
            e.Check(ClickstreamRules.DiscountProbability, c.DiscountProbability, i);
            if (e.Check(ClickstreamRules.MinDiscount, c.MinDiscount, i))
                e.Check(ClickstreamRules.MaxDiscount, ClickstreamRules.MaxDiscount.Range.WithMin(c.MinDiscount, inclusive: true), c.MaxDiscount, i);
        }
    }

    private static void ValidatePersonas(IReadOnlyList<PersonaSpec>? personas, SpecErrorCollector e)
    {
        if (!e.CheckCount(ClickstreamRules.Personas, personas?.Count, "persona", "personas")) return;
        var problems = NameCollision.Problems(personas!.Select(p => p.Name).ToArray(), "personas");
        for (int i = 0; i < personas!.Count; i++)
        {
            var p = personas[i];
            if (problems.TryGetValue(i, out string? problem)) e.Add($"personas[{i}].name", p.Name, problem);
            e.Check(ClickstreamRules.Share, p.Share, i);
            e.Check(ClickstreamRules.SessionsPerWeek, p.SessionsPerWeek, i);
            e.Check(ClickstreamRules.PurchaseRate, p.PurchaseRate, i);
            e.Check(ClickstreamRules.ViewsPerSession, p.ViewsPerSession, i);
            e.Check(ClickstreamRules.ScrollRate, p.ScrollRate, i);
            e.Check(ClickstreamRules.CartRate, p.CartRate, i);
            e.Check(ClickstreamRules.RemoveRate, p.RemoveRate, i);
            e.Check(ClickstreamRules.AffinityConcentration, p.AffinityConcentration, i);
        }
        if (!ClickstreamCrossRules.SharesSumToOne(personas.Select(p => p.Share), out double total))
            e.Add("personas[*].share", Math.Round(total, 12), ClickstreamCrossRules.SharesRequirement);
    }
}
