namespace MmmFixtures.Mmm;

/// <summary>How often the panel has a row per geo.</summary>
public enum Frequency
{
    /// <summary>One row per week; each date is the week's first day (<see cref="MmmSpec.WeekStart"/>).</summary>
    Weekly,
    /// <summary>One row per day.</summary>
    Daily,
}

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

/// <summary>The exposure unit a channel reports next to its spend.</summary>
public enum MediaUnit
{
    /// <summary>Spend only.</summary>
    None,
    /// <summary>Impressions: <c>spend / cpm · 1000 · (1 + ν)</c>.</summary>
    Cpm,
    /// <summary>Clicks: <c>spend / cpc · (1 + ν)</c>.</summary>
    Cpc,
}

/// <summary>Which series feeds the media transform.</summary>
public enum TransformInput
{
    /// <summary>The spend series (default).</summary>
    Spend,
    /// <summary>The exposure series (impressions or clicks); requires a <see cref="MediaUnit"/>.</summary>
    Exposure,
}

/// <summary>The carry-over kernel of a channel.</summary>
public enum AdstockKind
{
    /// <summary>No carry-over: the kernel is [1].</summary>
    None,
    /// <summary><c>w_l = α^l</c>.</summary>
    Geometric,
    /// <summary><c>w_l = α^((l − θ)²)</c>: the peak effect comes θ periods after spend.</summary>
    Delayed,
    /// <summary><c>w_0 = 1, w_l = Π_{j=1..l} (1 − F(j; k, λ))</c>, F the Weibull CDF.</summary>
    WeibullCdf,
    /// <summary>The Weibull density <c>f(l + 1; k, λ)</c> min–max rescaled to [0, 1].</summary>
    WeibullPdf,
}

/// <summary>The diminishing-returns curve of a channel.</summary>
public enum SaturationKind
{
    /// <summary>No saturation: the identity.</summary>
    None,
    /// <summary><c>a^s / (a^s + κ^s)</c>; 0.5 at a = κ.</summary>
    Hill,
    /// <summary><c>(1 − e^(−λa)) / (1 + e^(−λa))</c>.</summary>
    Logistic,
    /// <summary><c>a / (κ + a)</c>.</summary>
    MichaelisMenten,
    /// <summary><c>tanh(a / c)</c>.</summary>
    Tanh,
}

/// <summary>The order of the two media transforms.</summary>
public enum TransformOrder
{
    /// <summary>Carry-over first, then saturation (default).</summary>
    AdstockThenSaturation,
    /// <summary>Saturation first, then carry-over.</summary>
    SaturationThenAdstock,
}

/// <summary>How noise enters the KPI.</summary>
public enum NoiseModel
{
    /// <summary>Additive: <c>ε ~ N(0, NoiseSd · base[g])</c>.</summary>
    Normal,
    /// <summary>
    /// Multiplicative: the noiseless KPI times <c>exp(σz − σ²/2)</c> (mean-preserving); the noise
    /// component is the difference, so the additive identity of y still holds.
    /// </summary>
    LogNormal,
}
