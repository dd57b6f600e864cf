using MmmFixtures.Media;
using MmmFixtures.Mmm;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Mmm;

/// <summary>Every validation rule rejects its bad input with the field's path and allowed range.</summary>
public class MmmSpecValidationTests
{
    private static readonly MmmSpec Valid = new MmmSpecBuilder().Periods(20).Geos(2)
        .Channel("Tv", c => c.BaseSpend(100).Geometric(0.5).Hill(0.5, 1.5).Beta(100))
        .Control("Price", 10, -5)
        .Event("Sale", 300, new DateTime(2022, 2, 1))
        .Build();

    private static ChannelSpec Tv => Valid.Channels[0];

    public static TheoryData<string, Func<MmmSpec, MmmSpec>, string> Cases => new()
    {
        { "periods", s => s with { Periods = 0 }, "periods = 0: must be in [1, 100000]" },
        { "weekday", s => s with { StartDate = new DateTime(2022, 1, 5) }, "startDate = 2022-01-05: must fall on weekStart (Monday)" },
        { "no geos", s => s with { Geos = Array.Empty<GeoSpec>() }, "geos = 0: must have at least one geo" },
        { "duplicate geo", s => s with { Geos = new[] { new GeoSpec("a"), new GeoSpec("a") } }, "geos[1].name = a: must be unique among geos" },
        { "population", s => s with { Geos = new[] { new GeoSpec("a", -3) } }, "geos[0].population = -3: must be in (0, 10000000000]" },
        { "bad name", s => s with { Channels = new[] { Tv with { Name = "2tv" } } }, "channels[0].name = 2tv: must be an identifier" },
        { "duplicate name", s => s with { Channels = new[] { Tv, Tv } }, "channels[1].name = Tv: must be unique among channels, controls and events" },
        { "snake clash", s => s with { Channels = new[] { Tv with { Name = "PaidSearch" }, Tv with { Name = "Paid_Search" } } }, "its column 'paid_search' is also channel 'PaidSearch''s" },
        { "negative spend", s => s with { Channels = new[] { Tv with { Spend = Tv.Spend with { Level = -1 } } } }, "channels[0].baseSpend = -1: must be in [0, 1000000000000]" },
        { "alpha", s => s with { Channels = new[] { Tv with { Adstock = Tv.Adstock with { Alpha = 1.3 } } } }, "channels[0].adstock.alpha = 1.3: must be in [0, 1)" },
        // A field the kind ignores is still checked: a value set out of range is a mistake (build time says so too).
        { "trend of a constant pattern", s => s with { Channels = new[] { Tv with { Spend = Tv.Spend with { Trend = 5 } } } }, "channels[0].trend = 5: must be in [-1, 1]" },
        { "theta of a geometric kernel", s => s with { Channels = new[] { Tv with { Adstock = Tv.Adstock with { Theta = -2 } } } }, "channels[0].adstock.theta = -2: must be in [0, 519]" },
        { "delayed alpha", s => s with { Channels = new[] { Tv with { Adstock = Tv.Adstock with { Kind = AdstockKind.Delayed, Alpha = 0 } } } }, "channels[0].adstock.alpha = 0: must be in (0, 1)" },
        { "theta", s => s with { Channels = new[] { Tv with { Adstock = Tv.Adstock with { Kind = AdstockKind.Delayed, Theta = 9 } } } }, "channels[0].adstock.theta = 9: must be in [0, 7]" },
        { "max lag", s => s with { Channels = new[] { Tv with { Adstock = Tv.Adstock with { MaxLag = 0 } } } }, "channels[0].adstock.maxLag = 0: must be in [1, 520]" },
        { "weibull shape", s => s with { Channels = new[] { Tv with { Adstock = Tv.Adstock with { Kind = AdstockKind.WeibullCdf, Shape = 0 } } } }, "channels[0].adstock.shape = 0: must be in (0, 20]" },
        { "kappa", s => s with { Channels = new[] { Tv with { Saturation = Tv.Saturation with { HalfSaturation = 0 } } } }, "channels[0].saturation.halfSaturation = 0: must be in (0, 1000000]" },
        { "slope", s => s with { Channels = new[] { Tv with { Saturation = Tv.Saturation with { Slope = -1 } } } }, "channels[0].saturation.slope = -1: must be in (0, 20]" },
        { "lambda", s => s with { Channels = new[] { Tv with { Saturation = new SaturationSpec { Kind = SaturationKind.Logistic, Lambda = double.NaN } } } }, "channels[0].saturation.lambda = NaN: must be in (0, 1000000]" },
        { "tanh", s => s with { Channels = new[] { Tv with { Saturation = new SaturationSpec { Kind = SaturationKind.Tanh, TanhScale = 0 } } } }, "channels[0].saturation.scale = 0: must be in (0, 1000000]" },
        { "beta", s => s with { Channels = new[] { Tv with { Beta = -5 } } }, "channels[0].beta = -5: must be in [0, 1000000000000]" },
        { "unit cost", s => s with { Channels = new[] { Tv with { Unit = MediaUnit.Cpm, UnitCost = 0 } } }, "channels[0].unitCost = 0: must be in (0, 1000000000]" },
        { "exposure needs unit", s => s with { Channels = new[] { Tv with { TransformOn = TransformInput.Exposure } } }, "channels[0].transformOn = Exposure: needs a mediaUnit" },
        { "seasonal amplitude", s => s with { Channels = new[] { Tv with { Spend = Tv.Spend with { Kind = SpendPattern.Seasonal, SeasonalAmplitude = 2 } } } }, "channels[0].seasonalAmplitude = 2: must be in [0, 1]" },
        { "peak day", s => s with { Channels = new[] { Tv with { Spend = Tv.Spend with { Kind = SpendPattern.Seasonal, PeakDayOfYear = 400 } } } }, "channels[0].peakDayOfYear = 400: must be in [1, 366]" },
        { "start period", s => s with { Channels = new[] { Tv with { Spend = Tv.Spend with { Kind = SpendPattern.DelayedStart, StartPeriod = 20 } } } }, "channels[0].startPeriod = 20: must be in [0, 19]" },
        { "end period", s => s with { Channels = new[] { Tv with { Spend = Tv.Spend with { Kind = SpendPattern.DelayedStart, StartPeriod = 5, EndPeriod = 5 } } } }, "channels[0].endPeriod = 5: must be in [6, 100000]" },
        { "ramp", s => s with { Channels = new[] { Tv with { Spend = Tv.Spend with { Kind = SpendPattern.DelayedStart, RampUpPeriods = 0 } } } }, "channels[0].rampUpPeriods = 0: must be in [1, 100000]" },
        { "activation", s => s with { Channels = new[] { Tv with { Spend = Tv.Spend with { Kind = SpendPattern.OnOff, ActivationProbability = 0 } } } }, "channels[0].activationProbability = 0: must be in (0, 1]" },
        { "burst bounds", s => s with { Channels = new[] { Tv with { Spend = Tv.Spend with { Kind = SpendPattern.OnOff, MinActivePeriods = 4, MaxActivePeriods = 2 } } } }, "channels[0].maxActivePeriods = 2: must be in [4, 100000]" },
        { "autocorrelation", s => s with { Channels = new[] { Tv with { Spend = Tv.Spend with { Autocorrelation = 1 } } } }, "channels[0].autocorrelation = 1: must be in (-1, 1)" },
        { "volatility", s => s with { Channels = new[] { Tv with { Spend = Tv.Spend with { Volatility = -0.1 } } } }, "channels[0].volatility = -0.1: must be in [0, 1]" },
        { "custom without delegate", s => s with { Channels = new[] { Tv with { Spend = Tv.Spend with { Kind = SpendPattern.Custom } } } }, "channels[0].pattern = Custom: needs a custom delegate" },
        { "trend", s => s with { Channels = new[] { Tv with { Spend = Tv.Spend with { Kind = SpendPattern.LinearTrend, Trend = 3 } } } }, "channels[0].trend = 3: must be in [-1, 1]" },
        { "control effect", s => s with { Controls = new[] { s.Controls[0] with { Effect = double.PositiveInfinity } } }, "controls[0].effect = ∞: must be in [-1000000000000, 1000000000000]" },
        { "event outside", s => s with { Events = new[] { s.Events[0] with { Dates = new[] { new DateTime(2030, 1, 1) } } } }, "events[0].dates[0] = 2030-01-01: must fall inside the panel [2022-01-03, 2022-05-23)" },
        { "event without dates", s => s with { Events = new[] { s.Events[0] with { Dates = Array.Empty<DateTime>() } } }, "events[0].dates: must list at least one date" },
        { "base sales", s => s with { Baseline = s.Baseline with { BaseSales = 0 } }, "baseline.baseSales = 0: must be in (0, 1000000000000]" },
        { "seasonality order", s => s with { Baseline = s.Baseline with { SeasonalityOrder = 11 } }, "baseline.seasonalityOrder = 11: must be in [0, 10]" },
        { "seasonal amplitude of baseline", s => s with { Baseline = s.Baseline with { SeasonalAmplitude = 1 } }, "baseline.seasonalAmplitude = 1: must be in [0, 1)" },
        { "hierarchy", s => s with { Hierarchy = s.Hierarchy with { Beta = 3 } }, "hierarchy.beta = 3: must be in [0, 2]" },
        { "noise", s => s with { NoiseSd = -0.1 }, "noise.sd = -0.1: must be in [0, 1]" },
        { "case clash", s => s with { Channels = new[] { Tv, Tv with { Name = "TV" } } }, "channels[1].name = TV: must be unique among channels, controls and events ignoring case (it equals channel 'Tv')" },
        { "clash across kinds", s => s with { Controls = new[] { s.Controls[0] with { Name = "tv" } } }, "controls[0].name = tv: must be unique among channels, controls and events ignoring case (it equals channel 'Tv')" },
        { "long name", s => s with { Channels = new[] { Tv with { Name = new string('a', 65) } } }, "must be at most 64 characters long" },
        { "non-ASCII name", s => s with { Channels = new[] { Tv with { Name = "Télé" } } }, "channels[0].name = Télé: must be an identifier" },
        { "too many cells", s => s with { Periods = 100_000, Geos = MmmSpec.GeoNames(2_001) }, "periods × geos = 200100000: must be at most 200000000" },
        { "too many series cells", s => s with { Periods = 50_000, Geos = MmmSpec.GeoNames(2_000), Controls = Enumerable.Range(0, 9).Select(i => s.Controls[0] with { Name = $"C{i}" }).ToArray() }, "periods × geos × (channels + controls + events + 1) = 1200000000: must be at most 500000000" },
        { "too many channels", s => s with { Channels = Enumerable.Range(0, 1_001).Select(i => Tv with { Name = $"C{i}" }).ToArray() }, "channels = 1001: must have at most 1000 channels" },
        { "panel past the calendar", s => s with { Periods = 100_000 }, "periods = 100000: the panel from 2022-01-03 must end by 2200-12-31" },
        { "start before the calendar", s => s with { StartDate = new DateTime(1899, 12, 25) }, "startDate = 1899-12-25: must be in [1900-01-01, 2200-12-31]" },
        { "daily panel past the calendar", s => s with { Frequency = Frequency.Daily, StartDate = new DateTime(2200, 12, 1), Periods = 32 }, "periods = 32: the panel from 2200-12-01 must end by 2200-12-31" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_names_the_field_and_range(string rule, Func<MmmSpec, MmmSpec> breakIt, string expected)
    {
        Assert.Empty(MmmSpecValidator.Validate(Valid));
        var ex = Assert.Throws<SpecValidationException>(() => MmmGenerator.Generate(breakIt(Valid)));
        Assert.True(ex.Message.Contains(expected, StringComparison.Ordinal), $"{rule}: {ex.Message}");
    }

    [Fact]
    public void A_daily_panel_may_end_on_the_last_day_of_the_calendar()
    {
        var spec = Valid with { Frequency = Frequency.Daily, StartDate = new DateTime(2200, 12, 1), Periods = 31, Events = Array.Empty<EventSpec>() };
        Assert.Empty(MmmSpecValidator.Validate(spec));
    }

    [Fact]
    public void A_geo_count_above_the_cap_is_refused_before_the_list_is_allocated()
    {
        var ex = Assert.Throws<SpecValidationException>(() => new MmmSpecBuilder().Geos(int.MaxValue));
        Assert.Contains("geos = 2147483647: must have at most 100000 geos", ex.Message);
        Assert.Throws<SpecValidationException>(() => MmmSpec.GeoNames(100_001));
        Assert.Equal(100_000, MmmSpec.GeoNames(100_000).Count);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var broken = Valid with { Periods = -1, NoiseSd = 5, Channels = new[] { Tv with { Beta = -1, Adstock = Tv.Adstock with { Alpha = 2 } } } };
        var ex = Assert.Throws<SpecValidationException>(() => MmmGenerator.Generate(broken));
        Assert.Equal(new[] { "periods", "channels[0].adstock.alpha", "channels[0].beta", "noise.sd" }, ex.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Custom_spend_that_goes_negative_is_reported_with_channel_geo_and_period()
    {
        var spec = new MmmSpecBuilder().Periods(5).Channel("Tv", c => c.Custom((g, t, d, r) => t == 3 ? -1 : 10)).Build();
        var ex = Assert.Throws<InvalidOperationException>(() => MmmGenerator.Generate(spec));
        Assert.Contains("'Tv'", ex.Message);
        Assert.Contains("period 3", ex.Message);
    }

    [Fact]
    public void Geo_names_run_from_geo_1_to_geo_n()
    {
        Assert.Equal(new[] { "geo_1", "geo_2", "geo_3" }, MmmSpec.GeoNames(3).Select(g => g.Name));
        Assert.Empty(MmmSpec.GeoNames(0));
        Assert.Empty(MmmSpec.GeoNames(-2));
        Assert.Equal("geo_1000", MmmSpec.GeoNames(1_000)[999].Name);
    }
}
