using MmmFixtures.Commerce;
using MmmFixtures.Commerce.Generation;

namespace MmmFixtures.Tests.Commerce.Generation;

/// <summary>Orders: counts consistent with μ, baskets with the exact AOV, money identities on every line, time order and time zones.</summary>
public class OrderTests
{
    private static CommerceSpec OneTenant(OrderSpec orders, int days = 1) => new()
    {
        Seed = 1, StartDate = new DateTime(2024, 3, 1), Days = days, Tenants = [new TenantSpec("shop") { Orders = orders }],
    };

    [Fact]
    public void Aov_is_the_exact_expectation_over_the_rounded_catalog()
    {
        // One product, one line of quantity 1: net = price − discount on half the orders, kept on 80% of lines.
        // NetPerUnitPrice = 1·1·(1 − 0.5·0.1)·0.8 = 0.76, so the price is round(80/0.76 · 100) = 10526 cents,
        // the discount round(1052.6) = 1053 cents, and AOV = 0.8 · (10526 − 0.5·1053) / 100 = 79.996.
        var orders = new OrderSpec
        {
            Products = 1, LineItemsMean = 1, MaxLineItems = 1, QuantityMean = 1, MaxQuantity = 1, DiscountRate = 0.5, DiscountPercent = 0.1,
            RefundRate = 0.2, AverageOrderValue = 80,
        };
        var tenant = CommerceGenerator.GenerateTenant(OneTenant(orders), 0);
        Assert.Equal(79.996, tenant.Truth.AverageOrderValue, 12);
        Assert.All(tenant.Orders, line => Assert.Equal(105.26, line.UnitPrice));
    }

    [Fact]
    public void Line_counts_and_quantities_follow_the_capped_shifted_Poisson()
    {
        // L = min(1 + Poisson(0.5), 2): P(L = 1) = e^−0.5, so E[L] = 2 − e^−0.5 and E[L²] = 4 − 3e^−0.5.
        var law = new BasketLaw(new OrderSpec { LineItemsMean = 1.5, MaxLineItems = 2, QuantityMean = 1, MaxQuantity = 3, DiscountRate = 0, RefundRate = 0 });
        Assert.Equal(2 - Math.Exp(-0.5), law.LinesMean, 14);
        Assert.Equal(4 - 3 * Math.Exp(-0.5), law.LinesSecondMoment, 14);
        Assert.Equal(1, law.QuantityMean);
        // Two products of 1.00 and 3.00, no discounts or refunds: E[Y] = 2, E[Y²] = 5 (in units), E[V] = E[L]·2.
        var (mean, second) = law.OrderMoments([100, 300]);
        Assert.Equal(law.LinesMean * 200, mean, 9);
        Assert.Equal(law.LinesMean * 50_000 + (law.LinesSecondMoment - law.LinesMean) * 40_000, second, 6);
    }

    [Fact]
    public void Default_order_counts_match_mu_within_Poisson_error_and_mean_order_value_matches_aov()
    {
        foreach (var tenant in CommerceTestData.Default.Tenants)
        {
            var days = tenant.Truth.Days;
            double expected = days.Sum(d => d.ExpectedOrders);
            long orders = days.Sum(d => d.Orders);
            Assert.InRange(orders - expected, -4 * Math.Sqrt(expected), 4 * Math.Sqrt(expected));
            double aov = tenant.Truth.AverageOrderValue;
            double meanValue = days.Sum(d => d.NetRevenue) / orders;
            // The order value's sd is about its mean here; 4 sd of the mean of ~25 000 orders is about 2.5% of AOV.
            Assert.InRange(meanValue / aov, 0.975, 1.025);
            Assert.Equal(tenant.Spec.Orders.AverageOrderValue, aov, 0.01 * aov); // cent rounding moves it little
        }
    }

    [Fact]
    public void Every_line_keeps_the_money_identities()
    {
        var tenant = CommerceTestData.Default.Tenants[1];
        Assert.NotEmpty(tenant.Orders);
        Assert.Contains(tenant.Orders, l => l.Refund > 0);
        Assert.Contains(tenant.Orders, l => l.Discount > 0);
        foreach (var line in tenant.Orders)
        {
            Assert.True(line.NetRevenue <= line.OrderValue);
            Assert.True(line.NetRevenue >= 0);
            Assert.Equal(Math.Round(line.UnitPrice * line.Quantity, 2), line.OrderValue);
            Assert.Equal(Math.Round(line.OrderValue - line.Discount - line.Refund, 2), line.NetRevenue);
            Assert.True(line.Refund == 0 || line.NetRevenue == 0); // refunds are whole lines
            double discount = line.DiscountCode is null ? 0 : Math.Round(Math.Round(line.OrderValue * 100) * 0.15, MidpointRounding.AwayFromZero) / 100;
            Assert.Equal(discount, line.Discount);
        }
        foreach (var order in tenant.Orders.GroupBy(l => l.OrderId))
        {
            long subtotalCents = order.Sum(l => (long)Math.Round((l.OrderValue - l.Discount) * 100));
            Assert.Equal(Math.Round(subtotalCents * 0.08 / 100, 2, MidpointRounding.AwayFromZero), order.First().OrderTax, 2);
            Assert.Equal(subtotalCents >= 7500 ? 0 : 5.99, order.First().OrderShipping);
            Assert.Equal(Enumerable.Range(1, order.Count()), order.Select(l => l.Line));
            Assert.Single(order.Select(l => (l.Timestamp, l.CustomerId, l.DiscountCode, l.OrderTax)).Distinct());
        }
    }

    [Fact]
    public void Orders_are_in_time_order_with_sequential_ids_and_local_dates()
    {
        var tenant = CommerceTestData.Default.Tenants[0]; // UTC−5
        var firstLines = tenant.Orders.Where(l => l.Line == 1).ToArray();
        Assert.Equal(Enumerable.Range(1001, firstLines.Length).Select(i => (long)i), firstLines.Select(l => l.OrderId));
        for (int i = 1; i < firstLines.Length; i++) Assert.True(firstLines[i].Timestamp >= firstLines[i - 1].Timestamp);
        foreach (var line in firstLines)
        {
            Assert.Equal(DateTimeKind.Utc, line.Timestamp.Kind);
            Assert.Equal(line.Date, line.Timestamp.AddHours(-5).Date);
            Assert.Equal(0, line.Timestamp.Ticks % TimeSpan.TicksPerMillisecond);
        }
        foreach (var day in tenant.Daily)
            Assert.Equal(day.Orders, firstLines.Count(l => l.Date == day.Date));
        var byDate = tenant.Orders.GroupBy(l => l.Date).ToDictionary(g => g.Key, g => g.Sum(l => (long)Math.Round(l.NetRevenue * 100)));
        foreach (var day in tenant.Daily)
            Assert.Equal(byDate.GetValueOrDefault(day.Date) / 100.0, day.NetRevenue);
    }

    [Fact]
    public void Hour_of_day_curve_shapes_the_local_times()
    {
        var tenant = CommerceTestData.Default.Tenants[1]; // UTC−7
        var hours = tenant.Orders.Where(l => l.Line == 1).Select(l => l.Timestamp.AddHours(-7).Hour).ToArray();
        int night = hours.Count(h => h == 3), evening = hours.Count(h => h == 20);
        double total = OrderSpec.DefaultHourOfDay.Sum(); // 18.85; hours 3 and 20 have 0.1 and 1.6
        Assert.Equal(0.1 / total, (double)night / hours.Length, 0.002);
        Assert.Equal(1.6 / total, (double)evening / hours.Length, 0.005);
    }
}
