using MmmFixtures.Mmm;
using MmmFixtures.Randomness;
using MmmFixtures.Series;

namespace MmmFixtures.Tests.Series;

/// <summary>Each spend pattern's defining property.</summary>
public class PatternSeriesTests
{
    private static double[] Levels(PatternSpec pattern, MmmSpec spec)
    {
        var levels = new double[spec.Periods];
        PatternSeries.Levels(pattern, Dates(spec), StreamKey.Root(1).Then("test"), levels);
        return levels;
    }

    private static DateTime[] Dates(MmmSpec spec) => Enumerable.Range(0, spec.Periods).Select(spec.DateOf).ToArray();

    [Fact]
    public void Seasonal_peaks_on_its_day_with_an_annual_period()
    {
        var daily = new MmmSpec { Frequency = Frequency.Daily, StartDate = new DateTime(2022, 1, 1), Periods = 730 };
        var pattern = new PatternSpec { Kind = SpendPattern.Seasonal, Level = 100, SeasonalAmplitude = 0.5, PeakDayOfYear = 100 };
        double[] levels = Levels(pattern, daily);
        int peak = Array.IndexOf(levels, levels.Take(365).Max());
        Assert.Equal(100, daily.DateOf(peak).DayOfYear);
        Assert.Equal(150, levels[peak], 1e-9);
        // One year later the level is the same (not a six-month cycle): within the drift of 365 vs 365.25 days.
        Assert.Equal(levels[peak], levels[peak + 365], 1e-3);
        Assert.Equal(50, levels.Min(), 0.01);
    }

    [Fact]
    public void Linear_trend_is_clipped_at_zero()
    {
        var spec = new MmmSpec { Periods = 30 };
        double[] levels = Levels(new PatternSpec { Kind = SpendPattern.LinearTrend, Level = 200, Trend = -0.05 }, spec);
        Assert.Equal(200, levels[0]);
        Assert.Equal(200 * (1 - 0.05 * 10), levels[10], 1e-12);
        Assert.All(levels.Skip(20), v => Assert.Equal(0, v));
    }

    [Fact]
    public void Delayed_start_is_zero_before_the_start_ramps_and_is_zero_from_the_end()
    {
        var spec = new MmmSpec { Periods = 20 };
        var pattern = new PatternSpec { Kind = SpendPattern.DelayedStart, Level = 100, StartPeriod = 5, RampUpPeriods = 4, EndPeriod = 15 };
        double[] levels = Levels(pattern, spec);
        Assert.All(levels.Take(5), v => Assert.Equal(0, v));
        Assert.Equal(new[] { 25.0, 50, 75, 100, 100 }, levels.Skip(5).Take(5));
        Assert.All(levels.Skip(15), v => Assert.Equal(0, v));

        // With noise, the zeros stay zeros (noise is multiplicative).
        var values = new double[20];
        PatternSeries.Fill(pattern, 0, Dates(spec), StreamKey.Root(2), clipAtZero: true, values);
        Assert.All(values.Take(5).Concat(values.Skip(15)), v => Assert.Equal(0, v));
        Assert.All(values.Skip(5).Take(10), v => Assert.True(v > 0));
    }

    [Fact]
    public void On_off_bursts_have_bounded_length_and_idle_gaps()
    {
        var spec = new MmmSpec { Periods = 2000 };
        var pattern = new PatternSpec { Kind = SpendPattern.OnOff, Level = 7, ActivationProbability = 0.5, MinActivePeriods = 2, MaxActivePeriods = 4 };
        double[] levels = Levels(pattern, spec);
        Assert.All(levels, v => Assert.True(v == 0 || v == 7));
        var bursts = new List<int>();
        int run = 0;
        for (int t = 0; t < levels.Length; t++)
        {
            if (levels[t] > 0) run++;
            else if (run > 0)
            {
                bursts.Add(run);
                run = 0;
            }
        }
        Assert.True(bursts.Count > 100);
        // Consecutive bursts are always separated by an idle period, so no run exceeds the maximum.
        Assert.All(bursts, b => Assert.InRange(b, 2, 4));
        Assert.Equal(new[] { 2, 3, 4 }, bursts.Distinct().OrderBy(b => b));
    }
}
