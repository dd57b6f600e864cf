namespace MmmFixtures.Mmm;

/// <summary>How often the panel has a row per geo.</summary>
public enum Frequency
{
    /// <summary>One row per week; each date is the week's first day (<see cref="MmmSpec.WeekStart"/>).</summary>
    Weekly,
    /// <summary>One row per day.</summary>
    Daily,
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
