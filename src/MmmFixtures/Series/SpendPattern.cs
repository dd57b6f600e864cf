// In the root namespace, beside the attributes that take it: `using MmmFixtures;` is all an attribute block needs.
namespace MmmFixtures;

/// <summary>The shape of a spend (or control value) series before its multiplicative noise.</summary>
public enum SpendPattern
{
    /// <summary>Always on at the base level.</summary>
    Constant,
    /// <summary><c>base · max(0, 1 + trend · t)</c>.</summary>
    LinearTrend,
    /// <summary><c>base · (1 + amplitude · cos(2π (τ − peak) / 365.25))</c>: an annual cycle peaking on a day of the year.</summary>
    Seasonal,
    /// <summary>Zero before a start period, a linear ramp to the base level, zero again from an optional end period.</summary>
    DelayedStart,
    /// <summary>Flighting: bursts at the base level separated by idle periods.</summary>
    OnOff,
    /// <summary>A user delegate (runtime API only; not expressible in JSON or attributes).</summary>
    Custom,
}
