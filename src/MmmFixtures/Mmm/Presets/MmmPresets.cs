using System;
using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Mmm;

/// <summary>
/// The specs behind <see cref="MmmPreset"/>. In the well-posed presets parameters are chosen so that every channel's share of
/// media contribution is between 1% and 60%, ROAS are of a realistic size (about 0.5 to 5) and
/// the noise is realistic (2% of the base level); each pathology preset breaks one of these on purpose and says so in its
/// <see cref="MmmSpec.Pathology"/> label. Multi-geo presets give every geo a population proportional to
/// its drawn base level (<see cref="PeoplePerBaseUnit"/> people per KPI unit).
/// Print a preset as JSON (<c>mmmfixtures mmm --preset Basic --print-spec</c>) to start a spec of your own.
/// </summary>
public static class MmmPresets
{
    /// <summary>The preset's spec with the given seed.</summary>
    public static MmmSpec Get(MmmPreset preset, ulong seed = 42)
    {
        MmmSpec spec = preset switch
        {
            MmmPreset.Basic => Basic(),
            MmmPreset.Seasonal => Seasonal(),
            MmmPreset.MultiRegion => MultiRegion(),
            MmmPreset.SmallBusiness => SmallBusiness(),
            MmmPreset.GrowingBusiness => GrowingBusiness(),
            MmmPreset.MediumBusiness => MediumBusiness(),
            MmmPreset.LargeBusiness => LargeBusiness(),
            MmmPreset.Collinear => PathologyPresets.Collinear(),
            MmmPreset.LowSignal => PathologyPresets.LowSignal(),
            MmmPreset.NeverSpends => PathologyPresets.NeverSpends(),
            MmmPreset.SeasonalConfounding => PathologyPresets.SeasonalConfounding(seed),
            MmmPreset.ShortHistory => PathologyPresets.ShortHistory(),
            MmmPreset.LongCarryover => PathologyPresets.LongCarryover(),
            MmmPreset.WrongSignal => PathologyPresets.WrongSignal(),
            MmmPreset.Saturated => PathologyPresets.Saturated(),
            _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "unknown preset"),
        };
        spec = spec with { Seed = seed };
        return spec.Geos.Count > 1 ? WithPopulations(spec) : spec;
    }

    /// <summary>People per KPI unit of base level: a geo whose base is 10 000 a period has a population of 1 000 000.</summary>
    public const double PeoplePerBaseUnit = 100;

    // A multi-geo preset gives every geo a population in proportion to the base level its seed draws for it, as real
    // regions' sales scale with their people (Meridian requires populations for a geo model).
    private static MmmSpec WithPopulations(MmmSpec spec) => spec with
    {
        Geos = spec.Geos.Select(g => g with { Population = Math.Round(MmmGenerator.BaseLevel(spec, g.Name) * PeoplePerBaseUnit) }).ToArray(),
    };

    /// <summary>Parses a preset name (case-insensitive).</summary>
    public static bool TryParse(string name, out MmmPreset preset) =>
        Enum.TryParse(name, ignoreCase: true, out preset) && Enum.IsDefined(typeof(MmmPreset), preset);

    internal static MmmSpec Basic() => new MmmSpecBuilder().Periods(52).Geos(1)
        .Channel("Tv", c => c.BaseSpend(1_250).LinearTrend(0.005).Impressions(12).Geometric(0.6).Hill(0.5, 1.5).Beta(2_500))
        .Channel("Digital", c => c.BaseSpend(750).LinearTrend(0.01).Clicks(1.5).Geometric(0.3).Hill(0.4, 1.2).Beta(1_800))
        .Channel("Print", c => c.BaseSpend(375).LinearTrend(-0.005).Geometric(0.2).MichaelisMenten(0.6).Beta(900))
        .Build();

    private static MmmSpec Seasonal() => new MmmSpecBuilder().Periods(104).Geos(1)
        .Channel("Tv", c => c.BaseSpend(1_500).Seasonal(0.6, peakDayOfYear: 335).Impressions(12).Delayed(0.6, 2).Hill(0.5, 2).Beta(2_800))
        .Channel("Digital", c => c.BaseSpend(875).Seasonal(0.4, peakDayOfYear: 180).Clicks(1.5).Geometric(0.3).Logistic(3).Beta(1_600))
        .Channel("Radio", c => c.BaseSpend(500).Seasonal(0.5, peakDayOfYear: 90).WeibullCdf(1.5, 3).Hill(0.6, 1.3).Beta(1_100))
        .Build();

    private static MmmSpec MultiRegion() => new MmmSpecBuilder().Periods(78).Geos("North", "South", "East", "West")
        .Hierarchy(beta: 0.2, alpha: 0.3, halfSaturation: 0.2, baseline: 0.3)
        .Channel("Tv", c => c.BaseSpend(1_250).Constant().Impressions(12).Geometric(0.5).Hill(0.5, 1.5).Beta(2_400))
        .Channel("Digital", c => c.BaseSpend(750).LinearTrend(0.008).Clicks(1.5).Geometric(0.25).Hill(0.45, 1.2).Beta(1_700))
        .Channel("Radio", c => c.BaseSpend(450).Seasonal(0.4, peakDayOfYear: 200).Geometric(0.4).MichaelisMenten(0.5).Beta(1_000))
        .Build();

    private static MmmSpec SmallBusiness() => new MmmSpecBuilder().Periods(104).Geos(1).Baseline(5_000)
        .Channel("Search", c => c.BaseSpend(300).Constant().Clicks(1.2).Geometric(0.2).MichaelisMenten(0.5).Beta(900))
        .Channel("Social", c => c.BaseSpend(200).LinearTrend(0.006).Impressions(6).Geometric(0.35).Hill(0.5, 1.4).Beta(700))
        .Channel("LocalAds", c => c.BaseSpend(150).OnOff(0.3, 2, 5).Geometric(0.5).Hill(0.5, 1.5).Beta(600))
        .Channel("Email", c => c.BaseSpend(37).OnOff(0.4, 1, 2).NoAdstock().Hill(0.5, 1.2).Beta(400))
        .Control("Event", 1, effect: 350, p => p with { Kind = SpendPattern.OnOff, Volatility = 0, ActivationProbability = 0.08, MinActivePeriods = 1, MaxActivePeriods = 1 })
        .Control("Sale", 1, effect: 800, p => p with { Kind = SpendPattern.OnOff, Volatility = 0, ActivationProbability = 0.06, MinActivePeriods = 1, MaxActivePeriods = 2 })
        .Build();

    private static MmmSpec GrowingBusiness() => new MmmSpecBuilder().Periods(131).Geos(2)
        .Hierarchy(beta: 0.15, alpha: 0.2, halfSaturation: 0.15, baseline: 0.25)
        .Channel("Tv", c => c.BaseSpend(1_500).Seasonal(0.3, peakDayOfYear: 330).Impressions(12).Geometric(0.6).Hill(0.5, 1.6).Beta(2_200))
        .Channel("Search", c => c.BaseSpend(625).LinearTrend(0.006).Clicks(1.2).Geometric(0.2).MichaelisMenten(0.5).Beta(1_500))
        .Channel("Social", c => c.BaseSpend(500).LinearTrend(0.01).Impressions(6).Geometric(0.3).Hill(0.45, 1.3).Beta(1_200))
        .Channel("Display", c => c.BaseSpend(375).Constant().Impressions(3, transformOnImpressions: true).Geometric(0.3).Tanh(0.6).Beta(700))
        .Channel("Video", c => c.BaseSpend(750).DelayedStart(26, rampUpPeriods: 8).Impressions(15).WeibullPdf(2, 3).Hill(0.5, 1.5).Beta(1_400))
        .Channel("Email", c => c.BaseSpend(75).OnOff(0.35, 1, 2).NoAdstock().Hill(0.5, 1.2).Beta(500))
        .Control("Price", 20, effect: -120, p => p with { Volatility = 0.05, Autocorrelation = 0.8 })
        .Control("Promotion", 1, effect: 1_200, p => p with { Kind = SpendPattern.OnOff, Volatility = 0, ActivationProbability = 0.1, MinActivePeriods = 1, MaxActivePeriods = 2 })
        .Build();

    private static MmmSpec MediumBusiness() => new MmmSpecBuilder().Periods(156).Geos(8)
        .Hierarchy(beta: 0.2, alpha: 0.25, halfSaturation: 0.2, baseline: 0.3)
        .Channel("Tv", c => c.BaseSpend(2_000).Seasonal(0.35, peakDayOfYear: 330).Impressions(12).Geometric(0.65).Hill(0.5, 1.6).Beta(2_400))
        .Channel("Radio", c => c.BaseSpend(625).Constant().Impressions(8).Delayed(0.5, 1.5).Hill(0.55, 1.3).Beta(1_000))
        .Channel("Search", c => c.BaseSpend(875).LinearTrend(0.004).Clicks(1.2).Geometric(0.2).MichaelisMenten(0.5).Beta(1_700))
        .Channel("Social", c => c.BaseSpend(700).LinearTrend(0.008).Impressions(6).Geometric(0.3).Hill(0.45, 1.3).Beta(1_300))
        .Channel("Display", c => c.BaseSpend(450).Constant().Impressions(3, transformOnImpressions: true).Geometric(0.3).Tanh(0.6).Beta(700))
        .Channel("Video", c => c.BaseSpend(750).DelayedStart(20, rampUpPeriods: 6).Impressions(15).WeibullCdf(1.5, 2.5).Hill(0.5, 1.5).Beta(1_300))
        .Channel("Video2", c => c.BaseSpend(625).DelayedStart(40, rampUpPeriods: 4, endPeriod: 120).Impressions(15).WeibullPdf(2, 3).Hill(0.5, 1.4).Beta(1_100))
        .Channel("Affiliate", c => c.BaseSpend(225).OnOff(0.3, 2, 6).Clicks(0.8).Geometric(0.15).Logistic(3).Beta(600))
        .Control("Price", 20, effect: -120, p => p with { Volatility = 0.05, Autocorrelation = 0.8 })
        .Control("Promotion", 1, effect: 1_200, p => p with { Kind = SpendPattern.OnOff, Volatility = 0, ActivationProbability = 0.1, MinActivePeriods = 1, MaxActivePeriods = 2 })
        .Control("CompetitorSpend", 5_000, effect: -0.08, p => p with { Kind = SpendPattern.Seasonal, SeasonalAmplitude = 0.3, PeakDayOfYear = 320, Volatility = 0.15 })
        .Control("Distribution", 0.8, effect: 900, p => p with { Kind = SpendPattern.LinearTrend, Trend = 0.001, Volatility = 0.02, Autocorrelation = 0.9 })
        .Build();

    private static MmmSpec LargeBusiness()
    {
        var builder = new MmmSpecBuilder().Periods(208).Geos(50).Baseline(50_000)
            .Hierarchy(beta: 0.2, alpha: 0.25, halfSaturation: 0.2, baseline: 0.35);
        for (int i = 1; i <= 10; i++)
        {
            int n = i;
            builder.Channel($"Linear{n:00}", c => c.BaseSpend(400 + 75 * n).LinearTrend(0.002 * (n % 4) - 0.002)
                .Impressions(5 + n).Geometric(0.1 + 0.05 * n).Hill(0.4 + 0.02 * n, 1.2 + 0.05 * n).Beta(900 + 60 * n));
        }
        for (int i = 1; i <= 5; i++)
        {
            int n = i;
            builder.Channel($"Delayed{n:00}", c => c.BaseSpend(500 + 50 * n).DelayedStart(10 * n, rampUpPeriods: 4, endPeriod: n % 2 == 0 ? 160 + 5 * n : null)
                .Impressions(10 + n).Delayed(0.5, 1 + 0.3 * n).Hill(0.5, 1.4).Beta(1_000 + 80 * n));
        }
        for (int i = 1; i <= 5; i++)
        {
            int n = i;
            builder.Channel($"Seasonal{n:00}", c => c.BaseSpend(625).Seasonal(0.3 + 0.08 * n, peakDayOfYear: 60 * n)
                .Clicks(1 + 0.2 * n).WeibullCdf(1.2 + 0.1 * n, 2 + 0.3 * n).MichaelisMenten(0.5).Beta(1_100 + 50 * n));
        }
        for (int i = 1; i <= 10; i++)
        {
            int n = i;
            builder.Channel($"Flighted{n:00}", c => c.BaseSpend(250 + 25 * n).OnOff(0.25 + 0.02 * n, 2, 4 + n % 3)
                .Geometric(0.2 + 0.03 * n).Logistic(2 + 0.2 * n).Beta(900 + 40 * n));
        }
        for (int i = 1; i <= 10; i++)
        {
            int n = i;
            builder.Control($"Control{n:00}", 1 + n, effect: (n % 2 == 0 ? 1 : -1) * 150.0 * n / (1 + n),
                p => p with { Volatility = 0.1, Autocorrelation = 0.7 });
        }
        return builder.Build();
    }
}
