using System;
using System.Threading;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Media;
using MmmFixtures.Memory;

namespace MmmFixtures.Mmm;

/// <summary>
/// A streamed export's rows, spilled to its scratch file as generation produces them and read back as needed, so the
/// process holds a few blocks and tiles instead of the panel. The file holds each block of geos at a fixed offset, laid out
/// as <see cref="GeoBlock.Values"/> (period-major: a run of periods of a block is one read), then each channel's prepared
/// response curves block by block, T values of room per geo, the block's kept series packed at its start (the curves read one
/// channel's geos at a time, a read per block). Curves are prepared once, as generation computes the contributions, so the
/// signals themselves are never spilled nor read back. A small panel's prepared curves are held instead of spilled: reading them
/// back would touch as much fresh memory at each use as holding them once. A block's rows and curves go to the scratch
/// file's lane of the generation buffer that made it (<see cref="GeoBlock.Lane"/>), so the generation threads never write one
/// file at once.
/// </summary>
internal sealed class SpilledRows : MmmRowSource, IGeoBlockSink
{
    private const int Bytes = sizeof(double);
    private readonly MmmGeneration _generation;
    private readonly ScratchFile _file;
    private readonly long _curves;
    // Each block's lane of the file.
    private readonly int[] _lanes;
    // Per channel, each geo's kept series' length (its spilled curve), or each geo's curve (held).
    private readonly int[][] _keptLengths;
    private readonly MediaResponse[][]? _held;
    // Held curves' series: channel c's in geo g from _heldStart + (c · G + g) · T, T values of room each, in one array (on
    // huge pages: the whole panel's curves are touched once, and 4 KiB at a time that is hundreds of page faults).
    private readonly double[] _heldValues = Array.Empty<double>();
    private readonly int _heldStart;
    // Series curves are read back into, reused; as many sets as cores (a use waits for a free one).
    private readonly System.Collections.Concurrent.ConcurrentBag<RestoreBuffers> _restoreBuffers = new();
    private readonly SemaphoreSlim _restoreSlots = new(Environment.ProcessorCount);
    // Generation's block buffers once it is done, for readers to read blocks of geos back into (the same size: no fresh memory).
    private readonly System.Collections.Concurrent.ConcurrentBag<ArraySegment<double>> _blockBuffers = new();

    /// <summary>Values of prepared curves (every channel's, G · T each) held rather than spilled: 4 MB.</summary>
    public const long HeldCurveCells = 1 << 19;

    /// <param name="generation">The generation whose rows these are.</param>
    /// <param name="file">The scratch file they spill to.</param>
    /// <param name="heldCurveCells">The most values of prepared curves (all channels') held rather than spilled; tests pass 0 to spill any panel's.</param>
    public SpilledRows(MmmGeneration generation, ScratchFile file, long heldCurveCells = HeldCurveCells) : base(generation.Layout, generation.Periods, generation.Geos)
    {
        _generation = generation;
        _file = file;
        _curves = BlockOffset(generation.BlockCount);
        _lanes = new int[generation.BlockCount];
        bool hold = HoldsCurves(Layout.Channels, Geos, Periods, heldCurveCells);
        _keptLengths = new int[hold ? 0 : Layout.Channels][];
        for (int c = 0; c < _keptLengths.Length; c++) _keptLengths[c] = new int[Geos];
        if (hold)
        {
            _held = new MediaResponse[Layout.Channels][];
            for (int c = 0; c < _held.Length; c++) _held[c] = new MediaResponse[Geos];
            (_heldValues, _heldStart) = HugePages.Array<double>(Layout.Channels * Geos * Periods);
        }
    }

    /// <summary>
    /// The most bytes the scratch file of <paramref name="spec"/>'s rows holds (saturating at <see cref="long.MaxValue"/>):
    /// every block's room, then every channel's curves' room unless they are held. Its lanes together hold no more: each
    /// lane's file holds its own blocks at their offsets, with holes where the other lanes' are.
    /// </summary>
    public static long ScratchBytes(MmmSpec spec, long heldCurveCells = HeldCurveCells)
    {
        int geos = spec.Geos.Count, periods = spec.Periods, channels = spec.Channels.Count;
        double blocks = Math.Ceiling(geos / (double)GeoBlock.Size);
        double rows = blocks * GeoBlock.Size * periods * new MmmRowLayout(spec).Count;
        double curves = HoldsCurves(channels, geos, periods, heldCurveCells) ? 0 : (double)channels * geos * periods;
        return OutputEstimate.Saturate((rows + curves) * Bytes);
    }

    private static bool HoldsCurves(int channels, int geos, int periods, long heldCurveCells) => (double)channels * geos * periods <= heldCurveCells;

    private long BlockOffset(int block) => (long)block * GeoBlock.Size * Periods * Layout.Count * Bytes;

