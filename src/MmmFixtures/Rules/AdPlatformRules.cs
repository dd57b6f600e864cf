using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Rules;

/// <summary>
/// The rules of one ad platform of a commerce tenant (<c>tenants[].meta</c>, <c>tenants[].google</c>): its campaigns'
/// spend patterns, delivery and reporting rates, the true effect β and the shared media transform. Only the flat
/// per-tenant fields have <c>[Tenant]</c> properties (<c>MetaBeta</c>, <c>MetaDailySpend</c>).
/// </summary>
internal sealed class AdPlatformRules
{
    /// <summary>The rules of the platform at <paramref name="owner"/>.</summary>
    /// <param name="owner">The platform's path, <c>tenants[].meta</c>.</param>
    /// <param name="prefix">The prefix of its <c>[Tenant]</c> properties, <c>Meta</c>.</param>
    /// <param name="betaDefault">The platform's default β.</param>
    /// <param name="cpmDefault">The platform's default CPM.</param>
    /// <param name="ctrDefault">The platform's default CTR.</param>
    /// <param name="conversionRateDefault">The platform's default conversion rate.</param>
    public AdPlatformRules(string owner, string prefix, string betaDefault, string cpmDefault, string ctrDefault, string conversionRateDefault)
    {
        Campaigns = new FieldRule($"{owner}.campaigns", null, ValueRange.Closed(0, 100), "2", $"Number of {prefix} campaigns (0 = the platform is not used).", isInteger: true);
        Spend = PatternRules.Unattributed($"{owner}.campaigns[]", "dailySpend", $"Tenant.{prefix}DailySpend", ValueRange.Closed(0, 1e7), "200",
            volatilityDefault: "0.25", autocorrelationDefault: "0.6", what: $"{prefix} campaign's daily spend");
        Beta = new FieldRule($"{owner}.beta", $"Tenant.{prefix}Beta", ValueRange.Closed(0, 2), betaDefault,
            $"β: the log-lift of demand at full saturation of the {prefix} spend.");
        Transform = new MediaTransformRules(owner, null, alphaDefault: "0.4");
        Cpm = new FieldRule($"{owner}.cpm", null, ValueRange.AboveTo(0, 10_000), cpmDefault, "Cost per thousand impressions.");
        Ctr = new FieldRule($"{owner}.ctr", null, ValueRange.AboveTo(0, 1), ctrDefault, "Clicks per impression.");
        ConversionRate = new FieldRule($"{owner}.conversionRate", null, ValueRange.Closed(0, 1), conversionRateDefault,
            "Platform-reported conversions per click.");
        AttributionWindowDays = new FieldRule($"{owner}.attributionWindowDays", null, ValueRange.Closed(1, 90), "7",
            "Days over which the platform credits conversions to a click.", isInteger: true);
        DeliveryNoise = new FieldRule($"{owner}.deliveryNoise", null, ValueRange.Closed(0, 1), "0.1",
            "σ of the multiplicative log-normal noise on impressions and clicks.");
    }

    public FieldRule Campaigns { get; }
    public PatternRules Spend { get; }
    public FieldRule Beta { get; }
    public MediaTransformRules Transform { get; }
    public FieldRule Cpm { get; }
    public FieldRule Ctr { get; }
    public FieldRule ConversionRate { get; }
    public FieldRule AttributionWindowDays { get; }
    public FieldRule DeliveryNoise { get; }

    /// <summary>Every rule of the platform.</summary>
    public IEnumerable<FieldRule> All => new[] { Campaigns }.Concat(Spend.All).Concat(new[] { Beta }).Concat(Transform.All)
        .Concat(new[] { Cpm, Ctr, ConversionRate, AttributionWindowDays, DeliveryNoise });
}
