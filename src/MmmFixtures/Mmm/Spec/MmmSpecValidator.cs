using System.Collections.Generic;
using System;
using System.Linq;
using MmmFixtures.Media;
using MmmFixtures.Naming;
using MmmFixtures.Rules;
using MmmFixtures.Series;
using MmmFixtures.Validation;

namespace MmmFixtures.Mmm;

/// <summary>
/// Checks an <see cref="MmmSpec"/> before anything is generated and reports every problem with its
/// JSON path and allowed range (<c>channels[2].adstock.alpha = 1.3: must be in [0, 1)</c>). Every range
/// comes from the rule table the source generator also checks at build time.
/// </summary>
public static class MmmSpecValidator
{
    /// <summary>The largest number of periods a panel may have.</summary>
    public const int MaxPeriods = MmmRules.MaxPeriods;

    /// <summary>The largest adstock kernel length.</summary>
    public const int MaxLagLimit = MediaTransformRules.MaxLagLimit;

    /// <summary>All problems of <paramref name="spec"/> (empty when it is valid; at most the first 1 000).</summary>
    public static IReadOnlyList<SpecError> Validate(MmmSpec spec) => Collect(spec).Errors;

    /// <summary>Throws a <see cref="SpecValidationException"/> listing every problem, if there are any.</summary>
    public static void ThrowIfInvalid(MmmSpec spec) => Collect(spec).ThrowIfInvalid("MMM spec");

    private static SpecErrorCollector Collect(MmmSpec spec)
    {
        if (spec is null) throw new ArgumentNullException(nameof(spec));
        var e = new SpecErrorCollector();
        bool weekly = spec.Frequency == Frequency.Weekly;
        bool periods = e.Check(MmmRules.Periods, spec.Periods);
        // The message only for a start that breaks the rule: it names two days of the week (Enum.ToString, reflection in the AOT tool).
        if (weekly && !CalendarRules.StartsOnWeekStart(spec.StartDate, spec.WeekStart))
            e.Require(false, "startDate", CalendarRules.Text(spec.StartDate), CalendarRules.WeekStartRequirement(spec.StartDate, spec.WeekStart));
        bool calendar = e.Require(CalendarRules.Contains(spec.StartDate), "startDate", CalendarRules.Text(spec.StartDate), CalendarRules.DateRequirement)
            && periods && e.Require(MmmCrossRules.PanelFits(spec.StartDate, spec.Periods, weekly), "periods", spec.Periods,
                CalendarRules.SpanRequirement($"the panel from {CalendarRules.Text(spec.StartDate)}"));

        ValidateGeos(spec, e);
        ValidateSizes(spec, e);
        var collisions = NameProblems(spec);
        e.CheckCount(MmmRules.Channels, spec.Channels.Count, "channel", "channels");
        e.CheckCount(MmmRules.Controls, spec.Controls.Count, "control", "controls");
        e.CheckCount(MmmRules.Events, spec.Events.Count, "event", "events");
        for (int i = 0; i < spec.Channels.Count; i++) ValidateChannel(spec, spec.Channels[i], i, e, collisions);
        for (int i = 0; i < spec.Controls.Count; i++) ValidateControl(spec, spec.Controls[i], i, e, collisions);
        for (int i = 0; i < spec.Events.Count; i++) ValidateEvent(spec, spec.Events[i], i, e, collisions, calendar);

        var b = spec.Baseline;
        e.Check(MmmRules.BaseSales, b.BaseSales);
        e.Check(MmmRules.SalesTrend, b.SalesTrend);
        e.Check(MmmRules.SeasonalityOrder, b.SeasonalityOrder);
        e.Check(MmmRules.SeasonalAmplitude, b.SeasonalAmplitude);

        var h = spec.Hierarchy;
        e.Check(MmmRules.HierarchyBeta, h.Beta);
        e.Check(MmmRules.HierarchyAlpha, h.Alpha);
        e.Check(MmmRules.HierarchyHalfSaturation, h.HalfSaturation);
        e.Check(MmmRules.HierarchyBaseline, h.Baseline);

        e.Check(MmmRules.NoiseSd, spec.NoiseSd);
        if (e.Check(MmmRules.RevenuePerKpi, spec.RevenuePerKpi))
            e.Require(MmmCrossRules.RevenuePerKpi(spec.KpiType == KpiType.Revenue, spec.RevenuePerKpi), "revenuePerKpi", spec.RevenuePerKpi);
        if (spec.Pathology is { } label) ValidatePathology(label, e);
        return e;
    }

    private static void ValidatePathology(PathologyLabel label, SpecErrorCollector e)
    {
        e.Require(EntityNames.ValueNameProblem(label.Name), "pathology.name", label.Name);
        string requirement = $"must be 1 to {PathologyLabel.MaxTextLength} characters, not blank";
        e.Require(IsText(label.Description), "pathology.description", label.Description, requirement);
        e.Require(IsText(label.WhatAGoodModelDoes), "pathology.whatAGoodModelDoes", label.WhatAGoodModelDoes, requirement);
    }

    private static bool IsText(string? text) => !string.IsNullOrWhiteSpace(text) && text!.Length <= PathologyLabel.MaxTextLength;

