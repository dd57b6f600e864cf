using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System;
using MmmFixtures.Media;
using MmmFixtures.Numerics;
using MmmFixtures.Randomness.Distributions;
using MmmFixtures.Randomness;
using MmmFixtures.Series;
using MmmFixtures.Concurrency;
using MmmFixtures.Validation;

namespace MmmFixtures.Mmm;

/// <summary>
/// Generates an <see cref="MmmPanel"/> from an <see cref="MmmSpec"/>. Geos are generated in parallel;
/// each draws only from its own streams (<c>geo/&lt;name&gt;/channel/&lt;name&gt;/spend</c>, …), so the
/// result is byte-identical for any degree of parallelism, and adding or editing one entity leaves
/// every other entity's draws unchanged.
/// </summary>
public static class MmmGenerator
{
    /// <summary>Validates <paramref name="spec"/> (throwing every problem at once) and generates the panel.</summary>
    /// <param name="spec">The spec.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use for geos; −1 (default) for all cores. The output does not depend on it.</param>
    /// <exception cref="Validation.SpecValidationException">The spec is invalid.</exception>
    public static MmmPanel Generate(MmmSpec spec, int maxDegreeOfParallelism = -1)
    {
        MmmSpecValidator.ThrowIfInvalid(spec);
        return new Run(SolveBetas(spec, maxDegreeOfParallelism)).Execute(maxDegreeOfParallelism);
    }

    // β enters linearly and draws nothing, so a pilot run with β = 1 gives each ROAS-declared channel's
    // ROAS per unit of β, and β = target / that ROAS makes the national ROAS equal the target (every
    // geo's hierarchical factor is drawn from its own stream, so the per-geo spread is kept).
    private static MmmSpec SolveBetas(MmmSpec spec, int maxDegreeOfParallelism)
    {
        if (spec.Channels.All(c => c.TargetRoas is null)) return spec;
        var pilotSpec = spec with { Channels = spec.Channels.Select(c => c.TargetRoas is null ? c : c with { Beta = 1 }).ToArray() };
        var pilot = new Run(pilotSpec).Execute(maxDegreeOfParallelism).Truth.Channels;
        var errors = new SpecErrorCollector();
        var channels = new ChannelSpec[spec.Channels.Count];
        for (int i = 0; i < channels.Length; i++)
        {
            var channel = spec.Channels[i];
            channels[i] = channel;
            if (channel.TargetRoas is not double target) continue;
            if (pilot[i].Roas is double roasPerBeta && roasPerBeta > 0)
                channels[i] = channel with { Beta = target / roasPerBeta };
            else
                errors.Add($"channels[{i}].targetRoas", target, "needs a channel that spends and whose transform responds to its spend (its panel never spends)");
        }
        errors.ThrowIfInvalid("MMM spec");
        return spec with { Channels = channels };
    }

    /// <summary>The base level (intercept) generation draws for <paramref name="geo"/> of <paramref name="spec"/>, e.g. to give a preset's geos populations in proportion to it.</summary>
    internal static double BaseLevel(MmmSpec spec, string geo) => BaseLevel(spec, StreamKey.Root(spec.Seed).Then("geo").Then(geo));

    private static double BaseLevel(MmmSpec spec, StreamKey geoKey) =>
        spec.Baseline.BaseSales * Run.LogNormalFactor(spec.Hierarchy.Baseline, geoKey.Open("baseline"));

    /// <summary>The state of one generation: output columns (row order) and per geo × channel transforms.</summary>
    private sealed class Run
    {
        private readonly MmmSpec _spec;
        private readonly StreamKey _root;
        private readonly int _periods, _geos;
        private readonly DateTime[] _dates;
        private readonly string[] _geoNames;
        private readonly double[] _y, _intercept, _trend, _seasonality, _noise;
        private readonly double[]? _clamp;
        private readonly double[][] _spend, _contribution, _controlValue, _controlEffect, _eventIndicator, _eventEffect;
        private readonly double[]?[] _exposure;
        private readonly double[][] _nationalEvents;
        private readonly double[] _relativeSeasonality;
        private readonly (double Sin, double Cos)[] _seasonalCoefficients;
        private readonly MediaTransform[,] _states;
        private readonly ChannelGeoParameters[,] _parameters;
        private readonly double[,] _spendByGeo, _contributionByGeo;
        private readonly GeoTruth[] _geoTruth;
        private readonly double[]?[] _sharedSpendLevels;

