using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Numerics;

namespace MmmFixtures.Commerce.Report;

/// <summary>
/// The largest error of each of the commerce truth's identities, measured on one tenant's generated rows (then the
/// largest over tenants): relative errors are divided by μ or by the total they check, money is compared to the cent,
/// and rule breaches are counted.
/// </summary>
internal sealed class CommerceIdentityErrors
{
    /// <summary>|ln μ − (ln base + seasonality + weekday + temperature + precipitation + Meta + Google + e-mail + ε)|.</summary>
    public double LogDemand { get; private set; }

    /// <summary>|μ − exp ln μ| / μ and the same for the four counterfactuals with their terms set to 0.</summary>
    public double Counterfactuals { get; private set; }

    /// <summary>|temperature − e_T·zT| and |precipitation − e_P·zP| against the panel's anomalies.</summary>
    public double WeatherTerms { get; private set; }

    /// <summary>|(net revenue − μ) − (PoissonNoise + BasketNoise)| / μ.</summary>
    public double RevenueNoise { get; private set; }

    /// <summary>Days whose panel net revenue is not Σ the day's order lines' net, to the cent.</summary>
    public long OrderRevenueMismatches { get; private set; }

    /// <summary>Days whose panel order count is not the number of distinct orders of the day.</summary>
    public long OrderCountMismatches { get; private set; }

    /// <summary>Days whose panel Meta or Google spend is not Σ the day's campaign rows' spend, to the cent.</summary>
    public long CampaignSpendMismatches { get; private set; }

    /// <summary>Relative error of the truth's spend, reported value and ROAS against the platform's rows.</summary>
    public double PlatformTotals { get; private set; }

    /// <summary>Campaign rows whose conversion value is not conversions × AOV to the cent.</summary>
    public long ConversionValueMismatches { get; private set; }

    /// <summary>Relative error of each platform's and the e-mail's incremental revenue against Σ(μ − μ without it).</summary>
    public double IncrementalRevenue { get; private set; }

    /// <summary>Send days whose counts are not nested (list ≥ received ≥ opened ≥ clicked ≥ placed), whose attributed revenue is not placed × AOV, or that the panel's sends disagree with.</summary>
    public long EmailMismatches { get; private set; }

    /// <summary>The e-mail send days checked.</summary>
    public long EmailSendDays { get; private set; }

    /// <summary>Campaign rows checked.</summary>
    public long CampaignRows { get; private set; }

    /// <summary>Tenant-days checked.</summary>
    public long TenantDays { get; private set; }

