using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Naming;
using MmmFixtures.Validation;

namespace MmmFixtures.Clickstream;

/// <summary>Checks a <see cref="ClickstreamSpec"/> and reports every problem with its path and allowed range.</summary>
public static class ClickstreamSpecValidator
{
    /// <summary>How far the persona shares may be from summing to 1.</summary>
    public const double ShareTolerance = 1e-9;

    /// <summary>All problems of <paramref name="spec"/> (empty when it is valid).</summary>
    public static IReadOnlyList<SpecError> Validate(ClickstreamSpec spec)
    {
        if (spec is null) throw new ArgumentNullException(nameof(spec));
        var e = new SpecErrorCollector();
        e.InRange("days", spec.Days, 1, 3_660);
        e.InRange("users", spec.Users, 1, 50_000_000);
        e.InRange("registrationLeadDays", spec.RegistrationLeadDays, 0, 36_600);
        e.Require(spec.StartDate.TimeOfDay == TimeSpan.Zero, "startDate", spec.StartDate.ToString("s"), "must be a date (midnight UTC)");

        var catalog = spec.Catalog;
        e.InRange("catalog.items", catalog.Items, 1, 10_000_000);
        e.InRange("catalog.popularityExponent", catalog.PopularityExponent, 0, 5);
        e.InRange("catalog.newItemShare", catalog.NewItemShare, 0, 0.9);
        if (catalog.Categories is not { Count: > 0 })
        {
            e.Add("catalog.categories", catalog.Categories?.Count, "must have at least one category");
        }
        else
        {
            e.Require(catalog.Items >= catalog.Categories.Count, "catalog.items", catalog.Items,
                $"must be at least the number of categories ({catalog.Categories.Count}) so every category has an item");
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < catalog.Categories.Count; i++)
            {
                var c = catalog.Categories[i];
                string p = $"catalog.categories[{i}]";
                if (string.IsNullOrWhiteSpace(c.Name) || c.Name.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0)
                    e.Add($"{p}.name", c.Name, "must be non-empty text without commas, quotes or line breaks");
                else if (!names.Add(c.Name)) e.Add($"{p}.name", c.Name, "must be unique among categories");
                e.InRange($"{p}.weight", c.Weight, 0, 1e6, minInclusive: false);
                if (e.InRange($"{p}.minPrice", c.MinPrice, 0, 1e9, minInclusive: false))
                    e.InRange($"{p}.maxPrice", c.MaxPrice, c.MinPrice, 1e9, minInclusive: false);
                e.InRange($"{p}.priceMedian", c.PriceMedian, 0, 1e9, minInclusive: false);
                e.InRange($"{p}.priceSigma", c.PriceSigma, 0, 5);
                e.InRange($"{p}.discountProbability", c.DiscountProbability, 0, 1);
                if (e.InRange($"{p}.minDiscount", c.MinDiscount, 0, 1, maxInclusive: false))
                    e.InRange($"{p}.maxDiscount", c.MaxDiscount, c.MinDiscount, 1, maxInclusive: false);
            }
        }

        if (e.Require(spec.Personas is { Count: > 0 }, "personas", spec.Personas?.Count, "must declare at least one persona") && spec.Personas is not null)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < spec.Personas.Count; i++)
            {
                var p = spec.Personas[i];
                string path = $"personas[{i}]";
                if (!EntityNames.IsIdentifier(p.Name)) e.Add($"{path}.name", p.Name, "must be an identifier: ASCII letters, digits and '_', not starting with a digit");
                else if (!names.Add(p.Name)) e.Add($"{path}.name", p.Name, "must be unique among personas");
                e.InRange($"{path}.share", p.Share, 0, 1);
                e.InRange($"{path}.sessionsPerWeek", p.SessionsPerWeek, 0, 500);
                e.InRange($"{path}.purchaseRate", p.PurchaseRate, 0, 1);
                e.InRange($"{path}.viewsPerSession", p.ViewsPerSession, 1, 1_000);
                e.InRange($"{path}.scrollRate", p.ScrollRate, 0, 1);
                e.InRange($"{path}.cartRate", p.CartRate, 0, 1);
                e.InRange($"{path}.removeRate", p.RemoveRate, 0, 1);
                e.InRange($"{path}.affinityConcentration", p.AffinityConcentration, 0, 1e3, minInclusive: false);
            }
            double total = spec.Personas.Sum(p => p.Share);
            e.Require(Math.Abs(total - 1) <= ShareTolerance, "personas[*].share", Math.Round(total, 12), "must sum to 1");
        }

        var a = spec.Activity;
        ValidateCurve(e, "activity.hourOfDay", a.HourOfDay, 24);
        ValidateCurve(e, "activity.dayOfWeek", a.DayOfWeek, 7);
        e.InRange("activity.gapMedianSeconds", a.GapMedianSeconds, 0, 86_400, minInclusive: false);
        e.InRange("activity.gapSigma", a.GapSigma, 0, 5);
        e.InRange("activity.idleTimeoutMinutes", a.IdleTimeoutMinutes, 0, 1_440, minInclusive: false);
        var d = spec.Defects;
        e.InRange("defects.duplicateEventRate", d.DuplicateEventRate, 0, 0.5);
        e.InRange("defects.nullCategoryRate", d.NullCategoryRate, 0, 1);
        e.InRange("defects.lateEventRate", d.LateEventRate, 0, 0.5);
        e.InRange("defects.lateEventMaxMinutes", d.LateEventMaxMinutes, 0, 10_080, minInclusive: false);
        e.InRange("defects.botUserShare", d.BotUserShare, 0, 0.5);
        return e.Errors;
    }

    /// <summary>Throws a <see cref="SpecValidationException"/> listing every problem, if there are any.</summary>
    public static void ThrowIfInvalid(ClickstreamSpec spec)
    {
        var errors = Validate(spec);
        if (errors.Count > 0) throw new SpecValidationException("clickstream spec", errors);
    }

    private static void ValidateCurve(SpecErrorCollector e, string path, IReadOnlyList<double>? curve, int length)
    {
        if (!e.Require(curve is not null && curve.Count == length, path, curve?.Count, $"must have exactly {length} values")) return;
        for (int i = 0; i < length; i++) e.InRange($"{path}[{i}]", curve![i], 0, 1e6);
        e.Require(curve!.Sum() > 0, path, null, "must have a positive sum");
    }
}