        public Run(MmmSpec spec)
        {
            _spec = spec;
            _root = StreamKey.Root(spec.Seed);
            _periods = spec.Periods;
            _geos = spec.Geos.Count;
            int rows = _periods * _geos, channels = spec.Channels.Count;
            _dates = Enumerable.Range(0, _periods).Select(spec.DateOf).ToArray();
            _geoNames = spec.Geos.Select(g => g.Name).ToArray();
            _y = Column(rows);
            _intercept = Column(rows);
            _trend = Column(rows);
            _seasonality = Column(rows);
            _noise = Column(rows);
            _clamp = spec.ClampNegativeY ? Column(rows) : null;
            _spend = Columns(channels, rows);
            _contribution = Columns(channels, rows);
            _exposure = spec.Channels.Select(c => c.Unit == MediaUnit.None ? null : Column(rows)).ToArray();
            _controlValue = Columns(spec.Controls.Count, rows);
            _controlEffect = Columns(spec.Controls.Count, rows);
            _eventIndicator = Columns(spec.Events.Count, rows);
            _eventEffect = Columns(spec.Events.Count, rows);
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

        private double[] SharedLevels(PatternSpec pattern)
        {
            var levels = new double[_periods];
            PatternSeries.Levels(pattern, _dates, _root, levels);
            return levels;
        }

        public MmmPanel Execute(int maxDegreeOfParallelism)
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
            FirstFailure.Unwrap(() => Parallel.For(0, BlockCount, options, GenerateBlock));
            return Assemble(maxDegreeOfParallelism);
        }

        private static double[][] Columns(int count, int rows) => Enumerable.Range(0, count).Select(_ => Column(rows)).ToArray();

        // Every element of every column is written by a block's scatter, so zeroing them first is wasted work.
        private static double[] Column(int rows) =>
#if NET
            GC.AllocateUninitializedArray<double>(rows);
#else
            new double[rows];
#endif

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

        // Geos are generated in blocks of eight: the columns are in row order (period t of geo g is row
        // t·G + g), so eight neighbouring geos fill whole cache lines, written once instead of eight times.
        private const int GeoBlock = 8;

        private int BlockCount => (_geos + GeoBlock - 1) / GeoBlock;

        private void GenerateBlock(int block)
        {
            int g0 = block * GeoBlock, count = Math.Min(GeoBlock, _geos - g0), T = _periods;
            var spec = _spec;
            var keys = new StreamKey[count];
            var baseLevels = new double[count];
            double[][] mean = Buffers(count, T), a = Buffers(count, T), b = Buffers(count, T), c3 = Buffers(count, T), scratch = Buffers(count, T);

            for (int j = 0; j < count; j++)
            {
                int g = g0 + j;
                keys[j] = _root.Then("geo").Then(_geoNames[g]);
                baseLevels[j] = BaseLevel(spec, keys[j]);
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
            Scatter(_intercept, a, g0);
            Scatter(_trend, b, g0);
            Scatter(_seasonality, c3, g0);

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
                Scatter(_controlValue[k], a, g0);
                Scatter(_controlEffect[k], b, g0);
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
                Scatter(_eventIndicator[e], a, g0);
                Scatter(_eventEffect[e], b, g0);
            }

            for (int c = 0; c < spec.Channels.Count; c++)
            {
                for (int j = 0; j < count; j++)
                {
                    GenerateChannel(c, g0 + j, keys[j].Then("channel").Then(spec.Channels[c].Name), a[j], b[j], c3[j], scratch[j]);
                    for (int t = 0; t < T; t++) mean[j][t] += c3[j][t];
                }
                Scatter(_spend[c], a, g0);
                if (_exposure[c] is double[] exposureColumn) Scatter(exposureColumn, b, g0);
                Scatter(_contribution[c], c3, g0);
            }

            for (int j = 0; j < count; j++)
            {
                var noise = keys[j].Open("noise");
                for (int t = 0; t < T; t++)
                {
                    double z = noise.StandardNormal();
                    double epsilon = spec.NoiseModel == NoiseModel.Normal
                        ? spec.NoiseSd * baseLevels[j] * z
                        : mean[j][t] * DeterministicMath.Expm1(spec.NoiseSd * z - 0.5 * spec.NoiseSd * spec.NoiseSd);
                    double y = mean[j][t] + epsilon;
                    double clamp = 0;
                    if (_clamp is not null && y < 0)
                    {
                        clamp = -y;
                        y = 0;
                    }
                    a[j][t] = epsilon;
                    b[j][t] = y;
                    c3[j][t] = clamp;
                }
            }
            Scatter(_noise, a, g0);
            Scatter(_y, b, g0);
            if (_clamp is not null) Scatter(_clamp, c3, g0);
        }

        private static double[][] Buffers(int count, int length) => Enumerable.Range(0, count).Select(_ => new double[length]).ToArray();

        // column[t·G + g0 + j] = local[j][t]: one cache line per period for a full block.
        private void Scatter(double[] column, double[][] local, int g0)
        {
            int geos = _geos, count = local.Length;
            for (int t = 0; t < _periods; t++)
            {
                int row = t * geos + g0;
                for (int j = 0; j < count; j++) column[row + j] = local[j][t];
            }
        }

