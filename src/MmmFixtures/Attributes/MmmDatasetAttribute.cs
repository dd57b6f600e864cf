using System;
using MmmFixtures.Mmm;

namespace MmmFixtures;

/// <summary>
/// Declares a marketing-mix fixture on a <c>partial</c> class. The MmmFixtures source generator turns the
/// class into a fixture with typed rows, typed truth per declared channel and control, a lazily generated
/// shared <c>Instance</c> and writers. Add channels with <see cref="ChannelAttribute"/>, controls with
/// <see cref="ControlAttribute"/> and events with <see cref="EventAttribute"/>, or start from a
/// <see cref="Preset"/>. Properties left unset take the runtime defaults of <see cref="MmmSpec"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class MmmDatasetAttribute : Attribute
{
    /// <summary>The root seed (default: the MSBuild property <c>MmmFixturesDefaultSeed</c>, else 0; presets: 42).</summary>
    public ulong Seed { get; set; }
    /// <summary>A preset to start from; it cannot be combined with explicit channels, controls or events.</summary>
    public MmmPreset Preset { get; set; }
    /// <summary>Number of periods. Default: 104. Allowed: [1, 100000].</summary>
    public int Periods { get; set; }
    /// <summary>Weekly or daily rows.</summary>
    public Frequency Frequency { get; set; }
    /// <summary>Weekly panels: the weekday periods start on.</summary>
    public DayOfWeek WeekStart { get; set; }
    /// <summary>The first period's date, <c>yyyy-MM-dd</c>.</summary>
    public string? StartDate { get; set; }
    /// <summary>Number of geos, named geo_1..geo_n. Default: 1. Allowed: [1, 100000].</summary>
    public int Geos { get; set; }
    /// <summary>Explicit geo names (instead of <see cref="Geos"/>).</summary>
    public string[]? GeoNames { get; set; }
    /// <summary>The national base level per period. Default: 10000. Allowed: (0, 1000000000000].</summary>
    public double BaseSales { get; set; }
    /// <summary>Relative trend of the base per period. Default: 0. Allowed: [-1, 1].</summary>
    public double SalesTrend { get; set; }
    /// <summary>Fourier pairs of the seasonality. Default: 2. Allowed: [0, 10].</summary>
    public int SeasonalityOrder { get; set; }
    /// <summary>Largest relative seasonal swing. Default: 0.2. Allowed: [0, 1).</summary>
    public double SeasonalAmplitude { get; set; }
    /// <summary>Noise standard deviation relative to the base level. Default: 0.02. Allowed: [0, 1].</summary>
    public double NoiseSd { get; set; }
    /// <summary>Additive or log-normal noise.</summary>
    public NoiseModel NoiseModel { get; set; }
    /// <summary>What y counts: revenue (default) or conversions worth <see cref="RevenuePerKpi"/> each.</summary>
    public KpiType KpiType { get; set; }
    /// <summary>Revenue of one KPI unit (conversions KPIs only). Default: 1. Allowed: (0, 1000000000].</summary>
    public double RevenuePerKpi { get; set; }
    /// <summary>Raise negative y to 0 through a clamp component.</summary>
    public bool ClampNegativeY { get; set; }
    /// <summary>Geo spread σ of β. Default: 0. Allowed: [0, 2].</summary>
    public double HierarchyBeta { get; set; }
    /// <summary>Geo spread σ of adstock α (logit scale). Default: 0. Allowed: [0, 2].</summary>
    public double HierarchyAlpha { get; set; }
    /// <summary>Geo spread σ of the saturation scale. Default: 0. Allowed: [0, 2].</summary>
    public double HierarchyHalfSaturation { get; set; }
    /// <summary>Geo spread σ of the base level. Default: 0. Allowed: [0, 2].</summary>
    public double HierarchyBaseline { get; set; }
}
