using CsCheck;
using MmmFixtures.Media;
using MmmFixtures.Mmm;
using MmmFixtures.Series;

namespace MmmFixtures.Tests.Mmm;

/// <summary>Invariants that hold for every valid spec, checked on random ones (CsCheck) and on every preset.</summary>
public class MmmPropertyTests
{
    private static readonly Gen<PatternSpec> GenPattern =
        Gen.Select(Gen.Int[0, 4], Gen.Double[0, 5_000], Gen.Double[-0.02, 0.02], Gen.Double[0, 1], Gen.Double[1, 366], Gen.Int[0, 10], Gen.Double[0, 0.3], Gen.Double[-0.9, 0.9])
            .Select(x => new PatternSpec
            {
                Kind = (SpendPattern)x.Item1, Level = x.Item2, Trend = x.Item3, SeasonalAmplitude = x.Item4, PeakDayOfYear = x.Item5,
                StartPeriod = x.Item6, RampUpPeriods = 1 + x.Item6 % 4, EndPeriod = x.Item6 % 3 == 0 ? null : x.Item6 + 5,
                ActivationProbability = 0.1 + 0.8 * x.Item4, MinActivePeriods = 1, MaxActivePeriods = 1 + x.Item6 % 5,
                Volatility = x.Item7, Autocorrelation = x.Item8,
            });

    private static readonly Gen<ChannelSpec> GenChannel =
        Gen.Select(GenPattern, Gen.Int[0, 4], Gen.Double[0.01, 0.95], Gen.Int[1, 10], Gen.Int[0, 4], Gen.Double[0.05, 3], Gen.Int[0, 2], Gen.Double[0, 5_000])
            .Select(x => new ChannelSpec
            {
                Spend = x.Item1,
                Adstock = new AdstockSpec
                {
                    Kind = (AdstockKind)x.Item2, Alpha = x.Item3, Theta = (x.Item4 - 1) * x.Item3, Shape = x.Item6, Scale = 1 + x.Item6,
                    MaxLag = x.Item4, Normalize = x.Item4 % 2 == 0,
                },
                Saturation = new SaturationSpec { Kind = (SaturationKind)x.Item5, HalfSaturation = x.Item6 / 3, Slope = x.Item6, Lambda = x.Item6, TanhScale = x.Item6 / 3 },
                Unit = (MediaUnit)x.Item7,
                TransformOn = x.Item7 > 0 && x.Item4 % 3 == 0 ? TransformInput.Exposure : TransformInput.Spend,
                Order = x.Item4 % 2 == 0 ? TransformOrder.AdstockThenSaturation : TransformOrder.SaturationThenAdstock,
                Beta = x.Item8,
            });

    internal static readonly Gen<MmmSpec> GenSpec =
        Gen.Select(Gen.ULong, Gen.Int[1, 4], Gen.Int[12, 80], GenChannel.Array[0, 4], Gen.Double[0, 0.5], Gen.Double[-2_000, 2_000], Gen.Bool, Gen.Bool)
            .Select(x => new MmmSpec
            {
                Seed = x.Item1,
                Geos = MmmSpec.GeoNames(x.Item2),
                Periods = x.Item3,
                Frequency = x.Item7 ? Frequency.Weekly : Frequency.Daily,
                Channels = x.Item4.Select((c, i) => c with { Name = $"Ch{i}" }).ToArray(),
                Controls = new[] { new ControlSpec { Name = "Price", Value = new PatternSpec { Level = 3 }, Effect = x.Item6 } },
                Events = new[] { new EventSpec { Name = "Promo", Effect = 500, Recurrence = new PatternSpec { Kind = SpendPattern.OnOff, ActivationProbability = 0.2, MinActivePeriods = 1, MaxActivePeriods = 2 } } },
                Hierarchy = new HierarchySpec { Beta = x.Item5, Alpha = x.Item5, HalfSaturation = x.Item5, Baseline = x.Item5 },
                NoiseModel = x.Item8 ? NoiseModel.Normal : NoiseModel.LogNormal,
                ClampNegativeY = x.Item6 < -1_000,
            });

