using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Rules;
using MmmFixtures.Validation;

namespace MmmFixtures.Mmm;

/// <summary>
/// Everything that defines a marketing-mix panel. Immutable: derive variants with <c>with</c>, or
/// build one with <see cref="MmmSpecBuilder"/>; read and write it as JSON with <see cref="MmmSpecJson"/>.
/// Generation validates it first (<see cref="MmmSpecValidator"/>) and fails with every problem listed.
/// </summary>
public sealed record MmmSpec
{
    /// <summary>The root seed: every random value is a pure function of it and the value's path.</summary>
    public ulong Seed { get; init; }

    /// <summary>Weekly (default) or daily rows.</summary>
    public Frequency Frequency { get; init; } = Frequency.Weekly;

    /// <summary>Weekly panels: the weekday each period starts on (default Monday).</summary>
    public DayOfWeek WeekStart { get; init; } = DayOfWeek.Monday;

    /// <summary>The first period's date (default 2022-01-03, a Monday).</summary>
    public DateTime StartDate { get; init; } = new(2022, 1, 3);

    /// <summary>Number of periods T (rows per geo).</summary>
    public int Periods { get; init; } = 104;

    /// <summary>The geos; the default is one geo, <c>geo_1</c>.</summary>
    public IReadOnlyList<GeoSpec> Geos { get; init; } = GeoNames(1);

    /// <summary>The media channels, in column order.</summary>
    public IReadOnlyList<ChannelSpec> Channels { get; init; } = Array.Empty<ChannelSpec>();

    /// <summary>The control variables, in column order.</summary>
    public IReadOnlyList<ControlSpec> Controls { get; init; } = Array.Empty<ControlSpec>();

    /// <summary>The events, in column order.</summary>
    public IReadOnlyList<EventSpec> Events { get; init; } = Array.Empty<EventSpec>();

    /// <summary>What <c>y</c> counts: revenue (default) or conversions worth <see cref="RevenuePerKpi"/> each.</summary>
    public KpiType KpiType { get; init; } = KpiType.Revenue;

    /// <summary>
    /// Revenue of one KPI unit (default 1; must be 1 for a revenue KPI). With <see cref="KpiType.Conversions"/>, revenue
    /// = y × this, data.csv holds it on every row as <c>revenue_per_kpi</c>, and truth ROAS are in revenue.
    /// </summary>
    public double RevenuePerKpi { get; init; } = 1;

    /// <summary>Level, trend and seasonality of the KPI.</summary>
    public BaselineSpec Baseline { get; init; } = new();

    /// <summary>How much geos differ around the national parameters.</summary>
    public HierarchySpec Hierarchy { get; init; } = new();

    /// <summary>Additive normal (default) or multiplicative log-normal noise.</summary>
    public NoiseModel NoiseModel { get; init; } = NoiseModel.Normal;

    /// <summary>Noise standard deviation relative to the geo's base level (default 0.02).</summary>
    public double NoiseSd { get; init; } = 0.02;

    /// <summary>
    /// When true, a negative y is raised to 0 by an explicit <c>clamp</c> component (so the identity still
    /// holds); when false (default), negative y stays and validation warns about it.
    /// </summary>
    public bool ClampNegativeY { get; init; }

    /// <summary>
    /// A label saying the panel is a deliberately hard case (the pathology presets set it), or null (default) for a
    /// well-posed panel. It changes no value; the truth repeats it.
    /// </summary>
    public PathologyLabel? Pathology { get; init; }

    /// <summary>Geos named <c>geo_1</c>..<c>geo_n</c>.</summary>
    /// <exception cref="SpecValidationException"><paramref name="count"/> is above the largest number of geos (checked before allocating).</exception>
    public static IReadOnlyList<GeoSpec> GeoNames(int count)
    {
        var errors = new SpecErrorCollector();
        if (count > 0) errors.CheckCount(MmmRules.Geos, count, "geo", "geos");
        errors.ThrowIfInvalid("MMM spec");
        // A loop, not Range(…).Select(…): that Select is a generic virtual method, whose first call costs the Native AOT tool ~18 pages.
        var geos = new GeoSpec[Math.Max(0, count)];
        for (int i = 0; i < geos.Length; i++) geos[i] = new GeoSpec($"geo_{i + 1}");
        return geos;
    }

    /// <summary>The date of period <paramref name="t"/>.</summary>
    public DateTime DateOf(int t) => Frequency == Frequency.Weekly ? StartDate.AddDays(7.0 * t) : StartDate.AddDays(t);

    /// <summary>Days in one period (7 or 1).</summary>
    public int DaysPerPeriod => MmmCrossRules.DaysPerPeriod(Frequency == Frequency.Weekly);
}
