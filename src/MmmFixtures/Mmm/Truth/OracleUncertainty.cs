using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Numerics;
using MmmFixtures.Concurrency;

namespace MmmFixtures.Mmm;

/// <summary>
/// The oracle fit behind <see cref="ChannelOracle"/>. Per geo g the design is the true baseline shapes
/// (1, the trend and seasonality components — absent when zero, each control's value, each event's indicator) and each channel's
/// true transformed signal z_c = contribution_c / β_cg; the noise variance of each row is the true one
/// ((noiseSd · base_g)² for Normal noise, mean² · (e^{noiseSd²} − 1) for LogNormal). The national fit
/// pools the geos with geo-specific baselines (every baseline column interacted with the geo) and one
/// coefficient m_c per channel on the true contribution (true m = 1, so geo differences in β are known).
/// Both are computed by partialling the baseline out of the channel columns geo by geo (Frisch–Waugh),
/// in plain IEEE arithmetic in a fixed order.
/// </summary>
internal static class OracleUncertainty
{
    /// <summary>The relative SE of ROAS below which a channel is called identifiable.</summary>
    public const double IdentifiableRelativeSe = 0.1;

    // Geos fitted between two poolings: enough to keep every core busy, few enough that their fits stay small.
    private const int GeosPerBatch = 64;

    // Geos one thread gathers and fits one after the other with one row reader: a streamed panel's reads a block of 8 geos
    // at once. Each geo's design is gathered into the thread's one set of buffers just before its fit, so a thread touches
    // the memory of one design, not of a group's.
    private const int GeosPerGroup = 8;

