using MmmFixtures.Commerce;
using MmmFixtures.Numerics;

namespace MmmFixtures.Tests.Commerce.Generation;

/// <summary>The log-demand identity and the counterfactuals hold exactly on every day; the terms are what the spec says.</summary>
public class DemandTruthTests
{
    [Fact]
    public void Log_identity_and_counterfactuals_hold_exactly_on_every_day()
    {
        foreach (var tenant in CommerceTestData.Default.Tenants)
            foreach (var d in tenant.Truth.Days)
            {
                Assert.Equal(d.LnBase + d.Seasonality + d.Weekday + d.Temperature + d.Precipitation + d.Meta + d.Google + d.Email + d.Noise, d.LnMu);
                Assert.Equal(DeterministicMath.Exp(d.LnMu), d.Mu);
                Assert.Equal(DeterministicMath.Exp(d.LnBase + d.Seasonality + d.Weekday + 0 + 0 + d.Meta + d.Google + d.Email + d.Noise), d.MuNormalWeather);
                Assert.Equal(DeterministicMath.Exp(d.LnBase + d.Seasonality + d.Weekday + d.Temperature + d.Precipitation + 0 + d.Google + d.Email + d.Noise), d.MuWithoutMeta);
                Assert.Equal(DeterministicMath.Exp(d.LnBase + d.Seasonality + d.Weekday + d.Temperature + d.Precipitation + d.Meta + 0 + d.Email + d.Noise), d.MuWithoutGoogle);
                Assert.Equal(DeterministicMath.Exp(d.LnBase + d.Seasonality + d.Weekday + d.Temperature + d.Precipitation + d.Meta + d.Google + 0 + d.Noise), d.MuWithoutEmail);
                Assert.Equal(d.Mu / tenant.Truth.AverageOrderValue, d.ExpectedOrders);
                Assert.Equal(d.NetRevenue - d.Mu, d.PoissonNoise + d.BasketNoise, 1e-9 * d.Mu);
            }
    }

    [Fact]
    public void Terms_are_the_declared_effects_of_the_exported_drivers()
    {
        foreach (var tenant in CommerceTestData.Default.Tenants)
        {
            var spec = tenant.Spec;
            for (int i = 0; i < tenant.Daily.Count; i++)
            {
                var day = tenant.Daily[i];
                var d = tenant.Truth.Days[i];
                Assert.Equal(Math.Log(spec.BaseRevenue), d.LnBase, 14);
                Assert.Equal(spec.TemperatureElasticity * day.TempZ, d.Temperature);
                Assert.Equal(spec.PrecipitationElasticity * day.PrecipZ, d.Precipitation);
                Assert.Equal(day.Weekday >= 6 ? Math.Log(1.1) : 0, d.Weekday, 14);
                Assert.Equal(tenant.Truth.WeekdayEffects[day.Weekday - 1], d.Weekday);
                Assert.Equal(day.NetRevenue, d.NetRevenue);
                Assert.Equal(day.Orders, d.Orders);
            }
        }
    }

    [Fact]
    public void Seasonality_is_the_category_curve_and_its_Fourier_coefficients()
    {
        var beverage = CommerceTestData.Default.Tenants[3]; // peaks on day 200, second harmonic 0.15
        double a = beverage.Spec.SeasonalAmplitude;
        double[] c = beverage.Truth.SeasonalCoefficients.ToArray();
        for (int i = 0; i < beverage.Truth.Days.Count; i++)
        {
            int tau = beverage.Truth.Days[i].Date.DayOfYear;
            double w = 2 * Math.PI / 365.25;
            double byHand = a * (Math.Cos(w * (tau - 200)) + 0.15 * Math.Cos(2 * w * (tau - 200)));
            double fourier = c[0] * Math.Cos(w * tau) + c[1] * Math.Sin(w * tau) + c[2] * Math.Cos(2 * w * tau) + c[3] * Math.Sin(2 * w * tau);
            Assert.Equal(byHand, beverage.Truth.Days[i].Seasonality, 12);
            Assert.Equal(fourier, beverage.Truth.Days[i].Seasonality, 12);
        }
        var fashion = CommerceTestData.Default.Tenants[0].Truth.Days;
        Assert.True(fashion.Single(d => d.Date == new DateTime(2024, 12, 5)).Seasonality > fashion.Single(d => d.Date == new DateTime(2024, 4, 1)).Seasonality);
    }

    [Fact]
    public void Media_and_email_terms_follow_the_spend_and_sends()
    {
        var tenant = CommerceTestData.Default.Tenants[0];
        var spec = tenant.Spec;
        double carried = 0;
        for (int i = 0; i < tenant.Daily.Count; i++)
        {
            carried = (tenant.Daily[i].EmailSends > 0 ? 1 : 0) + spec.Email.Carryover * carried;
            Assert.Equal(spec.Email.Beta * carried, tenant.Truth.Days[i].Email, 15);
            Assert.InRange(tenant.Truth.Days[i].Meta, 0, spec.Meta.Beta);
        }
        // The Meta term is β·Hill(adstock(spend / S)) with S the realised maximum: recompute it by hand.
        double[] spend = tenant.Daily.Select(d => d.MetaSpend).ToArray();
        double s = spend.Max();
        Assert.Equal(s, tenant.Truth.Meta.SignalScale);
        double[] w = Enumerable.Range(0, 8).Select(l => Math.Pow(0.4, l)).ToArray();
        double wSum = w.Sum();
        for (int t = 0; t < spend.Length; t++)
        {
            double adstocked = 0;
            for (int l = 0; l <= Math.Min(7, t); l++) adstocked += w[l] / wSum * spend[t - l] / s;
            double r = Math.Pow(adstocked / 0.5, 1.5);
            Assert.Equal(spec.Meta.Beta * r / (1 + r), tenant.Truth.Days[t].Meta, 12);
        }
    }

    [Fact]
    public void Platform_and_email_truth_sum_the_daily_counterfactuals()
    {
        foreach (var tenant in CommerceTestData.Default.Tenants)
        {
            var t = tenant.Truth;
            double metaSpend = tenant.Daily.Sum(d => d.MetaSpend);
            Assert.Equal(metaSpend, t.Meta.Spend, 1e-9 * metaSpend);
            Assert.Equal(t.Days.Sum(d => d.Mu - d.MuWithoutMeta), t.Meta.IncrementalRevenue, 1e-9 * t.Meta.IncrementalRevenue);
            Assert.Equal(t.Days.Sum(d => d.Mu - d.MuWithoutGoogle), t.Google.IncrementalRevenue, 1e-9 * t.Google.IncrementalRevenue);
            Assert.Equal(t.Days.Sum(d => d.Mu - d.MuWithoutEmail), t.EmailIncrementalRevenue, 1e-9 * Math.Max(1, t.EmailIncrementalRevenue));
            Assert.Equal(t.Meta.IncrementalRevenue / t.Meta.Spend, t.Meta.IncrementalRoas!.Value, 12);
            Assert.Equal(tenant.MetaAds.Sum(r => r.ConversionsValue), t.Meta.ReportedConversionsValue, 1e-6);
            Assert.Equal(t.Meta.ReportedConversionsValue / t.Meta.Spend, t.Meta.ReportedRoas!.Value, 12);
            double email = t.Days.Sum(d => d.Mu - Math.Exp(d.LnMu - d.Email));
            Assert.Equal(email, t.EmailIncrementalRevenue, 1e-6 * email);
            Assert.True(t.EmailIncrementalRevenue > 0);
        }
    }
}