    private long CurveOffset(int channel, int geo) => _curves + ((long)channel * Geos + geo) * Periods * Bytes;

    private int BlockCount => (Geos + GeoBlock.Size - 1) / GeoBlock.Size;

    private int GeosIn(int block) => Math.Min(GeoBlock.Size, Geos - block * GeoBlock.Size);

    /// <inheritdoc />
    public void Rows(GeoBlock block)
    {
        _lanes[block.Index] = block.Lane;
        _file.Write(block.Lane, BlockOffset(block.Index), block.Values.AsSpan(0, block.Length));
    }

    /// <inheritdoc />
    public void Retire(GeoBlock block) => _blockBuffers.Add(block.Values);

    /// <summary>
    /// Channel <paramref name="channel"/>'s curves in the block's geos, prepared by generation (their series are the block's
    /// scratch): held in series of their own, or their kept series spilled in one write.
    /// </summary>
    public void Curves(GeoBlock block, int channel, MediaResponse[] curves)
    {
        if (_held is not null)
        {
            for (int j = 0; j < block.Count; j++)
            {
                int geo = block.FirstGeo + j, from = _heldStart + (channel * Geos + geo) * Periods;
                var kept = curves[j].Kept;
                kept.CopyTo(_heldValues.AsSpan(from));
                _held[channel][geo] = MediaResponse.Restore(_generation.Transform(channel, geo), _heldValues, from, kept.Length);
            }
            return;
        }
        // The block's kept series one after the other at the start of its room: a use reads only what the curves keep.
        var gathered = block.Gathered;
        int at = 0;
        for (int j = 0; j < block.Count; j++)
        {
            var kept = curves[j].Kept;
            kept.CopyTo(gathered.AsSpan(at));
            _keptLengths[channel][block.FirstGeo + j] = kept.Length;
            at += kept.Length;
        }
        _file.Write(block.Lane, CurveOffset(channel, block.FirstGeo), gathered.AsSpan(0, at));
    }

    /// <summary>
    /// Channel <paramref name="channel"/>'s response curve in each geo (the geos' <paramref name="transforms"/> bound to their
    /// signals), prepared during generation: held, or read back from their spilled series at each use into a buffer reused
    /// from use to use (evaluating a channel then touches no fresh memory), one per core at most.
    /// </summary>
    public ReadBackCurves Curves(int channel, MediaTransform[] transforms) => new ChannelCurves(this, channel, transforms);

    private sealed class ChannelCurves(SpilledRows rows, int channel, MediaTransform[] transforms) : ReadBackCurves
    {
        public override MediaResponse[] Prepare() => rows._held?[channel] ?? rows.Restore(channel, transforms, new RestoreBuffers());

        public override T Use<T>(Func<MediaResponse[], T> use)
        {
            if (rows._held is { } held) return use(held[channel]);
            return rows.WithBuffers(buffers => use(rows.Restore(channel, transforms, buffers)));
        }

        public override void ForEachBlock(Action<ArraySegment<MediaResponse>> use)
        {
            if (rows._held is { } held)
            {
                use(new ArraySegment<MediaResponse>(held[channel]));
                return;
            }
            rows.WithBuffers(buffers =>
            {
                if (buffers.All.Length < GeoBlock.Size * rows.Periods) buffers.All = new double[GeoBlock.Size * rows.Periods];
                var curves = new MediaResponse[GeoBlock.Size];
                for (int b = 0; b < rows.BlockCount; b++)
                {
                    rows.RestoreBlock(channel, b, transforms, buffers.All, 0, curves, 0);
                    use(new ArraySegment<MediaResponse>(curves, 0, rows.GeosIn(b)));
                }
                return 0;
            });
        }
    }

    // One of the restore buffers (as many as cores: a use waits for a free one) lent to the work.
    private T WithBuffers<T>(Func<RestoreBuffers, T> work)
    {
        _restoreSlots.Wait();
        var buffers = _restoreBuffers.TryTake(out var free) ? free : new RestoreBuffers();
        try
        {
            return work(buffers);
        }
        finally
        {
            _restoreBuffers.Add(buffers);
            _restoreSlots.Release();
        }
    }

    // Every block's kept series of the channel one after the other in the buffer, where each geo's response reads its own stretch.
    private MediaResponse[] Restore(int channel, MediaTransform[] transforms, RestoreBuffers buffers)
    {
        int total = 0;
        foreach (int length in _keptLengths[channel]) total += length;
        if (buffers.All.Length < total) buffers.All = new double[total];
        var curves = new MediaResponse[transforms.Length];
        for (int b = 0, at = 0; b < BlockCount; b++) at += RestoreBlock(channel, b, transforms, buffers.All, at, curves, b * GeoBlock.Size);
        return curves;
    }

