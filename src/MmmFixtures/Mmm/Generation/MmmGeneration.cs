using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmmFixtures.Concurrency;
using MmmFixtures.Media;
using MmmFixtures.Numerics;
using MmmFixtures.Randomness;
using MmmFixtures.Randomness.Distributions;
using MmmFixtures.Series;

namespace MmmFixtures.Mmm;

/// <summary>
/// One generation of a spec: geos in blocks of <see cref="GeoBlock.Size"/>, in parallel, each block into one thread's reused
/// <see cref="GeoBlock"/> and from there to a sink (whole columns for a held panel, a scratch file for a streamed export).
/// Kept here is what is small per geo: each geo × channel's parameters, transform and sums, and each geo's truth; the truth
/// is assembled from them and the row-order sums.
/// </summary>
internal sealed class MmmGeneration
{
    private readonly MmmSpec _spec;
    private readonly StreamKey _root;
    private readonly int _periods, _geos;
    private readonly DateTime[] _dates;
    private readonly string[] _geoNames;
    private readonly double[][] _nationalEvents;
    private readonly double[] _relativeSeasonality;
    private readonly (double Sin, double Cos)[] _seasonalCoefficients;
    private readonly MediaTransform[,] _states;
    private readonly ChannelGeoParameters[,] _parameters;
    private readonly double[,] _spendByGeo, _contributionByGeo;
    private readonly GeoTruth[] _geoTruth;
    private readonly double[]?[] _sharedSpendLevels;

    public MmmGeneration(MmmSpec spec)
    {
        _spec = spec;
        Layout = new MmmRowLayout(spec);
        _root = StreamKey.Root(spec.Seed);
        _periods = spec.Periods;
        _geos = spec.Geos.Count;
        int channels = spec.Channels.Count;
        _dates = Enumerable.Range(0, _periods).Select(spec.DateOf).ToArray();
        _geoNames = spec.Geos.Select(g => g.Name).ToArray();
        _nationalEvents = spec.Events.Select(NationalIndicator).ToArray();
        _seasonalCoefficients = Generation.BaselineSeasonality.DrawCoefficients(spec.Baseline, _root);
        _relativeSeasonality = _dates.Select(d => Generation.BaselineSeasonality.Evaluate(_seasonalCoefficients, d.DayOfYear)).ToArray();
        _states = new MediaTransform[channels, _geos];
        _parameters = new ChannelGeoParameters[channels, _geos];
        _spendByGeo = new double[channels, _geos];
        _contributionByGeo = new double[channels, _geos];
        _geoTruth = new GeoTruth[_geos];
        // Deterministic shapes (all but OnOff and Custom) are the same in every geo: compute them once.
        _sharedSpendLevels = spec.Channels.Select(c => PatternSeries.HasSharedLevels(c.Spend) ? SharedLevels(c.Spend) : null).ToArray();
    }

    /// <summary>The spec generated.</summary>
    public MmmSpec Spec => _spec;

    /// <summary>The row columns generated.</summary>
    public MmmRowLayout Layout { get; }

    /// <summary>The date of each period.</summary>
    public IReadOnlyList<DateTime> Dates => _dates;

    /// <summary>The geo names, in geo order.</summary>
    public IReadOnlyList<string> GeoNames => _geoNames;

    /// <summary>Periods T.</summary>
    public int Periods => _periods;

    /// <summary>Geos G.</summary>
    public int Geos => _geos;

    /// <summary>Blocks of <see cref="GeoBlock.Size"/> geos.</summary>
    public int BlockCount => (_geos + GeoBlock.Size - 1) / GeoBlock.Size;

    /// <summary>The transform of channel <paramref name="channel"/> in geo <paramref name="geo"/> (once generation has drawn it).</summary>
    public MediaTransform Transform(int channel, int geo) => _states[channel, geo];

    /// <summary>The transform of channel <paramref name="channel"/> in each geo, in geo order.</summary>
    public MediaTransform[] Transforms(int channel)
    {
        var transforms = new MediaTransform[_geos]; // a loop, not Range(…).Select(…), a generic virtual method (see MmmSpec.GeoNames)
        for (int g = 0; g < transforms.Length; g++) transforms[g] = _states[channel, g];
        return transforms;
    }

    private double[] SharedLevels(PatternSpec pattern)
    {
        var levels = new double[_periods];
        PatternSeries.Levels(pattern, _dates, _root, levels);
        return levels;
    }