    /// <summary>Gives every channel of <paramref name="panel"/> its oracle, computed for all channels on first use from <paramref name="rows"/> (the panel's rows).</summary>
    public static void Attach(MmmPanel panel, MmmRowSource rows)
    {
        var all = new Lazy<ChannelOracle[]>(() => Compute(panel, rows), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        for (int c = 0; c < panel.Truth.Channels.Count; c++) panel.Truth.Channels[c].AttachOracle(all, c);
    }

    /// <summary>The oracle of every channel of <paramref name="panel"/>, in declaration order, its rows read from <paramref name="rows"/>.</summary>
    public static ChannelOracle[] Compute(MmmPanel panel, MmmRowSource rows)
    {
        var truth = panel.Truth;
        int T = panel.Periods, G = panel.GeoCount, C = truth.Channels.Count;
        var national = new GeoFit(C);
        var zSum = new double[C];
        var geoSe = new double?[G][];
        var geoVif = new double?[G][];
        // Geos are fitted independently (in parallel) and pooled in geo order, so the sums are the same on any number of
        // threads. They go in batches, so only a batch's fits (2·C² doubles each) are held, not every geo's, in places reused
        // from batch to batch; each thread reuses one set of per-geo matrices (allocated per geo they are large-object
        // garbage, C·T doubles each) and of the fit's small pieces (per geo they would be most of an export's young garbage).
        using var buffers = new System.Threading.ThreadLocal<FitBuffers>(() => new FitBuffers(T, 3 + panel.Spec.Controls.Count + panel.Spec.Events.Count, C));
        // Row readers (a streamed panel's hold a block of geos each) are lent to one group at a time, so there are as many as
        // groups run at once, not as many as threads ever ran one; a thread mostly gets its own back, its block still read.
        var readers = new System.Collections.Concurrent.ConcurrentBag<MmmRowReader>();
        var fits = new GeoFit[Math.Min(G, GeosPerBatch)];
        var betas = new double[fits.Length][];
        var geoZSums = new double[fits.Length][];
        for (int j = 0; j < fits.Length; j++)
        {
            fits[j] = new GeoFit(C);
            betas[j] = new double[C];
            geoZSums[j] = new double[C];
        }
        for (int first = 0; first < G; first += GeosPerBatch)
        {
            int count = Math.Min(GeosPerBatch, G - first);
            System.Threading.Tasks.Parallel.For(0, (count + GeosPerGroup - 1) / GeosPerGroup, CallingThread.Options(Environment.ProcessorCount), group =>
            {
                int start = group * GeosPerGroup, n = Math.Min(GeosPerGroup, count - start);
                var buffer = buffers.Value!;
                var reader = readers.TryTake(out var free) ? free : rows.OpenReader(1); // geos, not tiles
                for (int m = 0; m < n; m++)
                {
                    int j = start + m, g = first + j;
                    Gather(panel, reader.Geo(g), g, buffer);
                    FitGeo(panel, buffer, fits[j], betas[j], geoZSums[j]);
                    geoSe[g] = fits[j].StandardErrors(buffer.Inverse, buffer.Variances, out geoVif[g]);
                }
                readers.Add(reader);
            });
            for (int j = 0; j < count; j++)
            {
                national.AddScaled(fits[j], betas[j]);
                for (int c = 0; c < C; c++) zSum[c] += geoZSums[j][c];
            }
        }
        var nationalSe = national.StandardErrors(new double[C * ColumnSums.Stride(C)], new double[C], out double?[] nationalVif);

        var result = new ChannelOracle[C];
        for (int c = 0; c < C; c++)
        {
            var channel = truth.Channels[c];
            var betaSe = new Dictionary<string, double?>(G, StringComparer.Ordinal);
            var roasSe = new Dictionary<string, double?>(G, StringComparer.Ordinal);
            var relative = new Dictionary<string, double?>(G, StringComparer.Ordinal);
            var vif = new Dictionary<string, double?>(G, StringComparer.Ordinal);
            var identifiable = new Dictionary<string, bool>(G, StringComparer.Ordinal);
            for (int g = 0; g < G; g++)
            {
                string geo = panel.GeoNames[g];
                double beta = channel.ParametersByGeo[g].Beta;
                double? se = geoSe[g][c];
                double? rel = se is double s && beta > 0 ? s / beta : null;
                betaSe[geo] = se;
                relative[geo] = rel;
                roasSe[geo] = rel is double r && channel.RoasByGeo[geo] is double roas ? r * roas : null;
                vif[geo] = geoVif[g][c];
                identifiable[geo] = rel is double x && x < IdentifiableRelativeSe;
            }
            double? m = channel.Roas is null ? null : nationalSe[c];
            // β̄ = Σ contribution / Σ z: the one β that gives the national ROAS (the declared β without hierarchy).
            double? nationalBetaSe = m is double sm && zSum[c] > 0 ? sm * channel.TotalContribution / zSum[c] : null;
            result[c] = new ChannelOracle
            {
                BetaSe = nationalBetaSe,
                RoasSe = m is double mm && channel.Roas is double nr ? mm * nr : null,
                RelativeSe = m,
                Vif = channel.Roas is null ? null : nationalVif[c],
                Identifiable = m is double im && im < IdentifiableRelativeSe,
                BetaSeByGeo = betaSe,
                RoasSeByGeo = roasSe,
                RelativeSeByGeo = relative,
                VifByGeo = vif,
                IdentifiableByGeo = identifiable,
            };
        }
        return result;
    }

    // The design of geo g from its rows into the buffers: the true baseline columns, the channel columns z = contribution / β
    // (period-major) with their sums in period order, and the row weights.
    private static void Gather(MmmPanel panel, MmmGeoRows rows, int g, FitBuffers buffers)
    {
        var truth = panel.Truth;
        var spec = panel.Spec;
        int T = panel.Periods, C = truth.Channels.Count, K = spec.Controls.Count, E = spec.Events.Count, stride = buffers.Stride;
        double noiseSd = spec.NoiseSd, logNormalFactor = DeterministicMath.Expm1(noiseSd * noiseSd);
        var geo = buffers.Design;
        var layout = rows.Layout;
        for (int c = 0; c < C; c++) geo.Betas[c] = truth.Channels[c].ParametersByGeo[g].Beta;
        geo.ZSum.AsSpan().Clear();
        double baseLevel = truth.Geos[g].Base;
        for (int t = 0; t < T; t++)
        {
            var baseline = geo.Baseline;
            baseline[t, 0] = 1;
            baseline[t, 1] = rows.At(layout.Trend, t);
            baseline[t, 2] = rows.At(layout.Seasonality, t);
            for (int k = 0; k < K; k++) baseline[t, 3 + k] = rows.At(layout.ControlValue(k), t);
            for (int e = 0; e < E; e++) baseline[t, 3 + K + e] = rows.At(layout.EventIndicator(e), t);
            for (int c = 0; c < C; c++)
            {
                double beta = geo.Betas[c], value = beta > 0 ? rows.At(layout.Contribution(c), t) / beta : 0;
                geo.Z[t * stride + c] = value;
                geo.ZSum[c] += value;
            }
            if (spec.NoiseModel == NoiseModel.Normal)
            {
                double sd = noiseSd * baseLevel;
                geo.Weight[t] = sd * sd;
            }
            else
            {
                double mean = rows.At(MmmRowLayout.Y, t) - rows.At(layout.Noise, t) - (truth.HasClamp ? rows.At(layout.Clamp, t) : 0);
                geo.Weight[t] = mean * mean * logNormalFactor;
            }
        }
    }

    // The channel columns of the geo gathered into the buffers (see Gather) with its baseline partialled out: RᵀR, Rᵀ W R
    // and the centred sums of squares into fit, the geo's β and channel sums into betas and zSum. Every element is written
    // (or cleared) before it is read, so neither the buffers nor the fit carry anything from one geo to the next. The channel columns are stored period-major (row t holds every channel's value), so that a period's
    // work on all channels runs several channels at a time; each channel's sums still add their terms in period order, so
    // the bits do not depend on the vector width.
    private static void FitGeo(MmmPanel panel, FitBuffers buffers, GeoFit fit, double[] betas, double[] zSum)
    {
        var spec = panel.Spec;
        int T = panel.Periods, C = panel.Truth.Channels.Count;
        int p = 3 + spec.Controls.Count + spec.Events.Count, stride = buffers.Stride;
        var geo = buffers.Design;
        double[,] baseline = geo.Baseline;
        double[] z = geo.Z, residual = buffers.Residual, weight = geo.Weight;
        geo.Betas.CopyTo(betas, 0);
        geo.ZSum.CopyTo(zSum, 0);

        var btb = buffers.BaselineGram;
        for (int i = 0; i < p; i++)
            for (int j = 0; j <= i; j++)
            {
                double sum = 0;
                for (int t = 0; t < T; t++) sum += baseline[t, i] * baseline[t, j];
                btb[i, j] = sum;
            }
        var factor = new CholeskyFactor(btb);
        // Bᵀz of every channel (row i: Σ_t b_ti·z_tc per channel c), then, solved in place (each column with the bits of
        // its own solve), each channel's baseline coefficients (row i).
        var coefficients = buffers.Coefficients;
        Array.Clear(coefficients, 0, p * stride);
        for (int t = 0; t < T; t++)
            for (int i = 0; i < p; i++) ColumnSums.AddProducts(coefficients.AsSpan(i * stride, C), baseline[t, i], z.AsSpan(t * stride, C));
        factor.SolveColumns(coefficients, C, stride);
        var means = buffers.Means;
        for (int c = 0; c < C; c++) means[c] = zSum[c] / T;
        var fitted = buffers.Fitted;
        var sst = buffers.Squares;
        Array.Clear(sst, 0, C);
        for (int t = 0; t < T; t++)
        {
            fitted.AsSpan().Clear();
            for (int i = 0; i < p; i++) ColumnSums.AddProducts(fitted, baseline[t, i], coefficients.AsSpan(i * stride, C));
            ColumnSums.Residuals(z.AsSpan(t * stride, C), fitted, means, residual.AsSpan(t * stride, C), sst);
        }
        for (int c = 0; c < C; c++) fit.CentredSumOfSquares[c] = sst[c];
        ColumnSums.WeightedGrams(residual, weight, T, C, stride, fit.Gram, fit.Meat);
    }

    /// <summary>
    /// One thread's design of the geo being fitted (<see cref="GeoDesign"/>), its residuals (period-major, <see cref="Stride"/>
    /// per period), and the small pieces of its fit: BᵀB, the channels' baseline coefficients (p rows, <see cref="Stride"/>
    /// apart), the channels' means, fitted values and centred sums of squares, and for its standard errors the table of
    /// A⁻¹'s columns and their variances.
    /// </summary>
    private sealed class FitBuffers(int periods, int baselineColumns, int channels)
    {
        public int Stride { get; } = ColumnSums.Stride(channels);
        public GeoDesign Design { get; } = new(periods, baselineColumns, channels);
        public double[] Residual { get; } = new double[periods * ColumnSums.Stride(channels)];
        public double[,] BaselineGram { get; } = new double[baselineColumns, baselineColumns];
        public double[] Coefficients { get; } = new double[baselineColumns * ColumnSums.Stride(channels)];
        public double[] Means { get; } = new double[channels];
        public double[] Fitted { get; } = new double[channels];
        public double[] Squares { get; } = new double[channels];
        public double[] Inverse { get; } = new double[channels * ColumnSums.Stride(channels)];
        public double[] Variances { get; } = new double[channels];
    }

    /// <summary>One geo's design: T periods, p baseline columns, the C channel columns z (period-major) with their sums and the geo's β, the row weights.</summary>
    private sealed class GeoDesign(int periods, int baselineColumns, int channels)
    {
        public double[,] Baseline { get; } = new double[periods, baselineColumns];
        public double[] Z { get; } = new double[periods * ColumnSums.Stride(channels)];
        public double[] ZSum { get; } = new double[channels];
        public double[] Betas { get; } = new double[channels];
        public double[] Weight { get; } = new double[periods];
    }

    /// <summary>The normal-equation pieces of one fit on the channel columns (baseline already partialled out).</summary>
    private sealed class GeoFit
    {
        public GeoFit(int channels)
        {
            Gram = new double[channels, channels];
            Meat = new double[channels, channels];
            CentredSumOfSquares = new double[channels];
        }

        public double[,] Gram { get; }
        public double[,] Meat { get; }
        public double[] CentredSumOfSquares { get; }

        // A geo's columns scaled by its β (z·β = the contribution), added to the pooled fit.
        public void AddScaled(GeoFit geo, double[] scale)
        {
            int n = scale.Length;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    Gram[i, j] += scale[i] * scale[j] * geo.Gram[i, j];
                    Meat[i, j] += scale[i] * scale[j] * geo.Meat[i, j];
                }
                CentredSumOfSquares[i] += scale[i] * scale[i] * geo.CentredSumOfSquares[i];
            }
        }

