using System.Collections.Generic;
using System;
using MmmFixtures.Naming;
using MmmFixtures.Series;
using MmmFixtures.Validation;

namespace MmmFixtures.Mmm;

/// <summary>
/// Checks an <see cref="MmmSpec"/> before anything is generated and reports every problem with its
/// JSON path and allowed range (<c>channels[2].adstock.alpha = 1.3: must be in [0, 1)</c>).
/// </summary>
public static class MmmSpecValidator
{
    /// <summary>The largest number of periods a panel may have.</summary>
    public const int MaxPeriods = 100_000;

    /// <summary>The largest adstock kernel length.</summary>
    public const int MaxLagLimit = 520;

    /// <summary>All problems of <paramref name="spec"/> (empty when it is valid).</summary>
    public static IReadOnlyList<SpecError> Validate(MmmSpec spec)
    {
        if (spec is null) throw new ArgumentNullException(nameof(spec));
        var e = new SpecErrorCollector();
        e.InRange("periods", spec.Periods, 1, MaxPeriods);
        if (spec.Frequency == Frequency.Weekly)
            e.Require(spec.StartDate.DayOfWeek == spec.WeekStart, "startDate", spec.StartDate.ToString("yyyy-MM-dd"),
                $"must fall on weekStart ({spec.WeekStart}) for a weekly panel; it is a {spec.StartDate.DayOfWeek}");
        e.Require(spec.StartDate.Year >= 1900 && spec.StartDate.Year <= 2200, "startDate", spec.StartDate.ToString("yyyy-MM-dd"), "must be in [1900-01-01, 2200-12-31]");

        ValidateGeos(spec, e);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < spec.Channels.Count; i++) ValidateChannel(spec, spec.Channels[i], $"channels[{i}]", e, names);
        for (int i = 0; i < spec.Controls.Count; i++) ValidateControl(spec, spec.Controls[i], $"controls[{i}]", e, names);
        for (int i = 0; i < spec.Events.Count; i++) ValidateEvent(spec, spec.Events[i], $"events[{i}]", e, names);

        var b = spec.Baseline;
        e.InRange("baseline.baseSales", b.BaseSales, 0, 1e12, minInclusive: false);
        e.InRange("baseline.salesTrend", b.SalesTrend, -1, 1);
        e.InRange("baseline.seasonalityOrder", b.SeasonalityOrder, 0, 10);
        e.InRange("baseline.seasonalAmplitude", b.SeasonalAmplitude, 0, 1, maxInclusive: false);

        var h = spec.Hierarchy;
        e.InRange("hierarchy.beta", h.Beta, 0, 2);
        e.InRange("hierarchy.alpha", h.Alpha, 0, 2);
        e.InRange("hierarchy.halfSaturation", h.HalfSaturation, 0, 2);
        e.InRange("hierarchy.baseline", h.Baseline, 0, 2);

