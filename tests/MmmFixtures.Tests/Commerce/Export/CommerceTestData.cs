using MmmFixtures.Commerce;

namespace MmmFixtures.Tests.Commerce.Export;

/// <summary>
/// Hand-built commerce datasets whose tables are consistent with one another (the panel sums the orders and ads,
/// net = gross − discount − refund, ROAS = value / spend), so the exporter can be tested independently of generation.
/// A tenant's values depend only on its name and its spec's numbers, as generated tenants do.
/// </summary>
internal static class CommerceTestData
{
    public static readonly DateTime Start = new(2024, 3, 1);

    public static CommerceSpec Spec(int days = 5, params string[] tenants) => new()
    {
        Seed = 7, StartDate = Start, Days = days,
        Tenants = (tenants.Length == 0 ? new[] { "alpha", "beta", "gamma" } : tenants)
            .Select((name, i) => CommercePresets.SeedTenants[i % 4] with { Name = name }).ToArray(),
    };

    public static CommerceDataset Dataset(CommerceSpec spec) => new(spec, spec.Tenants.Select(t => Tenant(spec, t)).ToArray());

    public static TenantDataset Tenant(CommerceSpec spec, TenantSpec tenant)
    {
        int salt = tenant.Name.Sum(c => c) + (int)tenant.BaseRevenue % 97;
        var weather = new List<WeatherDay>();
        var orders = new List<OrderLine>();
        var meta = new List<AdCampaignDay>();
        var google = new List<AdCampaignDay>();
        var email = new List<EmailMetricDay>();
        var daily = new List<TenantDay>();
        var demand = new List<DemandDay>();
        long orderId = 1000; // generated order numbers start at 1001, as a shop's do
        for (int d = 0; d < spec.Days; d++)
        {
            var date = spec.StartDate.AddDays(d);
            double temp = 8 + (salt + 3 * d) % 11 * 0.7, precip = (d + salt) % 3 == 0 ? 4.2 + d % 5 : 0;
            weather.Add(new WeatherDay(date, temp, temp + 4.5, temp - 4.5, precip, temp, precip, 10, 1.7, temp - 10, precip - 1.7, (temp - 10) / 3, (precip - 1.7) / 3.4));
            int dayOrders = 2 + (salt + d) % 3;
            double net = 0;
            for (int o = 0; o < dayOrders; o++)
            {
                orderId++;
                int lines = 1 + (int)((orderId + salt) % 2);
                string? code = orderId % 3 == 0 ? "SPRING15" : null;
                var time = date.AddHours(-tenant.UtcOffsetHours + 9 + 3 * o).AddMinutes(7 * o + 1).AddSeconds(13);
                double subtotal = 0;
                var orderLines = new List<OrderLine>();
                for (int line = 1; line <= lines; line++)
                {
                    int quantity = 1 + (int)((orderId + line) % 2);
                    double price = 12.5 + (salt + line * 7 + orderId) % 40;
                    double value = price * quantity, discount = code is null ? 0 : Math.Round(value * 0.15, 2), refund = (orderId + line) % 7 == 0 ? value - discount : 0;
                    subtotal += value - discount;
                    orderLines.Add(new OrderLine(date, time, orderId, line, 500 + orderId * 3 % 11, $"Product {line}, \"classic\"", $"SKU-{line:000}", quantity,
                        price, value, code, discount, refund, Math.Round(value - discount - refund, 2), 0, 0));
                    net += Math.Round(value - discount - refund, 2);
                }
                double tax = Math.Round(subtotal * 0.08, 2), shipping = subtotal >= 75 ? 0 : 5.99;
                orders.AddRange(orderLines.Select(l => l with { OrderTax = tax, OrderShipping = shipping }));
            }
            double metaSpend = 0, googleSpend = 0;
            foreach (var (campaign, i) in new[] { "Prospecting", "Retargeting" }.Select((c, i) => (c, i)))
            {
                double spend = 100 + (salt + d + i) % 50 + 0.25;
                meta.Add(new AdCampaignDay(date, 9_000 + i, campaign, "meta", spend, 12_000 + d, 150 + d, 3 + i, 240.5 + d));
                metaSpend += spend;
            }
            foreach (var (campaign, i) in new[] { "Search_Brand", "Shopping" }.Select((c, i) => (c, i)))
            {
                double spend = i == 1 && d == 0 ? 0 : 80 + (salt + 2 * d + i) % 30 + 0.5;
                google.Add(new AdCampaignDay(date, 7_000 + i, campaign, "google", spend, spend > 0 ? 4_000 + d : 0, spend > 0 ? 120 : 0, spend > 0 ? 4 : 0, spend > 0 ? 310.25 : 0));
                googleSpend += spend;
            }
            long sends = d % 2 == 0 ? 20_000 : 0;
            if (sends > 0)
                email.AddRange(new[]
                {
                    new EmailMetricDay(date, EmailMetric.Received, 19_600, 0), new EmailMetricDay(date, EmailMetric.Opened, 6_860, 0),
                    new EmailMetricDay(date, EmailMetric.Clicked, 548, 0), new EmailMetricDay(date, EmailMetric.PlacedOrder, 33, 2_640.5),
                });
            int weekday = ((int)date.DayOfWeek + 6) % 7 + 1;
            daily.Add(new TenantDay(tenant.Name, date, net, dayOrders, metaSpend, googleSpend, sends, temp, precip, (temp - 10) / 3, (precip - 1.7) / 3.4, weekday));
            double lnMu = Math.Log(tenant.BaseRevenue) + 0.01 * d;
            demand.Add(new DemandDay(date, Math.Log(tenant.BaseRevenue), 0.01 * d, 0, 0.02, -0.01, 0.03, 0.02, 0, -0.05, lnMu, Math.Exp(lnMu),
                Math.Exp(lnMu - 0.01), Math.Exp(lnMu - 0.03), Math.Exp(lnMu - 0.02), Math.Exp(lnMu), Math.Exp(lnMu) / 80, dayOrders, net, 1.5, -2.25));
        }
        var platform = new PlatformTruth(0.1, 350, 1_000, 400, 0.4, 2_400, 2.4);
        var truth = new TenantTruth(tenant.Name, tenant.Category, tenant.BaseRevenue, tenant.TemperatureElasticity, tenant.PrecipitationElasticity, 0.011, 0.012,
            new[] { 0, 0, 0, 0, 0, 0.0953, 0.0953 }, new[] { 0.1, -0.05, 0.02, 0.01 }, 80.25,
            new WeatherTruth(3, 0.6, 0.4, 3.4, 0.75, 6, new[] { new WeatherAnomalySpec(WeatherAnomalyKind.Heatwave, spec.StartDate.AddDays(1)) { Days = 2, Magnitude = 5 } }),
            platform, platform with { Beta = 0.08, IncrementalRoas = null, ReportedRoas = null }, 0.05, 120, demand);
        return new TenantDataset(tenant, weather, orders, meta, google, email, daily, truth);
    }
}