    // Block b's kept series of the channel in one read into values from `at`, and its geos' responses over them into curves
    // from `first`; returns the values read.
    private int RestoreBlock(int channel, int b, MediaTransform[] transforms, double[] values, int at, MediaResponse[] curves, int first)
    {
        var lengths = _keptLengths[channel];
        int g0 = b * GeoBlock.Size, kept = 0;
        for (int g = g0; g < g0 + GeosIn(b); g++) kept += lengths[g];
        _file.Read(_lanes[b], CurveOffset(channel, g0), values.AsSpan(at, kept));
        for (int g = g0; g < g0 + GeosIn(b); at += lengths[g], g++)
            curves[first + g - g0] = MediaResponse.Restore(transforms[g], values, at, lengths[g]);
        return kept;
    }

    private sealed class RestoreBuffers
    {
        public double[] All { get; set; } = Array.Empty<double>();
    }

    /// <inheritdoc />
    public override MmmRowReader OpenReader(int tileRows) => new Reader(this, tileRows);

    private sealed class Reader : MmmRowReader
    {
        private readonly SpilledRows _rows;
        private readonly MmmRowTile _tile;
        private readonly MmmGeoRows _geo;
        private readonly double[][] _geoColumns;
        private readonly int[] _geoOffsets;
        private double[] _read = Array.Empty<double>();
        private ArraySegment<double> _block;
        private int _loadedBlock = -1;

        public Reader(SpilledRows rows, int tileRows)
        {
            _rows = rows;
            _tile = MmmRowTile.Buffer(rows.Layout, Math.Min(tileRows, rows.RowCount));
            _geo = new MmmGeoRows(rows.Layout);
            _geoColumns = new double[rows.Layout.Count][];
            _geoOffsets = new int[rows.Layout.Count];
        }

        // Each block holding some of the rows gives the run of periods in which it does, in one read.
        public override MmmRowTile Rows(int from, int to)
        {
            var tile = _tile;
            tile.Cover(from, to);
            int G = _rows.Geos;
            if (to - from >= G) ReadBlocks(0, _rows.BlockCount - 1, from, to);
            else
            {
                int first = from % G / GeoBlock.Size, last = (to - 1) % G / GeoBlock.Size;
                if (first <= last && from / G == (to - 1) / G) ReadBlocks(first, last, from, to);
                else
                {
                    ReadBlocks(0, Math.Min(last, first - 1), from, to);
                    ReadBlocks(first, _rows.BlockCount - 1, from, to);
                }
            }
            return tile;
        }

        private void ReadBlocks(int firstBlock, int lastBlock, int from, int to)
        {
            int G = _rows.Geos, T = _rows.Periods, columns = _rows.Layout.Count;
            for (int b = firstBlock; b <= lastBlock; b++)
            {
                int g0 = b * GeoBlock.Size, count = _rows.GeosIn(b);
                // Periods t where the block's rows t·G + g0 … t·G + g0 + count − 1 meet [from, to).
                int t0 = Math.Max(0, FloorDiv(from - g0 - count, G) + 1), t1 = Math.Min(T - 1, FloorDiv(to - 1 - g0, G));
                if (t0 > t1) continue;
                int length = (t1 - t0 + 1) * columns * count;
                if (_read.Length < length) _read = UnzeroedArray.Of<double>(length);
                _rows._file.Read(_rows._lanes[b], _rows.BlockOffset(b) + (long)t0 * columns * count * Bytes, _read.AsSpan(0, length));
                for (int t = t0; t <= t1; t++)
                {
                    int row = t * G + g0, j0 = Math.Max(0, from - row), j1 = Math.Min(count, to - row);
                    for (int col = 0; col < columns; col++)
                        _tile.Put(col, row + j0, _read.AsSpan(((t - t0) * columns + col) * count + j0, j1 - j0));
                }
            }
        }

        private static int FloorDiv(int a, int b) => a >= 0 ? a / b : -((-a + b - 1) / b);

        // The geo's block is read whole (its periods are contiguous), once for all its geos.
        public override MmmGeoRows Geo(int geo)
        {
            int b = geo / GeoBlock.Size, count = _rows.GeosIn(b), columns = _rows.Layout.Count;
            if (_loadedBlock != b)
            {
                int length = _rows.Periods * columns * count;
                if (_block.Count < length)
                    _block = _rows._blockBuffers.TryTake(out var retired) ? retired : GeoBlock.ValuesRoom(_rows.Periods, columns);
                _rows._file.Read(_rows._lanes[b], _rows.BlockOffset(b), _block.AsSpan(0, length));
                _loadedBlock = b;
            }
            for (int col = 0; col < columns; col++)
            {
                _geoColumns[col] = _block.Array!;
                _geoOffsets[col] = _block.Offset + col * count + geo % GeoBlock.Size;
            }
            _geo.View(_geoColumns, _geoOffsets, columns * count);
            return _geo;
        }
    }
}