    /// <summary>Measures one tenant.</summary>
    public static CommerceIdentityErrors Of(TenantDataset tenant)
    {
        var e = new CommerceIdentityErrors();
        var t = tenant.Truth;
        var spec = tenant.Spec;
        int n = t.Days.Count;
        var first = n == 0 ? default : t.Days[0].Date;
        var (net, orders, strays) = ByDay(tenant.Orders, n, first);
        var meta = SpendByDay(tenant.MetaAds, n, first);
        var google = SpendByDay(tenant.GoogleAds, n, first);
        e.OrderCountMismatches = strays;
        e.TenantDays = t.Days.Count;
        for (int i = 0; i < t.Days.Count; i++)
        {
            var d = t.Days[i];
            var day = tenant.Daily[i];
            double lnMu = d.LnBase + d.Seasonality + d.Weekday + d.Temperature + d.Precipitation + d.Meta + d.Google + d.Email + d.Noise;
            e.LogDemand = Math.Max(e.LogDemand, Math.Abs(d.LnMu - lnMu));
            e.Counterfactuals = Max(e.Counterfactuals,
                Relative(d.Mu, DeterministicMath.Exp(d.LnMu), d.Mu),
                Relative(d.MuNormalWeather, DeterministicMath.Exp(d.LnBase + d.Seasonality + d.Weekday + 0 + 0 + d.Meta + d.Google + d.Email + d.Noise), d.Mu),
                Relative(d.MuWithoutMeta, DeterministicMath.Exp(d.LnBase + d.Seasonality + d.Weekday + d.Temperature + d.Precipitation + 0 + d.Google + d.Email + d.Noise), d.Mu),
                Relative(d.MuWithoutGoogle, DeterministicMath.Exp(d.LnBase + d.Seasonality + d.Weekday + d.Temperature + d.Precipitation + d.Meta + 0 + d.Email + d.Noise), d.Mu),
                Relative(d.MuWithoutEmail, DeterministicMath.Exp(d.LnBase + d.Seasonality + d.Weekday + d.Temperature + d.Precipitation + d.Meta + d.Google + 0 + d.Noise), d.Mu));
            e.WeatherTerms = Max(e.WeatherTerms, Math.Abs(d.Temperature - spec.TemperatureElasticity * day.TempZ), Math.Abs(d.Precipitation - spec.PrecipitationElasticity * day.PrecipZ));
            e.RevenueNoise = Math.Max(e.RevenueNoise, Relative(d.NetRevenue - d.Mu, d.PoissonNoise + d.BasketNoise, d.Mu));
            if (Cents(day.NetRevenue) != net[i]) e.OrderRevenueMismatches++;
            if (orders[i] != day.Orders || day.Orders != d.Orders) e.OrderCountMismatches++;
            if (Cents(day.MetaSpend) != meta[i] || Cents(day.GoogleSpend) != google[i]) e.CampaignSpendMismatches++;
        }
        e.CampaignRows = tenant.MetaAds.Count + tenant.GoogleAds.Count;
        e.ConversionValueMismatches = tenant.MetaAds.Concat(tenant.GoogleAds)
            .Count(r => Math.Abs(r.ConversionsValue - Math.Round(r.Conversions * t.AverageOrderValue, 2, MidpointRounding.AwayFromZero)) > 1e-9 * Math.Max(1, r.ConversionsValue));
        e.PlatformTotals = Max(Totals(t.Meta, tenant.MetaAds, tenant.Daily.Sum(d => d.MetaSpend)), Totals(t.Google, tenant.GoogleAds, tenant.Daily.Sum(d => d.GoogleSpend)));
        e.IncrementalRevenue = Max(
            Relative(t.Meta.IncrementalRevenue, t.Days.Sum(d => d.Mu - d.MuWithoutMeta), t.Days.Sum(d => d.Mu)),
            Relative(t.Google.IncrementalRevenue, t.Days.Sum(d => d.Mu - d.MuWithoutGoogle), t.Days.Sum(d => d.Mu)),
            Relative(t.EmailIncrementalRevenue, t.Days.Sum(d => d.Mu - d.MuWithoutEmail), t.Days.Sum(d => d.Mu)));
        e.MeasureEmail(tenant);
        return e;
    }

    private void MeasureEmail(TenantDataset tenant)
    {
        var email = tenant.Spec.Email;
        var days = tenant.Email.GroupBy(r => r.Date).ToArray();
        var sendDays = new HashSet<DateTime>(tenant.Daily.Where(d => d.EmailSends > 0).Select(d => d.Date));
        EmailSendDays = Math.Max(days.Length, sendDays.Count);
        foreach (var g in days)
        {
            long[] c = g.OrderBy(r => r.Metric).Select(r => r.Count).ToArray();
            double attributed = g.Sum(r => r.RevenueAttributed);
            bool nested = c.Length == 4 && c[0] <= email.ListSize && c[1] <= c[0] && c[2] <= c[1] && c[3] <= c[2];
            bool revenue = c.Length == 4 && Math.Abs(attributed - Math.Round(c[3] * tenant.Truth.AverageOrderValue, 2, MidpointRounding.AwayFromZero)) <= 1e-9 * Math.Max(1, attributed);
            bool inPanel = sendDays.Remove(g.Key);
            if (!nested || !revenue || !inPanel) EmailMismatches++;
        }
        EmailMismatches += sendDays.Count; // panel send days without metric rows
    }