    /// <summary>Generates every block (in parallel, each thread reusing one <see cref="GeoBlock"/>) into <paramref name="sink"/>, or only the per-geo state without one.</summary>
    public void Execute(int maxDegreeOfParallelism, IGeoBlockSink? sink)
    {
        // A thread per core at most, and a loop's later workers take the blocks its earlier ones are done with: as many
        // blocks (each the fresh memory of T · columns · 8 values) as threads run at once.
        var options = CallingThread.Options(maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism);
        var free = new ConcurrentBag<GeoBlock>();
        int lanes = 0;
        FirstFailure.Unwrap(() => Parallel.For(0, BlockCount, options,
            () => free.TryTake(out var block) ? block : new GeoBlock(_periods, Layout.Count, Interlocked.Increment(ref lanes) - 1), (b, _, block) =>
        {
            block.Start(b, _geos);
            GenerateBlock(block, sink);
            sink?.Rows(block);
            return block;
        }, free.Add));
        if (sink is not null)
            foreach (var block in free) sink.Retire(block);
    }

    private double[] NationalIndicator(EventSpec ev)
    {
        var indicator = new double[_periods];
        if (ev.Recurrence is not null)
        {
            PatternSeries.Levels(ev.Recurrence with { Level = 1 }, _dates, _root.Then("event").Then(ev.Name), indicator);
            return indicator;
        }
        foreach (DateTime date in ev.Dates)
            indicator[(int)((date.Date - _spec.StartDate).TotalDays / _spec.DaysPerPeriod)] = 1;
        return indicator;
    }

    private void GenerateBlock(GeoBlock block, IGeoBlockSink? sink)
    {
        int g0 = block.FirstGeo, count = block.Count, T = _periods;
        var spec = _spec;
        var layout = Layout;
        var keys = block.Keys;
        var baseLevels = block.BaseLevels;
        double[][] mean = block.Mean, a = block.A, b = block.B, c3 = block.C, scratch = block.Scratch;

        for (int j = 0; j < count; j++)
        {
            int g = g0 + j;
            keys[j] = _root.Then("geo").Then(_geoNames[g]);
            baseLevels[j] = MmmGenerator.BaseLevel(spec, keys[j]);
            _geoTruth[g] = new GeoTruth(_geoNames[g], spec.Geos[g].Population, baseLevels[j]);
            double baseLevel = baseLevels[j];
            for (int t = 0; t < T; t++)
            {
                double intercept = baseLevel, trend = baseLevel * spec.Baseline.SalesTrend * t, season = baseLevel * _relativeSeasonality[t];
                a[j][t] = intercept;
                b[j][t] = trend;
                c3[j][t] = season;
                mean[j][t] = intercept + trend + season;
            }
        }
        block.Put(layout.Intercept, a);
        block.Put(layout.Trend, b);
        block.Put(layout.Seasonality, c3);

        for (int k = 0; k < spec.Controls.Count; k++)
        {
            var control = spec.Controls[k];
            for (int j = 0; j < count; j++)
            {
                PatternSeries.Fill(control.Value, g0 + j, _dates, keys[j].Then("control").Then(control.Name), clipAtZero: false, a[j]);
                for (int t = 0; t < T; t++)
                {
                    b[j][t] = control.Effect * a[j][t];
                    mean[j][t] += b[j][t];
                }
            }
            block.Put(layout.ControlValue(k), a);
            block.PutEffect(layout.ControlEffect(k), b);
        }
        for (int e = 0; e < spec.Events.Count; e++)
        {
            double delta = spec.Events[e].Effect;
            double[] indicator = _nationalEvents[e];
            for (int j = 0; j < count; j++)
                for (int t = 0; t < T; t++)
                {
                    a[j][t] = indicator[t];
                    b[j][t] = delta * indicator[t];
                    mean[j][t] += b[j][t];
                }
            block.Put(layout.EventIndicator(e), a);
            block.PutEffect(layout.EventEffect(e), b);
        }

        for (int c = 0; c < spec.Channels.Count; c++)
        {
            for (int j = 0; j < count; j++)
            {
                GenerateChannel(c, g0 + j, keys[j].Then("channel").Then(spec.Channels[c].Name), a[j], b[j], c3[j], scratch[j], block.Stream);
                for (int t = 0; t < T; t++) mean[j][t] += c3[j][t];
            }
            block.Put(layout.Spend(c), a);
            if (layout.Exposure(c) >= 0) block.Put(layout.Exposure(c), b);
            block.Put(layout.Contribution(c), c3);
            sink?.Curves(block, c, Curves(c, g0, count, scratch));
        }

        for (int j = 0; j < count; j++)
        {
            var noise = block.Stream.Restart(keys[j].Then("noise"));
            for (int t = 0; t < T; t++)
            {
                double z = noise.StandardNormal();
                double epsilon = spec.NoiseModel == NoiseModel.Normal
                    ? spec.NoiseSd * baseLevels[j] * z
                    : mean[j][t] * DeterministicMath.Expm1(spec.NoiseSd * z - 0.5 * spec.NoiseSd * spec.NoiseSd);
                double y = mean[j][t] + epsilon;
                double clamp = 0;
                if (spec.ClampNegativeY && y < 0)
                {
                    clamp = -y;
                    y = 0;
                }
                a[j][t] = epsilon;
                b[j][t] = y;
                c3[j][t] = clamp;
            }
        }
        block.Put(layout.Noise, a);
        block.Put(MmmRowLayout.Y, b);
        if (layout.Clamp >= 0) block.Put(layout.Clamp, c3);
    }

