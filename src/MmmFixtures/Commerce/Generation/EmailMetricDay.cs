using System;

namespace MmmFixtures.Commerce;

/// <summary>One e-mail metric of a send day (a row of <c>klaviyo_events.csv</c>).</summary>
/// <param name="Date">The local date.</param>
/// <param name="Metric">Which count.</param>
/// <param name="Count">How many.</param>
/// <param name="RevenueAttributed">Revenue the e-mail tool credits (placed-order rows; 0 otherwise).</param>
public sealed record EmailMetricDay(DateTime Date, EmailMetric Metric, long Count, double RevenueAttributed);

/// <summary>The e-mail metrics, written in lower snake case (<c>placed_order</c>) in the canonical table.</summary>
public enum EmailMetric
{
    /// <summary>E-mails delivered.</summary>
    Received,
    /// <summary>E-mails opened.</summary>
    Opened,
    /// <summary>E-mails clicked.</summary>
    Clicked,
    /// <summary>Orders the e-mail tool credits.</summary>
    PlacedOrder,
}