    [Fact]
    public void A_dated_event_is_on_in_every_geo_in_its_week_only()
    {
        var spec = new MmmSpecBuilder().Seed(42).Periods(104).Geos(3)
            .Channel("Tv", c => c.BaseSpend(800))
            .Event("BlackFriday", 3_000, new DateTime(2022, 11, 21))
            .Build();
        var panel = MmmGenerator.Generate(spec);
        var indicator = panel.EventIndicator(0).ToArray();
        var onRows = Enumerable.Range(0, panel.RowCount).Where(r => indicator[r] == 1).ToArray();
        Assert.Equal(3, onRows.Length);                                    // one row per geo …
        Assert.All(onRows, r => Assert.Equal(new DateTime(2022, 11, 21), panel.Dates[r / panel.GeoCount])); // … in that week
        Assert.Equal(3 * 3_000.0, panel.Truth.Events[0].Effect.ToArray().Sum());
    }

    [Fact]
    public void Invariants_hold_on_random_valid_specs() =>
        GenSpec.Sample(spec =>
        {
            Assert.Empty(MmmSpecValidator.Validate(spec));
            AssertInvariants(MmmGenerator.Generate(spec));
        }, iter: 60, threads: 1);

    public static TheoryData<MmmPreset> Presets => new(Enum.GetValues<MmmPreset>());

    [Theory]
    [MemberData(nameof(Presets))]
    public void Invariants_hold_on_every_preset(MmmPreset preset)
    {
        var panel = MmmGenerator.Generate(MmmPresets.Get(preset));
        AssertInvariants(panel);
        // A pathology preset may break the share range on purpose (a channel that never spends has none).
        if (panel.Spec.Pathology is null) Assert.All(panel.Truth.Channels, c => Assert.InRange(c.ShareOfMedia, 0.01, 0.60));
        Assert.True(MmmPanelValidator.Validate(panel).IsValid);
    }

    internal static void AssertInvariants(MmmPanel panel)
    {
        var truth = panel.Truth;
        for (int r = 0; r < panel.RowCount; r++)
        {
            double y = panel.Y[r];
            Assert.False(double.IsNaN(y) || double.IsInfinity(y), $"row {r}: y = {y}");
            double sum = truth.Intercept[r] + truth.Trend[r] + truth.Seasonality[r] + truth.Noise[r] + (truth.HasClamp ? truth.Clamp[r] : 0);
            sum += truth.Controls.Sum(k => k.Effect[r]) + truth.Events.Sum(e => e.Effect[r]) + truth.Channels.Sum(c => c.Contribution[r]);
            Assert.True(Math.Abs(y - sum) <= 1e-9 * Math.Max(1, Math.Abs(y)), $"row {r}: y = {y}, components sum to {sum}");
            if (truth.HasClamp) Assert.True(y >= 0);
        }
        for (int c = 0; c < truth.Channels.Count; c++)
        {
            var channel = truth.Channels[c];
            double spend = 0, contribution = 0;
            foreach (double s in panel.Spend(c))
            {
                Assert.True(s >= 0 && !double.IsInfinity(s));
                spend += s;
            }
            foreach (double v in channel.Contribution)
            {
                Assert.False(double.IsNaN(v) || double.IsInfinity(v));
                contribution += v;
            }
            Assert.Equal(contribution, channel.TotalContribution, Math.Max(1e-9, 1e-12 * Math.Abs(contribution)));
            if (spend > 0) Assert.Equal(channel.TotalContribution / channel.TotalSpend, channel.Roas!.Value, 1e-12);
            else Assert.Null(channel.Roas);

            var curve = channel.ResponseCurve;
            Assert.Equal(0.0, curve[0].TotalContribution);
            Assert.Equal(1.0, curve[10].Multiplier);
            Assert.Equal(channel.TotalContribution, curve[10].TotalContribution, Math.Max(1e-9, 1e-12 * Math.Abs(channel.TotalContribution)));
            for (int i = 1; i < curve.Count; i++) Assert.True(curve[i].TotalContribution >= curve[i - 1].TotalContribution - 1e-9);
        }
        double media = truth.Channels.Sum(c => c.TotalContribution);
        if (media > 0) Assert.Equal(1.0, truth.Channels.Sum(c => c.ShareOfMedia), 1e-12);
    }
}