    // Channel c's curves in the block's geos from g0, over the series GenerateChannel prepared into scratch.
    private MediaResponse[] Curves(int c, int g0, int count, double[][] scratch)
    {
        var curves = new MediaResponse[count];
        for (int j = 0; j < count; j++) curves[j] = MediaResponse.Prepared(_states[c, g0 + j], scratch[j]);
        return curves;
    }

    // rng: the block's stream, restarted at each draw's key (the stream that key opens, without a new object each time).
    private void GenerateChannel(int c, int g, StreamKey key, double[] spend, double[] exposure, double[] contribution, double[] scratch, RandomStream rng)
    {
        var spec = _spec;
        var channel = spec.Channels[c];
        var h = spec.Hierarchy;
        int T = _periods;

        double beta = channel.Beta * LogNormalFactor(h.Beta, rng.Restart(key.Then("beta")));
        var a = channel.Adstock;
        bool hasAlpha = MediaTruthJson.UsesAlpha(a.Kind);
        double alpha = hasAlpha && h.Alpha > 0
            ? DeterministicMath.Logistic(DeterministicMath.Logit(a.Alpha) + h.Alpha * rng.Restart(key.Then("alpha")).StandardNormal())
            : a.Alpha;
        double scaleFactor = LogNormalFactor(h.HalfSaturation, rng.Restart(key.Then("halfSaturation")));
        var s = channel.Saturation;
        var curve = new SaturationCurve(s.Kind, s.HalfSaturation * scaleFactor, s.Slope, s.Lambda * scaleFactor, s.TanhScale * scaleFactor);

        if (_sharedSpendLevels[c] is double[] levels)
        {
            levels.CopyTo(spend, 0);
            PatternSeries.ApplyNoise(channel.Spend, key.Then("spend"), clipAtZero: true, spend);
        }
        else
        {
            PatternSeries.Fill(channel.Spend, g, _dates, key.Then("spend"), clipAtZero: true, spend);
            if (channel.Spend.Kind == SpendPattern.Custom) CheckCustomSpend(channel.Name, g, spend);
        }

        bool hasExposure = channel.Unit != MediaUnit.None;
        if (hasExposure)
        {
            rng.Restart(key.Then("exposure"));
            double unitsPerCurrency = (channel.Unit == MediaUnit.Cpm ? 1000.0 : 1.0) / channel.UnitCost;
            for (int t = 0; t < T; t++)
                exposure[t] = Math.Max(0, spend[t] * unitsPerCurrency * (1 + channel.CostNoise * rng.StandardNormal()));
        }
        double[] signal = channel.TransformOn == TransformInput.Exposure ? exposure : spend;
        double signalScale = 0;
        for (int t = 0; t < T; t++) signalScale = Math.Max(signalScale, signal[t]);

        double[] weights = AdstockKernel.Weights(a.Kind, alpha, a.Theta, a.Shape, a.Scale, a.Kind == AdstockKind.None ? 1 : a.MaxLag, a.Normalize);
        var state = new MediaTransform(beta, weights, curve, channel.Order, signalScale);
        state.Realise(signal, scratch, contribution); // scratch: the curve's series (Curves)
        _states[c, g] = state;

        double spendSum = 0, contributionSum = 0;
        for (int t = 0; t < T; t++)
        {
            spendSum += spend[t];
            contributionSum += contribution[t];
        }
        _spendByGeo[c, g] = spendSum;
        _contributionByGeo[c, g] = contributionSum;
        _parameters[c, g] = new ChannelGeoParameters
        {
            Geo = _geoNames[g],
            Channel = channel.Name,
            Pattern = channel.Spend.Kind,
            Beta = beta,
            AdstockKind = a.Kind,
            Alpha = hasAlpha ? alpha : null,
            Theta = a.Kind == AdstockKind.Delayed ? a.Theta : null,
            WeibullShape = MediaTruthJson.UsesWeibull(a.Kind) ? a.Shape : null,
            WeibullScale = MediaTruthJson.UsesWeibull(a.Kind) ? a.Scale : null,
            MaxLag = weights.Length,
            Normalize = a.Normalize,
            AdstockWeights = weights,
            SaturationKind = s.Kind,
            HalfSaturation = MediaTruthJson.UsesHalfSaturation(s.Kind) ? curve.HalfSaturation : null,
            Slope = s.Kind == SaturationKind.Hill ? s.Slope : null,
            Lambda = s.Kind == SaturationKind.Logistic ? curve.Lambda : null,
            TanhScale = s.Kind == SaturationKind.Tanh ? curve.TanhScale : null,
            Order = channel.Order,
            TransformOn = channel.TransformOn,
            Unit = channel.Unit,
            SignalScale = signalScale,
        };
    }

