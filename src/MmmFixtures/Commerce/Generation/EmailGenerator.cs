using System;
using System.Collections.Generic;
using MmmFixtures.Randomness;
using MmmFixtures.Randomness.Distributions;

namespace MmmFixtures.Commerce.Generation;

/// <summary>
/// A tenant's e-mail campaigns. Day d is a send day with probability SendProbability (stream
/// <c>tenant/&lt;name&gt;/email/send</c>, one uniform a day). The demand's e-mail signal is the send indicator carried
/// over geometrically, <c>email[d] = send_d + Carryover · email[d−1]</c>. On a send day the tool reports nested binomial
/// counts (stream <c>email/metrics</c>, drawn on send days only): received ~ Binomial(ListSize, DeliveryRate), opened ~
/// Binomial(received, OpenRate), clicked ~ Binomial(opened, ClickRate), placed ~ Binomial(clicked, OrderRate), with
/// attributed revenue placed × AOV to the cent.
/// </summary>
internal sealed class EmailGenerator
{
    /// <summary>email[d], the carried-over send signal.</summary>
    public double[] Signal { get; }

    /// <summary>E-mails sent per day: ListSize on send days, 0 otherwise.</summary>
    public long[] Sends { get; }

    /// <summary>Four rows per send day, in date order.</summary>
    public List<EmailMetricDay> Rows { get; } = new();

    public EmailGenerator(EmailSpec email, IReadOnlyList<DateTime> dates, StreamKey key, double averageOrderValue)
    {
        int n = dates.Count;
        Signal = new double[n];
        Sends = new long[n];
        var send = key.Open("send");
        var metrics = key.Open("metrics");
        double carried = 0;
        for (int d = 0; d < n; d++)
        {
            bool sent = send.NextDouble() < email.SendProbability;
            carried = (sent ? 1 : 0) + email.Carryover * carried;
            Signal[d] = carried;
            if (!sent) continue;
            Sends[d] = email.ListSize;
            long received = metrics.Binomial(email.ListSize, email.DeliveryRate);
            long opened = metrics.Binomial(received, email.OpenRate);
            long clicked = metrics.Binomial(opened, email.ClickRate);
            long placed = metrics.Binomial(clicked, email.OrderRate);
            Rows.Add(new EmailMetricDay(dates[d], EmailMetric.Received, received, 0));
            Rows.Add(new EmailMetricDay(dates[d], EmailMetric.Opened, opened, 0));
            Rows.Add(new EmailMetricDay(dates[d], EmailMetric.Clicked, clicked, 0));
            Rows.Add(new EmailMetricDay(dates[d], EmailMetric.PlacedOrder, placed, OrderGenerator.Money(OrderGenerator.Cents(placed * averageOrderValue))));
        }
    }
}
