using System;
using System.Collections.Generic;

namespace MmmFixtures.Clickstream;

/// <summary>The kinds of clickstream event, in funnel order.</summary>
public enum ClickEventType
{
    /// <summary>An item page view.</summary>
    View,
    /// <summary>A scroll through the viewed item's page.</summary>
    Scroll,
    /// <summary>The item went into the cart.</summary>
    AddToCart,
    /// <summary>The item left the cart.</summary>
    RemoveFromCart,
    /// <summary>The item was bought (only ever after its add_to_cart in the same session).</summary>
    Purchase,
}

/// <summary>
/// The defects an event carries (truth; see <see cref="DefectSpec"/>): a set, since a duplicate of a late event
/// is both a duplicate and late.
/// </summary>
[System.Flags]
public enum EventDefect
{
    /// <summary>A clean event.</summary>
    None = 0,
    /// <summary>A second delivery of the event before it.</summary>
    Duplicate = 1,
    /// <summary>The event arrived after later events of its session.</summary>
    Late = 2,
}

/// <summary>A catalog item (observable columns) with its popularity weight (truth).</summary>
/// <param name="ItemId">1-based id.</param>
/// <param name="CategoryIndex">Index into the spec's categories.</param>
/// <param name="Category">The category's name.</param>
/// <param name="BasePrice">Price before discount.</param>
/// <param name="DiscountPct">Discount in percent (0 when not discounted).</param>
/// <param name="CurrentPrice">Price after discount, rounded to cents.</param>
/// <param name="CreatedAt">When the item appeared; it is never seen before.</param>
/// <param name="Popularity">The item's Zipf weight within its category, normalised to sum 1 per category (truth).</param>
/// <param name="CategoryHidden">Whether the observable catalog shows no category for the item (a defect; truth).</param>
public readonly record struct CatalogItem(int ItemId, int CategoryIndex, string Category, double BasePrice, double DiscountPct,
    double CurrentPrice, DateTime CreatedAt, double Popularity, bool CategoryHidden = false);

/// <summary>A user as observed: id and registration time.</summary>
/// <param name="UserId">1-based id.</param>
/// <param name="RegistrationDate">Registration time (UTC).</param>
public readonly record struct ClickUser(int UserId, DateTime RegistrationDate);

/// <summary>One event row.</summary>
/// <param name="EventId">Unique id: user id · 2^24 + the event's number within the user.</param>
/// <param name="UserId">The user.</param>
/// <param name="SessionId">Unique id: user id · 2^16 + the session's number within the user.</param>
/// <param name="TimestampMs">Unix time in milliseconds (UTC).</param>
/// <param name="Type">The event kind.</param>
/// <param name="ItemId">The item.</param>
/// <param name="Price">The item's current price.</param>
/// <param name="DurationSeconds">Seconds until the session's next event (0 for its last event).</param>
/// <param name="TransactionId">For purchases the transaction id (session id · 16 + purchase number); 0 otherwise.</param>
/// <param name="ArrivalMs">When the event reached the data store (Unix ms); later than the timestamp only for late events.</param>
/// <param name="Defect">The event's defects, if any (truth, not an observable column).</param>
public readonly record struct ClickEvent(long EventId, int UserId, long SessionId, long TimestampMs, ClickEventType Type, int ItemId,
    double Price, double DurationSeconds, long TransactionId, long ArrivalMs, EventDefect Defect = EventDefect.None);

/// <summary>The truth of one user: persona, latent rates and category affinities.</summary>
/// <param name="UserId">The user.</param>
/// <param name="PersonaIndex">Index into the spec's personas.</param>
/// <param name="Persona">The persona's name.</param>
/// <param name="SessionsPerWeek">The user's mean session rate.</param>
/// <param name="PurchaseRate">The user's true per-session purchase probability.</param>
/// <param name="CategoryAffinity">Probability of each category when the user picks an item (sums to 1).</param>
/// <param name="IsBot">Whether the user is a bot (a defect): its persona is then not what drives it.</param>
public sealed record UserTruth(int UserId, int PersonaIndex, string Persona, double SessionsPerWeek, double PurchaseRate,
    IReadOnlyList<double> CategoryAffinity, bool IsBot = false);

/// <summary>The truth of one session.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="UserId">Its user.</param>
/// <param name="StartMs">First event time (Unix ms).</param>
/// <param name="EndMs">Last event time (Unix ms).</param>
/// <param name="IntendedPurchase">Whether the session set out to buy.</param>
/// <param name="RealisedPurchase">Whether it bought (false when the idle rule ended it first).</param>
/// <param name="PurchaseProbability">The true probability that a session of this user intends to buy.</param>
/// <param name="EventCount">Events in the session.</param>
public readonly record struct SessionTruth(long SessionId, int UserId, long StartMs, long EndMs, bool IntendedPurchase,
    bool RealisedPurchase, double PurchaseProbability, int EventCount);

/// <summary>Everything one user did: the unit the generator produces and streams.</summary>
/// <param name="User">The observable user.</param>
/// <param name="Truth">The user's truth.</param>
/// <param name="Sessions">The user's sessions (truth), in time order.</param>
/// <param name="Events">The user's events, in time order.</param>
public sealed record UserActivity(ClickUser User, UserTruth Truth, IReadOnlyList<SessionTruth> Sessions, IReadOnlyList<ClickEvent> Events);
