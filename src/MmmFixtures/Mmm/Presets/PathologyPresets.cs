using System;
using MmmFixtures.Mmm.Generation;
using MmmFixtures.Randomness;

namespace MmmFixtures.Mmm;

/// <summary>
/// The specs of the pathology presets (<see cref="MmmPreset.Collinear"/> … <see cref="MmmPreset.Saturated"/>): each a
/// small panel with one deliberate hard case, labelled (<see cref="PathologyLabel"/>) with what is hard and what a good
/// model does. Apart from the hard case they use the well-posed presets' kind of parameters (2% noise unless noise is the point).
/// </summary>
internal static class PathologyPresets
{
    public static MmmSpec Collinear() => new MmmSpecBuilder().Periods(104).Geos(1)
        .Channel("Tv", c => c.BaseSpend(1_500).Seasonal(0.6, peakDayOfYear: 320).SpendNoise(0.5, 0.03).Impressions(12).Geometric(0.5).Hill(0.5, 1.5).Beta(2_500))
        .Channel("Radio", c => c.BaseSpend(600).Seasonal(0.6, peakDayOfYear: 320).SpendNoise(0.5, 0.03).Geometric(0.5).Hill(0.5, 1.5).Beta(1_200))
        .Channel("Digital", c => c.BaseSpend(800).OnOff(0.4, 2, 6).Clicks(1.5).Geometric(0.3).Hill(0.4, 1.2).Beta(1_800))
        .Pathology(nameof(MmmPreset.Collinear),
            "Tv and Radio are bought on one seasonal plan: their weekly spend correlates above 0.95, so the data cannot tell which of the two moves sales.",
            "Reports wide, negatively correlated intervals for Tv and Radio (their sum is well determined, each alone is not), or pools them or uses "
            + "informative priors; it does not report confident separate ROAS. Digital, flighted on its own schedule, stays recoverable.")
        .Build();

    public static MmmSpec LowSignal() => new MmmSpecBuilder().Periods(104).Geos(1).Noise(0.05)
        .Channel("Tv", c => c.BaseSpend(1_250).Constant().SpendNoise(0.5, 0.08).Impressions(12).Geometric(0.5).Hill(0.5, 1.5).Beta(2_500))
        .Channel("Digital", c => c.BaseSpend(750).Constant().SpendNoise(0.5, 0.08).Clicks(1.5).Geometric(0.3).Hill(0.4, 1.2).Beta(1_800))
        .Channel("Print", c => c.BaseSpend(375).Constant().SpendNoise(0.5, 0.08).Geometric(0.2).MichaelisMenten(0.6).Beta(900))
        .Pathology(nameof(MmmPreset.LowSignal),
            "Spend barely moves (always on, ±8% week to week) and the noise is 5% of sales: the media contribution varies less than the noise "
            + "(signal-to-noise below 1), so no channel's effect can be told from chance.",
            "Says so: wide intervals that cover the truth and estimates pulled to the priors, not confident ROAS; it asks for spend variation "
            + "(a test or flighting) before deciding budgets.")
        .Build();

    // Basic over two years, plus a channel that never spends.
    public static MmmSpec NeverSpends() => new MmmSpecBuilder(MmmPresets.Basic()).Periods(104)
        .Channel("Podcast", c => c.BaseSpend(0).Constant().Geometric(0.3).Hill(0.5, 1.2).Beta(800))
        .Pathology(nameof(MmmPreset.NeverSpends),
            "Podcast is in the plan but never spends: its column is all zeros, so its ROAS is undefined (null in the truth, not 0) and its effect is unobservable.",
            "Drops Podcast or reports its ROAS as unknown (no estimate, or the prior returned unchanged), without failing on the constant "
            + "column or dividing by zero; the other three channels are estimated as usual.")
        .Build();

    public static MmmSpec SeasonalConfounding(ulong seed)
    {
        var baseline = new BaselineSpec { SeasonalityOrder = 1, SeasonalAmplitude = 0.3 };
        double peak = DemandPeakDayOfYear(baseline, seed);
        return new MmmSpecBuilder().Periods(104).Geos(1).Baseline(baseline.BaseSales, 0, baseline.SeasonalityOrder, baseline.SeasonalAmplitude)
            .Channel("Tv", c => c.BaseSpend(1_500).Seasonal(0.6, peakDayOfYear: peak).Impressions(12).Geometric(0.5).Hill(0.5, 1.5).Beta(2_500))
            .Channel("Search", c => c.BaseSpend(750).Seasonal(0.5, peakDayOfYear: peak).Clicks(1.2).Geometric(0.2).MichaelisMenten(0.5).Beta(1_500))
            .Channel("Social", c => c.BaseSpend(500).LinearTrend(0.006).Impressions(6).Geometric(0.3).Hill(0.45, 1.3).Beta(1_200))
            .Pathology(nameof(MmmPreset.SeasonalConfounding),
                "Tv and Search spend follow demand: both peak on the day the KPI's own seasonality peaks, so the seasonal swing in sales and the "
                + "swing in their spend coincide.",
                "Models seasonality explicitly (Fourier terms or a seasonal control) and credits media only with what is left; a model without "
                + "seasonality overstates Tv's and Search's ROAS, and an honest one reports that their effects are partly confounded with the season.")
            .Build();
    }

