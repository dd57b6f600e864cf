using System;
using System.Globalization;
using MmmFixtures.Media;

namespace MmmFixtures.Mmm;

/// <summary>
/// The validation warnings for panels that are valid but hard to model (each fires on the pathology preset built for it and on no
/// well-posed preset): a channel that never spends, less than a year of history, carry-over beyond the usual 8-week window, spend
/// that follows the KPI's seasonality, an effect that runs on exposure far from proportional to spend, and a channel so saturated
/// that its ROAS is many times its marginal ROAS.
/// </summary>
public static class HardCaseWarnings
{
    /// <summary>A panel spanning fewer days than 52 weeks gets the <c>short-history</c> warning.</summary>
    public const int MinHistoryDays = 364;

    /// <summary>The carry-over window most MMM tools default to, in weeks (<see cref="MmmPreset.LongCarryover"/> goes beyond it).</summary>
    public const int UsualCarryoverWeeks = 8;

    /// <summary>The same window in days.</summary>
    public const int UsualCarryoverDays = 7 * UsualCarryoverWeeks;

    /// <summary>A channel whose adstock kernel puts more than this share of its weight beyond <see cref="UsualCarryoverDays"/> (in any geo) gets <c>long-carryover</c>.</summary>
    public const double LongCarryoverShare = 0.1;

    /// <summary>A channel whose spend correlates with the KPI's seasonality component above this gets <c>seasonal-spend</c>.</summary>
    public const double SeasonalSpendCorrelation = 0.8;

    /// <summary>
    /// A channel transformed on exposure whose exposure per unit of spend varies more than this (coefficient of variation over the rows
    /// where it spends) gets <c>exposure-signal</c>: its exposure is then far from proportional to its spend.
    /// </summary>
    public const double ExposurePerSpendVariation = 0.2;

    /// <summary>A channel whose national ROAS exceeds this multiple of its marginal ROAS gets <c>saturated</c>.</summary>
    public const double SaturationRatio = 5;

    internal static void Check(MmmPanel panel, MmmRowMoments moments, Action<string, string> warn)
    {
        var spec = panel.Spec;
        var truth = panel.Truth;
        int days = spec.Periods * spec.DaysPerPeriod;
        if (days < MinHistoryDays)
            warn("short-history", $"the panel spans {Text(days)} days (< 52 weeks): annual seasonality cannot be estimated, and trend, season and carry-over are hard to tell apart");

        double seasonalitySd = moments.SeasonalitySd;
        for (int c = 0; c < truth.Channels.Count; c++)
        {
            var channel = truth.Channels[c];
            string name = channel.Name;
            if (channel.TotalSpend == 0)
            {
                warn("never-spends", $"{name} never spends: its ROAS is undefined (null) and its effect cannot be estimated");
                continue;
            }
            double beyond = CarryoverBeyondWindow(channel, spec.DaysPerPeriod);
            if (beyond > LongCarryoverShare)
                warn("long-carryover", $"{name} puts {Percent(beyond)} of its carry-over weight beyond {UsualCarryoverWeeks} weeks (> {Percent(LongCarryoverShare)}): a model with the usual window misses it");
            if (seasonalitySd > 0)
            {
                double r = moments.SpendSeasonalityCorrelation(c);
                if (r > SeasonalSpendCorrelation)
                    warn("seasonal-spend", $"spend of {name} correlates at {Text(r, "F3")} with the KPI's seasonality (> {Text(SeasonalSpendCorrelation, "F2")}): without a good seasonality term its effect and the season are confounded");
            }
            if (moments.ExposurePerSpendVariation(c) is double cv && cv > ExposurePerSpendVariation)
            {
                string unit = spec.Channels[c].Unit == MediaUnit.Cpc ? "clicks" : "impressions";
                warn("exposure-signal", $"{name}'s effect runs on its {unit}, and the {unit} a unit of spend buys vary by {Percent(cv)} (coefficient of variation > {Percent(ExposurePerSpendVariation)}): its spend is a poor proxy for what drives the KPI");
            }
            if (channel.Roas is double roas && channel.MarginalRoas is double marginal && roas > SaturationRatio * marginal)
                warn("saturated", $"{name}'s ROAS ({Text(roas, "G4")}) is {(marginal > 0 ? Text(roas / marginal, "F1") + "×" : "infinitely many times")} its marginal ROAS ({Text(marginal, "G4")}; > {Text(SaturationRatio, "G")}×): it is far past saturation");
        }
    }

    // The largest share, over geos, of the adstock kernel's weight at lags of 8 weeks or more.
    private static double CarryoverBeyondWindow(ChannelTruth channel, int daysPerPeriod)
    {
        int window = (UsualCarryoverDays + daysPerPeriod - 1) / daysPerPeriod;
        double largest = 0;
        foreach (var p in channel.ParametersByGeo)
        {
            double total = 0, beyond = 0;
            for (int l = 0; l < p.AdstockWeights.Count; l++)
            {
                total += p.AdstockWeights[l];
                if (l >= window) beyond += p.AdstockWeights[l];
            }
            if (total > 0) largest = Math.Max(largest, beyond / total);
        }
        return largest;
    }

    private static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    private static string Text(double value, string format = "G") => value.ToString(format, CultureInfo.InvariantCulture);
}
