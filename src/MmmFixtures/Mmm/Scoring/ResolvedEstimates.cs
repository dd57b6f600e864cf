using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MmmFixtures.Decisions;
using MmmFixtures.Mmm.Decisions;
using MmmFixtures.Validation;

namespace MmmFixtures.Mmm.Scoring;

/// <summary>
/// <see cref="MmmEstimates"/> checked against a panel and indexed by channel: every unknown name, missing channel,
/// non-finite value and wrong length is collected, then thrown at once as a <see cref="SpecValidationException"/>.
/// </summary>
internal sealed class ResolvedEstimates
{
    public const string SpecName = "MMM estimates";

    /// <summary>The allocation's total may differ from the budget by this much (relative) and still spend it all.</summary>
    private const double BudgetTolerance = 1e-9;

    private readonly MmmPanel _panel;
    private readonly SpecErrorCollector _errors = new();

    private ResolvedEstimates(MmmPanel panel)
    {
        _panel = panel;
        int n = panel.Truth.Channels.Count;
        Roas = new double?[n];
        Intervals = new RoasInterval?[n];
        Contributions = new IReadOnlyList<double>?[n];
        Parameters = new (string, double)[n][];
        for (int c = 0; c < n; c++) Parameters[c] = Array.Empty<(string, double)>();
    }

    public double?[] Roas { get; }
    public RoasInterval?[] Intervals { get; }
    public IReadOnlyList<double>?[] Contributions { get; }
    public (string Name, double Value)[][] Parameters { get; }
    /// <summary>Spend per channel; null without an allocation.</summary>
    public double[]? Allocation { get; private set; }

    /// <summary>Spend per channel (row) and geo (column) when the allocation was given per geo; else null.</summary>
    public double[,]? AllocationByGeo { get; private set; }
    public double Budget { get; private set; }
    public List<(string Name, double[] Truth, IReadOnlyList<double> Estimate)> Components { get; } = new();

    public static ResolvedEstimates Resolve(MmmPanel panel, MmmEstimates estimates, BudgetOptions options)
    {
        var r = new ResolvedEstimates(panel);
        r.ResolveAll(estimates, options);
        r._errors.ThrowIfInvalid(SpecName);
        return r;
    }

    private void ResolveAll(MmmEstimates e, BudgetOptions options)
    {
        var channels = _panel.Truth.Channels;
        if (e.Roas.Count + e.RoasIntervals.Count + e.Contributions.Count + e.Components.Count + e.Parameters.Count + e.Allocation.Count + e.AllocationByGeo.Count == 0)
            _errors.Add("$", null, "gives no estimate: give at least one of roas, roasIntervals, contributions, components, parameters, allocation, allocationByGeo");

        foreach (var (c, name, value) in Section("roas", e.Roas, estimableOnly: true))
            if (Finite($"roas[{name}]", value)) Roas[c] = value;

        foreach (var (c, name, interval) in Section("roasIntervals", e.RoasIntervals, estimableOnly: true))
        {
            bool ok = Finite($"roasIntervals[{name}].lower", interval.Lower) & Finite($"roasIntervals[{name}].upper", interval.Upper);
            if (ok && _errors.Require(interval.Lower <= interval.Upper, $"roasIntervals[{name}]", $"[{Format(interval.Lower)}, {Format(interval.Upper)}]", "must have lower ≤ upper"))
                Intervals[c] = interval;
        }
        if (e.IntervalLevel is double level)
            _errors.Require(level > 0 && level < 1, "intervalLevel", level, "must be in (0, 1)");

        foreach (var (c, name, series) in Section("contributions", e.Contributions, estimableOnly: false))
            if (Series($"contributions[{name}]", series)) Contributions[c] = series;

        foreach (var (c, name, parameters) in Section("parameters", e.Parameters, estimableOnly: false, complete: false))
            Parameters[c] = ResolveParameters(channels[c], name, parameters);

        ResolveComponents(e.Components);
        ResolveAllocation(e.Allocation, e.AllocationByGeo, options);
    }