    /// <summary>The larger error of each identity, and the sum of the counts.</summary>
    public void Add(CommerceIdentityErrors o)
    {
        LogDemand = Math.Max(LogDemand, o.LogDemand);
        Counterfactuals = Math.Max(Counterfactuals, o.Counterfactuals);
        WeatherTerms = Math.Max(WeatherTerms, o.WeatherTerms);
        RevenueNoise = Math.Max(RevenueNoise, o.RevenueNoise);
        OrderRevenueMismatches += o.OrderRevenueMismatches;
        OrderCountMismatches += o.OrderCountMismatches;
        CampaignSpendMismatches += o.CampaignSpendMismatches;
        PlatformTotals = Math.Max(PlatformTotals, o.PlatformTotals);
        ConversionValueMismatches += o.ConversionValueMismatches;
        IncrementalRevenue = Math.Max(IncrementalRevenue, o.IncrementalRevenue);
        EmailMismatches += o.EmailMismatches;
        EmailSendDays += o.EmailSendDays;
        CampaignRows += o.CampaignRows;
        TenantDays += o.TenantDays;
    }

    // Σ net in cents and the number of orders per day, in one pass over the lines (an order's lines are contiguous, so a
    // new id is a new order); lines dated outside the period are counted as strays. Money is summed in whole cents, so
    // the sums are exact however many lines a day has.
    private static (long[] Net, long[] Orders, long Strays) ByDay(IReadOnlyList<OrderLine> lines, int days, DateTime first)
    {
        var net = new long[days];
        var orders = new long[days];
        long strays = 0, lastOrder = -1;
        foreach (var line in lines)
        {
            int d = (line.Date - first).Days;
            if (d < 0 || d >= days)
            {
                strays++;
                continue;
            }
            net[d] += Cents(line.NetRevenue);
            if (line.OrderId != lastOrder) orders[d]++;
            lastOrder = line.OrderId;
        }
        return (net, orders, strays);
    }

    // Σ spend per day in cents; rows dated outside the period count on no day, so their spend shows as a panel mismatch.
    private static long[] SpendByDay(IReadOnlyList<AdCampaignDay> rows, int days, DateTime first)
    {
        var spend = new long[days];
        foreach (var r in rows)
        {
            int d = (r.Date - first).Days;
            if (d >= 0 && d < days) spend[d] += Cents(r.Spend);
        }
        return spend;
    }

    // Spend = Σ panel spend, reported value = Σ rows, both ROAS their ratios (only with spend).
    private static double Totals(PlatformTruth truth, IReadOnlyList<AdCampaignDay> rows, double panelSpend)
    {
        double reported = rows.Sum(r => r.ConversionsValue);
        double error = Max(Relative(truth.Spend, panelSpend, panelSpend), Relative(truth.ReportedConversionsValue, reported, reported));
        if (truth.Spend > 0)
            error = Max(error, Relative(truth.ReportedRoas ?? double.NaN, reported / truth.Spend, reported / truth.Spend),
                Relative(truth.IncrementalRoas ?? double.NaN, truth.IncrementalRevenue / truth.Spend, Math.Abs(truth.IncrementalRevenue / truth.Spend)));
        return error;
    }

    // |a − b| / scale (scale floored at 1 so zero totals compare absolutely); NaN counts as an infinite error.
    private static double Relative(double a, double b, double scale)
    {
        double error = Math.Abs(a - b) / Math.Max(1, Math.Abs(scale));
        return double.IsNaN(error) ? double.PositiveInfinity : error;
    }

    private static long Cents(double money) => Generation.OrderGenerator.Cents(money);

    private static double Max(double first, params double[] rest) => rest.Aggregate(first, Math.Max);
}