        // √diag(A⁻¹ M A⁻¹) (each column's A⁻¹ⱼᵀ M A⁻¹ⱼ summed a, then b), and the VIF (A⁻¹)_jj · Σ(x − x̄)²; null for a column
        // that is a combination of earlier ones. Room for the work: the table of A⁻¹'s columns (n rows, ColumnSums.Stride(n)
        // apart), cleared here, and the n variances.
        public double?[] StandardErrors(double[] inverse, double[] variances, out double?[] vif)
        {
            int n = CentredSumOfSquares.Length;
            var factor = new CholeskyFactor(Gram);
            // Column j of A⁻¹ (the solve of unit vector j) goes down column j of a table whose row a holds every column's
            // a-th entry, so the columns are solved together and their forms summed together.
            int stride = ColumnSums.Stride(n);
            Array.Clear(inverse, 0, n * stride);
            for (int j = 0; j < n; j++) inverse[j * stride + j] = 1;
            factor.SolveColumns(inverse, n, stride);
            ColumnSums.QuadraticForms(inverse, Meat, n, stride, variances);
            var se = new double?[n];
            vif = new double?[n];
            for (int j = 0; j < n; j++)
            {
                if (factor.IsDependent(j)) continue;
                se[j] = Math.Sqrt(variances[j]);
                if (CentredSumOfSquares[j] > 0) vif[j] = inverse[j * stride + j] * CentredSumOfSquares[j];
            }
            return se;
        }
    }
}