    private static void ValidateGeos(MmmSpec spec, SpecErrorCollector e)
    {
        if (!e.CheckCount(MmmRules.Geos, spec.Geos?.Count, "geo", "geos")) return;
        var names = spec.Geos!.Select(g => g.Name).ToArray();
        var duplicates = NameCollision.Find(names).Where(c => c.Kind == NameCollisionKind.Exact).ToDictionary(c => c.Second);
        for (int i = 0; i < names.Length; i++)
        {
            var geo = spec.Geos![i];
            if (EntityNames.ValueNameProblem(geo.Name) is { } problem)
                e.Add($"geos[{i}].name", geo.Name, problem);
            else if (duplicates.ContainsKey(i))
                e.Add($"geos[{i}].name", geo.Name, "must be unique among geos");
            if (geo.Population is double p) e.Check(MmmRules.Population, p, i);
        }
        // Without any population there is nothing to require (and no path to format per geo).
        if (!spec.Geos!.Any(g => g.Population is not null)) return;
        for (int i = 0; i < names.Length; i++)
            e.Require(MmmCrossRules.PopulationGiven(spec.Geos![i].Population is not null, givenForAny: true), $"geos[{i}].population", null);
    }

    // The panel's arrays are periods × geos (× series): refuse a size that cannot be allocated before anything is.
    private static void ValidateSizes(MmmSpec spec, SpecErrorCollector e)
    {
        long geos = spec.Geos?.Count ?? 0, periods = Math.Max(0, spec.Periods);
        if (e.CheckSize(MmmRules.Cells, MmmCrossRules.Cells(periods, geos)))
            e.CheckSize(MmmRules.SeriesCells, MmmCrossRules.SeriesCells(periods, geos, spec.Channels?.Count ?? 0, spec.Controls?.Count ?? 0, spec.Events?.Count ?? 0));
    }

    /// <summary>The name problem of every channel, control and event (one namespace: their columns share the table), by position.</summary>
    private static Dictionary<string, string> NameProblems(MmmSpec spec)
    {
        var entities = (spec.Channels ?? Array.Empty<ChannelSpec>()).Select((c, i) => (Path: $"channels[{i}]", Kind: "channel", c.Name))
            .Concat((spec.Controls ?? Array.Empty<ControlSpec>()).Select((c, i) => (Path: $"controls[{i}]", Kind: "control", c.Name)))
            .Concat((spec.Events ?? Array.Empty<EventSpec>()).Select((c, i) => (Path: $"events[{i}]", Kind: "event", c.Name)))
            .ToArray();
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < entities.Length; i++)
            if (EntityNames.Problem(entities[i].Name) is { } problem) problems[entities[i].Path] = problem;
        var valid = entities.Select(x => problems.ContainsKey(x.Path) ? null : x.Name).ToArray();
        foreach (var c in NameCollision.Find(valid))
            problems[entities[c.Second].Path] = c.Requirement("channels, controls and events", entities[c.First].Name, entities[c.First].Kind);
        return problems;
    }

    private static void ValidateName(string name, string path, SpecErrorCollector e, Dictionary<string, string> problems)
    {
        if (problems.TryGetValue(path, out string? problem)) e.Add($"{path}.name", name, problem);
    }

    private static void ValidateChannel(MmmSpec spec, ChannelSpec c, int i, SpecErrorCollector e, Dictionary<string, string> names)
    {
        string path = $"channels[{i}]";
        ValidateName(c.Name, path, e, names);
        PatternValidation.Check(c.Spend, c.Spend.Level, MmmRules.Spend, path, spec.Periods, e, i);
        e.Check(MmmRules.UnitCost, c.UnitCost, i);
        e.Check(MmmRules.CostNoise, c.CostNoise, i);
        e.Require(!(c.TransformOn == TransformInput.Exposure && c.Unit == MediaUnit.None), $"{path}.transformOn", "Exposure",
            "needs a mediaUnit (Cpm or Cpc) to have an exposure series");

        MediaTransformValidation.Check(c.Adstock, c.Saturation, MmmRules.Transform, e, i);
        e.Check(MmmRules.Beta, c.Beta, i);
        if (c.TargetRoas is double roas) e.Check(MmmRules.TargetRoas, roas, i);
    }

    private static void ValidateControl(MmmSpec spec, ControlSpec c, int i, SpecErrorCollector e, Dictionary<string, string> names)
    {
        string path = $"controls[{i}]";
        ValidateName(c.Name, path, e, names);
        PatternValidation.Check(c.Value, c.Value.Level, MmmRules.ControlValue, path, spec.Periods, e, i);
        e.Check(MmmRules.ControlEffect, c.Effect, i);
    }

    // calendar: the start date and the number of periods are valid and the panel fits the calendar, so its end can be computed.
    private static void ValidateEvent(MmmSpec spec, EventSpec ev, int i, SpecErrorCollector e, Dictionary<string, string> names, bool calendar)
    {
        string path = $"events[{i}]";
        ValidateName(ev.Name, path, e, names);
        e.Check(MmmRules.EventEffect, ev.Effect, i);
        int dateCount = ev.Dates?.Count ?? 0;
        e.Require(MmmCrossRules.EventSchedule(dateCount, ev.Recurrence is not null), $"{path}.dates", ev.Recurrence is null ? null : dateCount);
        e.CheckCount(MmmRules.EventDates, dateCount, "date", "dates", i);
        if (ev.Recurrence is { } r)
        {
            e.Check(MmmRules.Recurrence.ActivationProbability, r.ActivationProbability, i);
            PatternValidation.CheckBursts(MmmRules.Recurrence, r, e, i);
        }
        if (dateCount == 0 || !calendar) return;
        DateTime start = spec.StartDate, end = MmmCrossRules.PanelEnd(start, spec.Periods, spec.Frequency == Frequency.Weekly);
        for (int d = 0; d < dateCount; d++)
            e.Require(MmmCrossRules.EventDate(ev.Dates![d], start, end), $"{path}.dates[{d}]", CalendarRules.Text(ev.Dates[d]));
    }
}
