using System.Collections.Generic;
using System.Linq;
using System;
using MmmFixtures.Series;

namespace MmmFixtures.Mmm;

/// <summary>
/// A fluent way to write an <see cref="MmmSpec"/> in code:
/// <code>
/// var spec = new MmmSpecBuilder().Seed(42).Periods(104).Geos(3)
///     .Channel("Tv", c => c.BaseSpend(5_000).Seasonal(0.4, peakDayOfYear: 330).Geometric(0.6).Hill(0.5, 1.5).Beta(2_000))
///     .Control("Price", 10, effect: -150)
///     .Build();
/// </code>
/// </summary>
public sealed class MmmSpecBuilder
{
    private MmmSpec _spec;
    private readonly List<ChannelSpec> _channels = new();
    private readonly List<ControlSpec> _controls = new();
    private readonly List<EventSpec> _events = new();

    /// <summary>Starts from the defaults, or from <paramref name="start"/> (its entities are kept).</summary>
    public MmmSpecBuilder(MmmSpec? start = null)
    {
        _spec = start ?? new MmmSpec();
        _channels.AddRange(_spec.Channels);
        _controls.AddRange(_spec.Controls);
        _events.AddRange(_spec.Events);
    }

    /// <summary>Sets the root seed.</summary>
    public MmmSpecBuilder Seed(ulong seed) => Set(_spec with { Seed = seed });

    /// <summary>Sets the number of periods.</summary>
    public MmmSpecBuilder Periods(int periods) => Set(_spec with { Periods = periods });

    /// <summary>Weekly rows starting on <paramref name="weekStart"/>.</summary>
    public MmmSpecBuilder Weekly(DayOfWeek weekStart = DayOfWeek.Monday) => Set(_spec with { Frequency = Frequency.Weekly, WeekStart = weekStart });

    /// <summary>Daily rows.</summary>
    public MmmSpecBuilder Daily() => Set(_spec with { Frequency = Frequency.Daily });

    /// <summary>Sets the first period's date.</summary>
    public MmmSpecBuilder StartDate(DateTime date) => Set(_spec with { StartDate = date.Date });

    /// <summary><paramref name="count"/> geos named geo_1..geo_n.</summary>
    public MmmSpecBuilder Geos(int count) => Set(_spec with { Geos = MmmSpec.GeoNames(count) });

    /// <summary>Geos with explicit names.</summary>
    public MmmSpecBuilder Geos(params string[] names) => Set(_spec with { Geos = names.Select(n => new GeoSpec(n)).ToArray() });

    /// <summary>Geos with names and populations.</summary>
    public MmmSpecBuilder Geos(IEnumerable<GeoSpec> geos) => Set(_spec with { Geos = geos.ToArray() });

    /// <summary>Adds a channel, configured by <paramref name="configure"/>.</summary>
    public MmmSpecBuilder Channel(string name, Func<ChannelBuilder, ChannelBuilder>? configure = null)
    {
        var builder = new ChannelBuilder(name);
        _channels.Add((configure?.Invoke(builder) ?? builder).Build());
        return this;
    }

    /// <summary>Adds a channel spec as it is.</summary>
    public MmmSpecBuilder Channel(ChannelSpec channel)
    {
        _channels.Add(channel);
        return this;
    }

    /// <summary>Adds a control with base value <paramref name="baseValue"/> and effect γ per unit; <paramref name="configure"/> may change its pattern.</summary>
    public MmmSpecBuilder Control(string name, double baseValue, double effect, Func<PatternSpec, PatternSpec>? configure = null)
    {
        var value = new ControlSpec().Value with { Level = baseValue };
        _controls.Add(new ControlSpec { Name = name, Value = configure?.Invoke(value) ?? value, Effect = effect });
        return this;
    }

    /// <summary>Adds an event on fixed dates with effect δ.</summary>
    public MmmSpecBuilder Event(string name, double effect, params DateTime[] dates)
    {
        _events.Add(new EventSpec { Name = name, Effect = effect, Dates = dates });
        return this;
    }

    /// <summary>Adds an event that recurs as random bursts (an OnOff indicator).</summary>
    public MmmSpecBuilder RecurringEvent(string name, double effect, double activationProbability, int minActivePeriods = 1, int maxActivePeriods = 1)
    {
        _events.Add(new EventSpec
        {
            Name = name,
            Effect = effect,
            Recurrence = new PatternSpec
            {
                Kind = SpendPattern.OnOff, Level = 1, Volatility = 0, ActivationProbability = activationProbability,
                MinActivePeriods = minActivePeriods, MaxActivePeriods = maxActivePeriods,
            },
        });
        return this;
    }

    /// <summary>Sets the baseline.</summary>
    public MmmSpecBuilder Baseline(double baseSales, double salesTrend = 0, int seasonalityOrder = 2, double seasonalAmplitude = 0.2) =>
        Set(_spec with { Baseline = new BaselineSpec { BaseSales = baseSales, SalesTrend = salesTrend, SeasonalityOrder = seasonalityOrder, SeasonalAmplitude = seasonalAmplitude } });

    /// <summary>Sets the geo hierarchy's spreads (0 = identical geos).</summary>
    public MmmSpecBuilder Hierarchy(double beta, double alpha, double halfSaturation, double baseline) =>
        Set(_spec with { Hierarchy = new HierarchySpec { Beta = beta, Alpha = alpha, HalfSaturation = halfSaturation, Baseline = baseline } });

    /// <summary>Sets the noise model and its relative standard deviation.</summary>
    public MmmSpecBuilder Noise(double sd, NoiseModel model = NoiseModel.Normal) => Set(_spec with { NoiseSd = sd, NoiseModel = model });

    /// <summary>Raises negative y to 0 through an explicit clamp component.</summary>
    public MmmSpecBuilder ClampNegativeY(bool clamp = true) => Set(_spec with { ClampNegativeY = clamp });

    /// <summary>Labels the panel as a deliberately hard case (see <see cref="PathologyLabel"/>); it changes no value.</summary>
    public MmmSpecBuilder Pathology(string name, string description, string whatAGoodModelDoes) =>
        Set(_spec with { Pathology = new PathologyLabel(name, description, whatAGoodModelDoes) });

    /// <summary>The spec (not yet validated: generation validates it).</summary>
    public MmmSpec Build() => _spec with { Channels = _channels.ToArray(), Controls = _controls.ToArray(), Events = _events.ToArray() };

    private MmmSpecBuilder Set(MmmSpec spec)
    {
        _spec = spec;
        return this;
    }
}
