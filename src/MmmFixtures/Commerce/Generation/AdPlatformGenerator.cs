using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Media;
using MmmFixtures.Numerics;
using MmmFixtures.Randomness;
using MmmFixtures.Randomness.Distributions;
using MmmFixtures.Series;

namespace MmmFixtures.Commerce.Generation;

/// <summary>
/// An ad platform of a tenant: its campaigns' daily rows and the platform's media signal. Campaign c's streams hang
/// below <c>tenant/&lt;name&gt;/ads/&lt;platform&gt;/campaign/&lt;c&gt;</c>:
/// <list type="bullet">
/// <item>spend: the <see cref="PatternSeries"/> of the campaign's pattern with Level = DailySpend (address <c>spend</c>),
/// clipped at 0 and rounded to the cent;</item>
/// <item>delivery (stream <c>delivery</c>, two normals a day): impressions = round(spend / CPM · 1000 · ν₁), clicks =
/// round(impressions · CTR · ν₂), ν = exp(σ z − σ²/2) log-normal with mean 1, σ = DeliveryNoise;</item>
/// <item>reported conversions (stream <c>conversions</c>, one Poisson a day): Poisson(ConversionRate · the mean clicks of the
/// AttributionWindowDays days ending that day), the platform crediting every click's conversions over its window; the
/// value is conversions × AOV, to the cent. The platform credits conversions that would have happened anyway, so its
/// ROAS exceeds the incremental ROAS of the demand model (both are truth).</item>
/// </list>
/// The platform's daily spend (Σ campaigns) feeds the shared media transform: f = saturation(adstock(spend / S)), with
/// S the realised series' maximum (the MMM family's construction), so β·f is the platform's log-demand term.
/// </summary>
internal sealed class AdPlatformGenerator
{
    /// <summary>The platform's daily spend, Σ campaigns.</summary>
    public double[] Spend { get; }

    /// <summary>f, the media transform of <see cref="Spend"/> at β = 1.</summary>
    public double[] Signal { get; }

    /// <summary>S, the scale of the transform (the maximum daily spend; 0 without spend).</summary>
    public double SignalScale { get; }

    /// <summary>The campaign rows, by date then campaign.</summary>
    public AdCampaignDay[] Rows { get; }

    /// <summary>Σ reported conversion value.</summary>
    public double ReportedValue { get; }

    /// <param name="platformSpec">The platform.</param>
    /// <param name="platform"><c>meta</c> or <c>google</c>.</param>
    /// <param name="tenant">The tenant's name (campaign ids derive from it).</param>
    /// <param name="dates">The local dates.</param>
    /// <param name="key">The platform's address, <c>tenant/&lt;name&gt;/ads/&lt;platform&gt;</c>.</param>
    /// <param name="averageOrderValue">The value the platform gives a conversion.</param>
    public AdPlatformGenerator(AdPlatformSpec platformSpec, string platform, string tenant, IReadOnlyList<DateTime> dates, StreamKey key, double averageOrderValue)
    {
        int n = dates.Count, campaigns = platformSpec.Campaigns.Count;
        var spendCents = new long[n];
        var rows = new AdCampaignDay[n * campaigns];
        long reportedCents = 0;
        var levels = new double[n];
        var clicks = new long[n];
        for (int c = 0; c < campaigns; c++)
        {
            var campaign = platformSpec.Campaigns[c];
            var campaignKey = key.Then("campaign").Then(campaign.Name);
            long id = CampaignId(tenant, platform, campaign.Name);
            PatternSeries.Fill(campaign.Pattern with { Level = campaign.DailySpend }, 0, dates, campaignKey.Then("spend"), clipAtZero: true, levels);
            var delivery = campaignKey.Open("delivery");
            var conversions = campaignKey.Open("conversions");
            int window = Math.Max(1, platformSpec.AttributionWindowDays);
            long windowClicks = 0;
            for (int d = 0; d < n; d++)
            {
                long cents = OrderGenerator.Cents(levels[d]);
                double spend = OrderGenerator.Money(cents);
                long impressions = Round(spend / platformSpec.Cpm * 1000 * MeanOneLogNormal(delivery, platformSpec.DeliveryNoise));
                clicks[d] = Round(impressions * platformSpec.Ctr * MeanOneLogNormal(delivery, platformSpec.DeliveryNoise));
                windowClicks += clicks[d] - (d >= window ? clicks[d - window] : 0);
                long reported = conversions.Poisson(platformSpec.ConversionRate * windowClicks / window);
                long valueCents = OrderGenerator.Cents(reported * averageOrderValue);
                spendCents[d] += cents;
                reportedCents += valueCents;
                rows[d * campaigns + c] = new AdCampaignDay(dates[d], id, campaign.Name, platform, spend, impressions, clicks[d], reported,
                    OrderGenerator.Money(valueCents));
            }
        }
        Spend = spendCents.Select(OrderGenerator.Money).ToArray();
        Rows = rows;
        ReportedValue = OrderGenerator.Money(reportedCents);

        double scale = 0;
        foreach (double s in Spend) scale = Math.Max(scale, s);
        SignalScale = scale;
        var a = platformSpec.Adstock;
        var sat = platformSpec.Saturation;
        double[] weights = KernelWeights(a);
        var curve = new SaturationCurve(sat.Kind, sat.HalfSaturation, sat.Slope, sat.Lambda, sat.TanhScale);
        var transform = new MediaTransform(1.0, weights, curve, TransformOrder.AdstockThenSaturation, scale);
        Signal = new double[n];
        transform.Contribution(Spend, 1.0, new double[n], Signal);
    }

    /// <summary>A campaign's stable 10-digit id: a hash of (tenant, platform, campaign name), independent of the seed.</summary>
    public static long CampaignId(string tenant, string platform, string campaign) =>
        1_000_000_000L + (long)(StreamKey.Root(0).Then(tenant).Then(platform).Then(campaign).Value % 9_000_000_000UL);

    // exp(σz − σ²/2): mean 1. Always one normal, so σ = 0 keeps the stream aligned.
    private static double MeanOneLogNormal(RandomStream rng, double sigma) =>
        DeterministicMath.Exp(sigma * rng.StandardNormal() - 0.5 * sigma * sigma);

    private static long Round(double x) => x > 0 ? (long)Math.Round(x, MidpointRounding.AwayFromZero) : 0;

    /// <summary>The platform's adstock kernel (one lag for <see cref="AdstockKind.None"/>), as the transform and the truth use it.</summary>
    public static double[] KernelWeights(AdstockSpec a) =>
        AdstockKernel.Weights(a.Kind, a.Alpha, a.Theta, a.Shape, a.Scale, a.Kind == AdstockKind.None ? 1 : a.MaxLag, a.Normalize);
}