        private void GenerateChannel(int c, int g, StreamKey key, double[] spend, double[] exposure, double[] contribution, double[] scratch)
        {
            var spec = _spec;
            var channel = spec.Channels[c];
            var h = spec.Hierarchy;
            int T = _periods;

            double beta = channel.Beta * LogNormalFactor(h.Beta, key.Open("beta"));
            var a = channel.Adstock;
            bool hasAlpha = MediaTruthJson.UsesAlpha(a.Kind);
            double alpha = hasAlpha && h.Alpha > 0
                ? DeterministicMath.Logistic(DeterministicMath.Logit(a.Alpha) + h.Alpha * key.Open("alpha").StandardNormal())
                : a.Alpha;
            double scaleFactor = LogNormalFactor(h.HalfSaturation, key.Open("halfSaturation"));
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
                var rng = key.Open("exposure");
                double unitsPerCurrency = (channel.Unit == MediaUnit.Cpm ? 1000.0 : 1.0) / channel.UnitCost;
                for (int t = 0; t < T; t++)
                    exposure[t] = Math.Max(0, spend[t] * unitsPerCurrency * (1 + channel.CostNoise * rng.StandardNormal()));
            }
            double[] signal = channel.TransformOn == TransformInput.Exposure ? exposure : spend;
            double signalScale = 0;
            for (int t = 0; t < T; t++) signalScale = Math.Max(signalScale, signal[t]);

            double[] weights = AdstockKernel.Weights(a.Kind, alpha, a.Theta, a.Shape, a.Scale, a.Kind == AdstockKind.None ? 1 : a.MaxLag, a.Normalize);
            var state = new MediaTransform(beta, weights, curve, channel.Order, signalScale);
            state.Contribution(signal, 1.0, scratch, contribution);
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
        internal static double LogNormalFactor(double sigma, RandomStream rng) =>
            DeterministicMath.Exp(sigma * rng.StandardNormal() - 0.5 * sigma * sigma);

        private MmmPanel Assemble(int maxDegreeOfParallelism)
        {
            double totalY = 0;
            foreach (double v in _y) totalY += v;
            var channels = new ChannelTruth[_spec.Channels.Count];
            for (int c = 0; c < channels.Length; c++)
            {
                int channel = c;
                channels[c] = new ChannelTruth(
                    _spec.Channels[c].Name,
                    Enumerable.Range(0, _geos).Select(g => _parameters[channel, g]).ToArray(),
                    _contribution[c],
                    Enumerable.Range(0, _geos).Select(g => _spendByGeo[channel, g]).ToArray(),
                    Enumerable.Range(0, _geos).Select(g => _contributionByGeo[channel, g]).ToArray(),
                    _geoNames,
                    totalY,
                    _spec.RevenuePerKpi,
                    CurveSource(channel, maxDegreeOfParallelism));
            }
            var controls = _spec.Controls.Select((k, i) => new EffectTruth(k.Name, k.Effect, _controlEffect[i])).ToArray();
            var events = _spec.Events.Select((e, i) => new EffectTruth(e.Name, e.Effect, _eventEffect[i])).ToArray();
            var truth = new MmmTruth(channels, controls, events, _geoTruth, _seasonalCoefficients,
                _intercept, _trend, _seasonality, _noise, _clamp, _spec.Pathology);
            return new MmmPanel(_spec, _dates, _geoNames, _y, _spend, _exposure, _controlValue, _eventIndicator, truth);
        }

        // Channel c's transform bound to its signal in each geo (its response curve at any multiplier k, S and noise
        // fixed; each geo summed in period order, as the realised totals are). The source holds the signal column and the
        // transforms only, not this run: an export that releases the panel's rows frees the other columns.
        private Func<MediaResponse[]> CurveSource(int c, int maxDegreeOfParallelism)
        {
            double[] signalColumn = _spec.Channels[c].TransformOn == TransformInput.Exposure ? _exposure[c]! : _spend[c];
            var states = Enumerable.Range(0, _geos).Select(g => _states[c, g]).ToArray();
            int periods = _periods;
            return () => PrepareCurves(signalColumn, states, periods, maxDegreeOfParallelism);
        }

        private static MediaResponse[] PrepareCurves(double[] signalColumn, MediaTransform[] states, int periods, int maxDegreeOfParallelism)
        {
            int geos = states.Length;
            var byGeo = new MediaResponse[geos];
            Parallel.For(0, geos, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, g =>
            {
                var signal = new double[periods];
                for (int t = 0; t < periods; t++) signal[t] = signalColumn[t * geos + g];
                byGeo[g] = new MediaResponse(states[g], signal); // the gathered copy is the response's own: no second copy
            });
            return byGeo;
        }
    }
}