    // The entries of one section by channel index; unknown names, names given twice, and (when the section is not empty and must be complete) missing channels are errors.
    private IEnumerable<(int Channel, string Name, T Value)> Section<T>(string section, IReadOnlyDictionary<string, T>? entries, bool estimableOnly, bool complete = true)
    {
        if (entries is null || entries.Count == 0) yield break;
        var channels = _panel.Truth.Channels;
        var seen = new string?[channels.Count];
        foreach (var entry in entries.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            int c = EstimateNames.Channel(_panel.Spec, entry.Key);
            if (c < 0)
            {
                _errors.Add($"{section}[{entry.Key}]", null, $"must name a channel of the panel ({string.Join(", ", channels.Select(x => x.Name))}) or its spend column");
                continue;
            }
            if (seen[c] is string first)
            {
                _errors.Add($"{section}[{entry.Key}]", null, $"names channel {channels[c].Name} again (as '{first}')");
                continue;
            }
            seen[c] = entry.Key;
            yield return (c, channels[c].Name, entry.Value);
        }
        for (int c = 0; c < channels.Count; c++)
            if (complete && seen[c] is null && !(estimableOnly && channels[c].Roas is null))
                _errors.Add($"{section}[{channels[c].Name}]", null, "is missing: a section given for one channel is given for every channel" + (estimableOnly ? " that spent" : ""));
    }

    private (string, double)[] ResolveParameters(ChannelTruth channel, string name, IReadOnlyDictionary<string, double> parameters)
    {
        var result = new List<(string, double)>();
        foreach (string parameter in ScoredParameters.Names)
            if (parameters.TryGetValue(parameter, out double value))
            {
                string path = $"parameters[{name}].{parameter}";
                if (ScoredParameters.TrueValue(channel, parameter) is null)
                    _errors.Add(path, value, $"is not a parameter of the channel (adstock {channel.ParametersByGeo[0].AdstockKind}, saturation {channel.ParametersByGeo[0].SaturationKind})");
                else if (Finite(path, value)) result.Add((parameter, value));
            }
        foreach (string unknown in parameters.Keys.Where(k => !ScoredParameters.Names.Contains(k)).OrderBy(k => k, StringComparer.Ordinal))
            _errors.Add($"parameters[{name}].{unknown}", null, $"is not a known parameter; known: {string.Join(", ", ScoredParameters.Names)}");
        return result.ToArray();
    }