        e.InRange("noise.sd", spec.NoiseSd, 0, 1);
        return e.Errors;
    }

    /// <summary>Throws a <see cref="SpecValidationException"/> listing every problem, if there are any.</summary>
    public static void ThrowIfInvalid(MmmSpec spec)
    {
        var errors = Validate(spec);
        if (errors.Count > 0) throw new SpecValidationException("MMM spec", errors);
    }

    private static void ValidateGeos(MmmSpec spec, SpecErrorCollector e)
    {
        if (spec.Geos is null || spec.Geos.Count == 0)
        {
            e.Add("geos", spec.Geos?.Count, "must have at least one geo");
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < spec.Geos.Count; i++)
        {
            var geo = spec.Geos[i];
            if (string.IsNullOrWhiteSpace(geo.Name) || geo.Name.Trim() != geo.Name || geo.Name.IndexOfAny(new[] { '\r', '\n', '"', ',' }) >= 0)
                e.Add($"geos[{i}].name", geo.Name, "must be non-empty text without surrounding spaces, commas, quotes or line breaks");
            else if (!seen.Add(geo.Name))
                e.Add($"geos[{i}].name", geo.Name, "must be unique among geos");
            if (geo.Population is double p) e.InRange($"geos[{i}].population", p, 0, 1e10, minInclusive: false);
        }
    }

    private static void ValidateName(string name, string path, string kind, SpecErrorCollector e, Dictionary<string, string> names)
    {
        if (!EntityNames.IsIdentifier(name))
        {
            e.Add($"{path}.name", name, "must be an identifier: ASCII letters, digits and '_', not starting with a digit");
            return;
        }
        string column = EntityNames.ToSnakeCase(name);
        if (names.TryGetValue(column, out string? other))
            e.Add($"{path}.name", name, $"must be unique among channels, controls and events (its column '{column}' is also {other}'s)");
        else
            names[column] = $"{kind} '{name}'";
    }

    private static void ValidateChannel(MmmSpec spec, ChannelSpec c, string path, SpecErrorCollector e, Dictionary<string, string> names)
    {
        ValidateName(c.Name, path, "channel", e, names);
        ValidatePattern(spec, c.Spend, path, "baseSpend", allowNegativeLevel: false, e);
        if (c.Unit != MediaUnit.None)
        {
            e.InRange($"{path}.unitCost", c.UnitCost, 0, 1e9, minInclusive: false);
            e.InRange($"{path}.costNoise", c.CostNoise, 0, 1);
        }
        e.Require(!(c.TransformOn == TransformInput.Exposure && c.Unit == MediaUnit.None), $"{path}.transformOn", "Exposure",
            "needs a mediaUnit (Cpm or Cpc) to have an exposure series");

        var a = c.Adstock;
        string ap = $"{path}.adstock";
        e.InRange($"{ap}.maxLag", a.MaxLag, 1, MaxLagLimit);
        switch (a.Kind)
        {
            case AdstockKind.Geometric:
                e.InRange($"{ap}.alpha", a.Alpha, 0, 1, maxInclusive: false);
                break;
            case AdstockKind.Delayed:
                e.InRange($"{ap}.alpha", a.Alpha, 0, 1, minInclusive: false, maxInclusive: false);
                e.InRange($"{ap}.theta", a.Theta, 0, Math.Max(0, a.MaxLag - 1));
                break;
            case AdstockKind.WeibullCdf:
            case AdstockKind.WeibullPdf:
                e.InRange($"{ap}.shape", a.Shape, 0, 20, minInclusive: false);
                e.InRange($"{ap}.scale", a.Scale, 0, 1000, minInclusive: false);
                break;
        }

        var s = c.Saturation;
        string sp = $"{path}.saturation";
        switch (s.Kind)
        {
            case SaturationKind.Hill:
                e.InRange($"{sp}.halfSaturation", s.HalfSaturation, 0, 1e6, minInclusive: false);
                e.InRange($"{sp}.slope", s.Slope, 0, 20, minInclusive: false);
                break;
            case SaturationKind.MichaelisMenten:
                e.InRange($"{sp}.halfSaturation", s.HalfSaturation, 0, 1e6, minInclusive: false);
                break;
            case SaturationKind.Logistic:
                e.InRange($"{sp}.lambda", s.Lambda, 0, 1e6, minInclusive: false);
                break;
            case SaturationKind.Tanh:
                e.InRange($"{sp}.scale", s.TanhScale, 0, 1e6, minInclusive: false);
                break;
        }
        e.InRange($"{path}.beta", c.Beta, 0, 1e12);
    }

    private static void ValidateControl(MmmSpec spec, ControlSpec c, string path, SpecErrorCollector e, Dictionary<string, string> names)
    {
        ValidateName(c.Name, path, "control", e, names);
        ValidatePattern(spec, c.Value, path, "baseValue", allowNegativeLevel: true, e);
        e.InRange($"{path}.effect", c.Effect, -1e12, 1e12);
    }

    private static void ValidateEvent(MmmSpec spec, EventSpec ev, string path, SpecErrorCollector e, Dictionary<string, string> names)
    {
        ValidateName(ev.Name, path, "event", e, names);
        e.InRange($"{path}.effect", ev.Effect, -1e12, 1e12);
        bool hasDates = ev.Dates is { Count: > 0 };
        if (ev.Recurrence is null)
        {
            e.Require(hasDates, $"{path}.dates", null, "must list at least one date (or give a recurrence)");
        }
        else
        {
            e.Require(!hasDates, $"{path}.dates", ev.Dates.Count, "must be empty when a recurrence is given (one or the other)");
            var r = ev.Recurrence;
            string rp = $"{path}.recurrence";
            e.InRange($"{rp}.activationProbability", r.ActivationProbability, 0, 1, minInclusive: false);
            if (e.InRange($"{rp}.minActivePeriods", r.MinActivePeriods, 1, MaxPeriods))
                e.InRange($"{rp}.maxActivePeriods", r.MaxActivePeriods, r.MinActivePeriods, MaxPeriods);
        }
        if (!hasDates || spec.Periods < 1) return;
        DateTime end = spec.DateOf(spec.Periods);
        for (int i = 0; i < ev.Dates.Count; i++)
            e.Require(ev.Dates[i] >= spec.StartDate && ev.Dates[i] < end, $"{path}.dates[{i}]", ev.Dates[i].ToString("yyyy-MM-dd"),
                $"must fall inside the panel [{spec.StartDate:yyyy-MM-dd}, {end:yyyy-MM-dd})");
    }

    private static void ValidatePattern(MmmSpec spec, PatternSpec p, string path, string levelName, bool allowNegativeLevel, SpecErrorCollector e)
    {
        e.InRange($"{path}.{levelName}", p.Level, allowNegativeLevel ? -1e12 : 0, 1e12);
        e.InRange($"{path}.autocorrelation", p.Autocorrelation, -1, 1, minInclusive: false, maxInclusive: false);
        e.InRange($"{path}.volatility", p.Volatility, 0, 1);
        e.Require(p.Kind == SpendPattern.Custom || p.Custom is null, $"{path}.pattern", p.Kind, "must be Custom when a custom delegate is given");
        switch (p.Kind)
        {
            case SpendPattern.LinearTrend:
                e.InRange($"{path}.trend", p.Trend, -1, 1);
                break;
            case SpendPattern.Seasonal:
                e.InRange($"{path}.seasonalAmplitude", p.SeasonalAmplitude, 0, 1);
                e.InRange($"{path}.peakDayOfYear", p.PeakDayOfYear, 1, 366);
                break;
            case SpendPattern.DelayedStart:
                e.InRange($"{path}.startPeriod", p.StartPeriod, 0, Math.Max(0, spec.Periods - 1));
                e.InRange($"{path}.rampUpPeriods", p.RampUpPeriods, 1, MaxPeriods);
                if (p.EndPeriod is int end) e.InRange($"{path}.endPeriod", end, p.StartPeriod + 1L, MaxPeriods);
                break;
            case SpendPattern.OnOff:
                e.InRange($"{path}.activationProbability", p.ActivationProbability, 0, 1, minInclusive: false);
                if (e.InRange($"{path}.minActivePeriods", p.MinActivePeriods, 1, MaxPeriods))
                    e.InRange($"{path}.maxActivePeriods", p.MaxActivePeriods, p.MinActivePeriods, MaxPeriods);
                break;
            case SpendPattern.Custom:
                e.Require(p.Custom is not null, $"{path}.pattern", "Custom", "needs a custom delegate (runtime API only)");
                break;
        }
    }
}