    private static void CheckCustomSpend(string channel, int g, double[] spend)
    {
        for (int t = 0; t < spend.Length; t++)
            if (!(spend[t] >= 0) || double.IsInfinity(spend[t]))
                throw new InvalidOperationException(
                    $"The custom spend of channel '{channel}' returned {spend[t]} for geo {g}, period {t}: spend must be a finite number ≥ 0.");
    }

    // exp(σz − σ²/2): log-normal with mean 1, so geos vary around the national value.
    public static double LogNormalFactor(double sigma, RandomStream rng) =>
        DeterministicMath.Exp(sigma * rng.StandardNormal() - 0.5 * sigma * sigma);

    /// <summary>
    /// Assembles the truth from the per-geo state, with the row columns when they are held (else null: a streamed export's
    /// truth has none); the row-order sums are given to it apart (<see cref="MmmTruth.SetRowTotals"/>).
    /// </summary>
    public MmmTruth Truth(HeldRows? rows, Func<int, ResponseCurves> curves)
    {
        var layout = Layout;
        var channels = new ChannelTruth[_spec.Channels.Count];
        for (int c = 0; c < channels.Length; c++)
        {
            int channel = c;
            channels[c] = new ChannelTruth(
                _spec.Channels[c].Name,
                Enumerable.Range(0, _geos).Select(g => _parameters[channel, g]).ToArray(),
                rows?.Column(layout.Contribution(c)),
                SpendByGeo(c),
                ContributionByGeo(c),
                _geoNames,
                _spec.RevenuePerKpi,
                curves(c));
        }
        var controls = _spec.Controls.Select((k, i) => new EffectTruth(k.Name, k.Effect, rows?.Column(layout.ControlEffect(i)))).ToArray();
        var events = _spec.Events.Select((e, i) => new EffectTruth(e.Name, e.Effect, rows?.Column(layout.EventEffect(i)))).ToArray();
        return new MmmTruth(channels, controls, events, _geoTruth, _seasonalCoefficients,
            rows?.Column(layout.Intercept), rows?.Column(layout.Trend), rows?.Column(layout.Seasonality), rows?.Column(layout.Noise),
            _spec.ClampNegativeY, layout.Clamp >= 0 ? rows?.Column(layout.Clamp) : null, _spec.Pathology);
    }

    /// <summary>Σ spend of channel <paramref name="c"/> per geo.</summary>
    public double[] SpendByGeo(int c) => Enumerable.Range(0, _geos).Select(g => _spendByGeo[c, g]).ToArray();

    /// <summary>Σ contribution of channel <paramref name="c"/> per geo.</summary>
    public double[] ContributionByGeo(int c) => Enumerable.Range(0, _geos).Select(g => _contributionByGeo[c, g]).ToArray();
}
