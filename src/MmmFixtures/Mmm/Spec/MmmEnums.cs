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

/// <summary>What the KPI <c>y</c> counts.</summary>
public enum KpiType
{
    /// <summary>Revenue (currency): <c>y</c> and every component are revenue, and ROAS is contribution per unit of spend.</summary>
    Revenue,
    /// <summary>
    /// Conversions (or any non-revenue count): <c>y</c> and every component are in conversions, each worth
    /// <see cref="MmmSpec.RevenuePerKpi"/>; data.csv gains a <c>revenue_per_kpi</c> column and ROAS stays in revenue
    /// (contribution × revenue per KPI / spend).
    /// </summary>
    Conversions,
}