    private void ResolveComponents(IReadOnlyDictionary<string, IReadOnlyList<double>> components)
    {
        var truth = _panel.Truth;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in components.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            string path = $"components[{entry.Key}]";
            string? component = EstimateNames.Component(_panel.Spec, entry.Key);
            if (component is null)
                _errors.Add(path, null, $"is not a component; known: {string.Join(", ", EstimateNames.Components(_panel.Spec))}");
            else if (!seen.Add(component))
                _errors.Add(path, null, $"names component {component} again");
            else if (Series(path, entry.Value))
                Components.Add((entry.Key, component switch
                {
                    "intercept" => truth.Intercept.ToArray(),
                    "trend" => truth.Trend.ToArray(),
                    "seasonality" => truth.Seasonality.ToArray(),
                    "baseline" => Baseline(),
                    _ => truth.Controls.Concat(truth.Events).First(x => x.Name == component).Effect.ToArray(),
                }, entry.Value));
        }
    }

    // Everything but media, noise and clamp: intercept + trend + seasonality + controls + events.
    private double[] Baseline()
    {
        var truth = _panel.Truth;
        var sum = new double[_panel.RowCount];
        for (int r = 0; r < sum.Length; r++)
        {
            sum[r] = truth.Intercept[r] + truth.Trend[r] + truth.Seasonality[r];
            foreach (var effect in truth.Controls.Concat(truth.Events)) sum[r] += effect.Effect[r];
        }
        return sum;
    }

    // The allocation, national or per geo. Multipliers outside the bounds and a total off the budget are errors:
    // the optimum they are compared with obeys both, so scoring them would report a regret below zero that means nothing.
    private void ResolveAllocation(IReadOnlyDictionary<string, double> national, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> byGeo,
        BudgetOptions options)
    {
        if (national.Count == 0 && byGeo.Count == 0) return;
        if (national.Count > 0 && byGeo.Count > 0)
        {
            _errors.Add("allocationByGeo", null, "must not be given with allocation: give one allocation, national or per geo");
            return;
        }
        var channels = _panel.Truth.Channels;
        var spend = new double[channels.Count];
        var spendByGeo = new double[channels.Count, _panel.GeoCount];
        bool ok = true;
        foreach (var (c, name, value) in Section("allocation", national, estimableOnly: false))
        {
            bool valid = Finite($"allocation[{name}]", value) && _errors.Require(value >= 0, $"allocation[{name}]", value, "must be at least 0");
            ok &= valid && InBounds($"allocation[{name}]", channels[c], value, channels[c].TotalSpend, options);
            spend[c] = value;
        }
        foreach (var (c, name, geos) in Section("allocationByGeo", byGeo, estimableOnly: false))
            foreach (var entry in geos.OrderBy(x => x.Key, StringComparer.Ordinal))
            {
                string path = $"allocationByGeo[{name}][{entry.Key}]";
                int g = IndexOf(_panel.GeoNames, entry.Key);
                if (g < 0)
                {
                    ok = false;
                    _errors.Add(path, null, $"must name a geo of the panel ({string.Join(", ", _panel.GeoNames.Take(10))}{(_panel.GeoCount > 10 ? ", …" : "")})");
                    continue;
                }
                bool valid = Finite(path, entry.Value) && _errors.Require(entry.Value >= 0, path, entry.Value, "must be at least 0");
                ok &= valid && InBounds(path, channels[c], entry.Value, channels[c].SpendByGeo[g], options);
                spendByGeo[c, g] = entry.Value;
                spend[c] += entry.Value;
            }
        double total = spend.Sum();
        double budget = options.Budget ?? total;
        if (ok && options.Budget is not null)
        {
            double slack = BudgetTolerance * Math.Max(1, budget);
            string section = byGeo.Count > 0 ? "allocationByGeo" : "allocation";
            if (options.Objective == AllocationObjective.Contribution)
                _errors.Require(Math.Abs(total - budget) <= slack, section, total, $"must spend the whole budget {Format(budget)} (objective contribution)");
            else
                _errors.Require(total <= budget + slack, section, total, $"must spend at most the budget {Format(budget)} (objective profit)");
        }
        Allocation = spend;
        AllocationByGeo = byGeo.Count > 0 ? spendByGeo : null;
        Budget = budget;
    }

    // A spend whose multiplier (spend / realised spend) is outside the channel's bounds; spend where nothing was realised has
    // no multiplier (it earns nothing) and no bounds.
    private bool InBounds(string path, ChannelTruth channel, double spend, double realised, BudgetOptions options)
    {
        if (!(realised > 0) || !options.Bounds.TryGetValue(channel.Name, out var bounds)) return true;
        double k = spend / realised;
        return _errors.Require(k >= bounds.Min * (1 - BudgetTolerance) && k <= bounds.Max * (1 + BudgetTolerance), path, spend,
            $"is multiplier {Format(k)} of the realised spend {Format(realised)}: must be within the bounds [{Format(bounds.Min)}, {Format(bounds.Max)}] (spend {Format(bounds.Min * realised)} to {Format(bounds.Max * realised)})");
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return i;
        return -1;
    }

    private bool Series(string path, IReadOnlyList<double>? series)
    {
        if (series is null || series.Count != _panel.RowCount)
        {
            _errors.Add(path, series?.Count, $"must have {_panel.RowCount} values, one per row ({_panel.Periods} periods × {_panel.GeoCount} geos, date then geo)");
            return false;
        }
        for (int r = 0; r < series.Count; r++)
            if (!Finite($"{path}[{r}]", series[r])) return false; // the first bad row is enough to locate the problem
        return true;
    }

    private bool Finite(string path, double value) => _errors.Require(!double.IsNaN(value) && !double.IsInfinity(value), path, value, "must be a finite number");

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