    // Basic cut to its first half year.
    public static MmmSpec ShortHistory() => new MmmSpecBuilder(MmmPresets.Basic()).Periods(26)
        .Pathology(nameof(MmmPreset.ShortHistory),
            "Only 26 weeks of data: half a year cannot show an annual seasonality, and trend, season and slow carry-over look alike over it.",
            "Uses priors (or a seasonality known from elsewhere) and reports wide intervals; it does not fit a yearly pattern from half a year "
            + "nor extrapolate one.")
        .Build();

    public static MmmSpec LongCarryover() => new MmmSpecBuilder().Periods(156).Geos(1)
        .Channel("Tv", c => c.BaseSpend(1_500).Seasonal(0.4, peakDayOfYear: 300).Impressions(12).Geometric(0.9, maxLag: 26).Hill(0.5, 1.5).Beta(2_500))
        .Channel("Digital", c => c.BaseSpend(750).LinearTrend(0.006).Clicks(1.5).Geometric(0.3).Hill(0.4, 1.2).Beta(1_800))
        .Channel("Print", c => c.BaseSpend(375).OnOff(0.3, 2, 5).Geometric(0.2).MichaelisMenten(0.6).Beta(900))
        .Pathology(nameof(MmmPreset.LongCarryover),
            $"Tv's effect decays slowly (geometric α = 0.9 over 26 weeks): about 40% of its carry-over weight lies beyond the {HardCaseWarnings.UsualCarryoverWeeks}-week "
            + "window most models use.",
            $"Lets the carry-over window extend (26 weeks or more) and recovers Tv's slow decay; a model capped at {HardCaseWarnings.UsualCarryoverWeeks} weeks "
            + "misses Tv's late effect (it ends up in the baseline) and understates Tv's ROAS.")
        .Build();

    public static MmmSpec WrongSignal() => new MmmSpecBuilder().Periods(104).Geos(1)
        .Channel("Tv", c => c.BaseSpend(1_250).Seasonal(0.3, peakDayOfYear: 330).Impressions(12).Geometric(0.6).Hill(0.5, 1.5).Beta(2_500))
        .Channel("Display", c => c.BaseSpend(750).Constant().Impressions(4, costNoise: 0.35, transformOnImpressions: true).Geometric(0.3).Tanh(0.6).Beta(1_800))
        .Channel("Search", c => c.BaseSpend(500).LinearTrend(0.006).Clicks(1.2).Geometric(0.2).MichaelisMenten(0.5).Beta(1_200))
        .Pathology(nameof(MmmPreset.WrongSignal),
            "Display's effect runs on its impressions, and the impressions a unit of spend buys vary by about 30% from week to week: impressions "
            + "are far from proportional to spend, the column models usually use.",
            "Uses Display's impressions as its media input (and spend only to turn the effect into ROAS); a model on spend sees a noisy proxy of "
            + "the true driver and understates Display's effect.")
        .Build();

    public static MmmSpec Saturated() => new MmmSpecBuilder().Periods(104).Geos(1)
        .Channel("Tv", c => c.BaseSpend(1_250).Seasonal(0.5, peakDayOfYear: 330).Impressions(12).Geometric(0.6).Hill(0.5, 1.5).Beta(2_500))
        .Channel("Search", c => c.BaseSpend(750).Constant().Clicks(1.2).Geometric(0.2).MichaelisMenten(0.06).Beta(1_800))
        .Channel("Print", c => c.BaseSpend(375).LinearTrend(-0.005).Geometric(0.2).MichaelisMenten(0.6).Beta(900))
        .Pathology(nameof(MmmPreset.Saturated),
            "Search spends far past its half-saturation point (its adstocked signal is over ten times κ): its average ROAS is many times its marginal "
            + "ROAS, so its last unit of spend returns almost nothing.",
            "Reports Search's high average ROAS together with its low marginal ROAS and moves budget away from it; a linear model, or an allocation "
            + "in proportion to average ROAS, over-invests in Search.")
        .Build();

    // The day of year on which the KPI's seasonality (drawn from the seed, as generation draws it) is largest.
    private static double DemandPeakDayOfYear(BaselineSpec baseline, ulong seed)
    {
        var coefficients = BaselineSeasonality.DrawCoefficients(baseline, StreamKey.Root(seed));
        int peak = 1;
        for (int day = 2; day <= 366; day++)
            if (BaselineSeasonality.Evaluate(coefficients, day) > BaselineSeasonality.Evaluate(coefficients, peak)) peak = day;
        return peak;
    }
}
