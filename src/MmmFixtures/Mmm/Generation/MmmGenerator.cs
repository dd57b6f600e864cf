using System;
using System.Linq;
using System.Threading.Tasks;
using MmmFixtures.Media;
using MmmFixtures.Memory;
using MmmFixtures.Randomness;
using MmmFixtures.Validation;
using MmmFixtures.Concurrency;

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
        var generation = Prepare(spec, maxDegreeOfParallelism);
        var columns = new WholeColumns(generation);
        generation.Execute(maxDegreeOfParallelism, columns);
        var rows = new HeldRows(generation.Layout, columns.Columns, generation.Periods, generation.Geos);
        var layout = generation.Layout;
        double[] Sums(int count, Func<int, int> column) => Enumerable.Range(0, count).Select(i => RowSum(rows.Column(column(i)))).ToArray();
        var truth = generation.Truth(rows, c => new ResponseCurves(CurveSource(generation, rows, c, maxDegreeOfParallelism), generation.GeoNames, maxDegreeOfParallelism));
        truth.SetRowTotals(RowSum(rows.Column(MmmRowLayout.Y)), Sums(layout.Controls, layout.ControlEffect), Sums(layout.Events, layout.EventEffect));
        return new MmmPanel(generation.Spec, generation.Dates, generation.GeoNames, rows, truth);
    }

    /// <summary>Validates <paramref name="spec"/> (unless the caller just did), solves the β of channels declared by their ROAS, and starts its generation.</summary>
    /// <exception cref="SpecValidationException">The spec is invalid.</exception>
    internal static MmmGeneration Prepare(MmmSpec spec, int maxDegreeOfParallelism, bool validated = false)
    {
        if (!validated) MmmSpecValidator.ThrowIfInvalid(spec);
        return new MmmGeneration(SolveBetas(spec, maxDegreeOfParallelism));
    }

    /// <summary>Σ of a column in row order: the summation of every row-order total (Σ y, an effect's total).</summary>
    internal static double RowSum(ReadOnlySpan<double> column)
    {
        double total = 0;
        foreach (double v in column) total += v;
        return total;
    }

    // β enters linearly and draws nothing, so a pilot run with β = 1 gives each ROAS-declared channel's
    // ROAS per unit of β, and β = target / that ROAS makes the national ROAS equal the target (every
    // geo's hierarchical factor is drawn from its own stream, so the per-geo spread is kept). The pilot keeps no rows:
    // a channel's ROAS is made of its per-geo sums.
    private static MmmSpec SolveBetas(MmmSpec spec, int maxDegreeOfParallelism)
    {
        if (spec.Channels.All(c => c.TargetRoas is null)) return spec;
        var pilotSpec = spec with { Channels = spec.Channels.Select(c => c.TargetRoas is null ? c : c with { Beta = 1 }).ToArray() };
        var pilot = new MmmGeneration(pilotSpec);
        pilot.Execute(maxDegreeOfParallelism, sink: null);
        var errors = new SpecErrorCollector();
        var channels = new ChannelSpec[spec.Channels.Count];
        for (int i = 0; i < channels.Length; i++)
        {
            var channel = spec.Channels[i];
            channels[i] = channel;
            if (channel.TargetRoas is not double target) continue;
            if (ChannelTruth.RoasOf(pilot.SpendByGeo(i), pilot.ContributionByGeo(i), spec.RevenuePerKpi) is double roasPerBeta && roasPerBeta > 0)
                channels[i] = channel with { Beta = target / roasPerBeta };
            else
                errors.Add($"channels[{i}].targetRoas", target, "needs a channel that spends and whose transform responds to its spend (its panel never spends)");
        }
        errors.ThrowIfInvalid("MMM spec");
        return spec with { Channels = channels };
    }

    /// <summary>The base level (intercept) generation draws for <paramref name="geo"/> of <paramref name="spec"/>, e.g. to give a preset's geos populations in proportion to it.</summary>
    internal static double BaseLevel(MmmSpec spec, string geo) => BaseLevel(spec, StreamKey.Root(spec.Seed).Then("geo").Then(geo));

    internal static double BaseLevel(MmmSpec spec, StreamKey geoKey) =>
        spec.Baseline.BaseSales * MmmGeneration.LogNormalFactor(spec.Hierarchy.Baseline, geoKey.Open("baseline"));

    // Channel c's transform bound to its signal in each geo (its response curve at any multiplier k, S and noise
    // fixed; each geo summed in period order, as the realised totals are). The source holds the signal column and the
    // transforms only, not the panel: an export that releases the panel's rows frees the other columns.
    private static Func<MediaResponse[]> CurveSource(MmmGeneration generation, HeldRows rows, int c, int maxDegreeOfParallelism)
    {
        var layout = generation.Layout;
        double[] signalColumn = rows.Column(generation.Spec.Channels[c].TransformOn == TransformInput.Exposure ? layout.Exposure(c) : layout.Spend(c));
        var states = generation.Transforms(c);
        int geos = states.Length, periods = generation.Periods;
        return () => PrepareCurves(states, periods, maxDegreeOfParallelism, (g, signal) =>
        {
            for (int t = 0; t < signal.Length; t++) signal[t] = signalColumn[t * geos + g];
        });
    }

    /// <summary>Each geo's transform bound to its signal, which <paramref name="readSignal"/> puts in a series of its own (geo, series).</summary>
    internal static MediaResponse[] PrepareCurves(MediaTransform[] states, int periods, int maxDegreeOfParallelism, Action<int, double[]> readSignal)
    {
        var byGeo = new MediaResponse[states.Length];
        Parallel.For(0, states.Length, CallingThread.Options(maxDegreeOfParallelism), g =>
        {
            var signal = new double[periods];
            readSignal(g, signal);
            byGeo[g] = new MediaResponse(states[g], signal); // the series is the response's own: no second copy
        });
        return byGeo;
    }

    // A held panel's columns: each block scattered to its rows (period t of geo g is row t·G + g), a cache line per period.
    private sealed class WholeColumns : IGeoBlockSink
    {
        private readonly int _geos, _periods;

        public WholeColumns(MmmGeneration generation)
        {
            _geos = generation.Geos;
            _periods = generation.Periods;
            Columns = Enumerable.Range(0, generation.Layout.Count).Select(_ => Column(_periods * _geos)).ToArray();
        }

        public double[][] Columns { get; }

        // Every element of every column is written by a block's scatter, so zeroing them first is wasted work.
        private static double[] Column(int rows) => UnzeroedArray.Of<double>(rows);

        public void Curves(GeoBlock block, int channel, MediaResponse[] curves)
        {
            // The curves are prepared from the signal column once the panel is held.
        }

        public void Retire(GeoBlock block)
        {
            // The panel is held: nothing reads blocks back.
        }

        public void Rows(GeoBlock block)
        {
            int g0 = block.FirstGeo, count = block.Count, columns = Columns.Length, start = block.Values.Offset;
            var values = block.Values.Array!;
            for (int col = 0; col < columns; col++)
            {
                var column = Columns[col];
                for (int t = 0; t < _periods; t++)
                {
                    int row = t * _geos + g0, at = start + (t * columns + col) * count;
                    for (int j = 0; j < count; j++) column[row + j] = values[at + j];
                }
            }
        }
    }
}
