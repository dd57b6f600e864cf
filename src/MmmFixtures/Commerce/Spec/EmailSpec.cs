namespace MmmFixtures.Commerce;

/// <summary>
/// A tenant's e-mail campaigns (Klaviyo-like): sends on some days; received, opened, clicked and placed-order counts
/// with attributed revenue. The true incremental effect is the demand term β_email·email[d], with email[d] the send
/// indicator carried over geometrically.
/// </summary>
public sealed record EmailSpec
{
    /// <summary>Probability that a day has a campaign send (0 = no e-mail).</summary>
    public double SendProbability { get; init; } = 2.0 / 7;

    /// <summary>Subscribers a campaign is sent to.</summary>
    public int ListSize { get; init; } = 20_000;

    /// <summary>Share of sends delivered (received).</summary>
    public double DeliveryRate { get; init; } = 0.98;

    /// <summary>Share of received e-mails opened.</summary>
    public double OpenRate { get; init; } = 0.35;

    /// <summary>Share of opened e-mails clicked.</summary>
    public double ClickRate { get; init; } = 0.08;

    /// <summary>Share of clicks followed by an order the e-mail tool credits.</summary>
    public double OrderRate { get; init; } = 0.06;

    /// <summary>β_email: the log-lift of demand on a send day.</summary>
    public double Beta { get; init; } = 0.05;

    /// <summary>Geometric carry-over of the e-mail effect to following days, in [0, 1).</summary>
    public double Carryover { get; init; } = 0.4;
}
