using System;
using System.Threading;
using MmmFixtures.Export;
using MmmFixtures.Media;

namespace MmmFixtures.Mmm;

/// <summary>
/// A streamed export's rows, spilled to its scratch file as generation produces them and read back as needed, so the
/// process holds a few blocks and tiles instead of the panel. The file holds each block of geos at a fixed offset, laid out
/// as <see cref="GeoBlock.Values"/> (period-major: a run of periods of a block is one read), then each channel's response
/// series geo by geo, a period's room per geo (the response curves read one channel's geos at a time).
/// </summary>
internal sealed class SpilledRows : MmmRowSource, IGeoBlockSink
{
    private const int Bytes = sizeof(double);
    private readonly ScratchFile _file;
    private readonly long _signals;
    private readonly int[][] _kept; // per channel, the length of each geo's response series
    // Series curves are read back into, reused; as many sets as cores (a use waits for a free one).
    private readonly System.Collections.Concurrent.ConcurrentBag<RestoreBuffers> _restoreBuffers = new();
    private readonly SemaphoreSlim _restoreSlots = new(Environment.ProcessorCount);

    public SpilledRows(MmmGeneration generation, ScratchFile file) : base(generation.Layout, generation.Periods, generation.Geos)
    {
        _file = file;
        _signals = BlockOffset(generation.BlockCount);
        _kept = new int[Layout.Channels][];
        for (int c = 0; c < _kept.Length; c++) _kept[c] = new int[Geos];
    }

    private long BlockOffset(int block) => (long)block * GeoBlock.Size * Periods * Layout.Count * Bytes;

    private long SignalOffset(int channel, int geo) => _signals + ((long)channel * Geos + geo) * Periods * Bytes;

    private int BlockCount => (Geos + GeoBlock.Size - 1) / GeoBlock.Size;

    private int GeosIn(int block) => Math.Min(GeoBlock.Size, Geos - block * GeoBlock.Size);

    /// <inheritdoc />
    public void Rows(GeoBlock block) => _file.Write(BlockOffset(block.Index), block.Values.AsSpan(0, block.Length));

    /// <inheritdoc />
    public void Curves(GeoBlock block, int channel, MediaResponse[] curves)
    {
        int T = Periods;
        var gathered = block.Gathered;
        for (int j = 0; j < block.Count; j++)
        {
            var kept = curves[j].Kept;
            kept.CopyTo(gathered.AsSpan(j * T));
            _kept[channel][block.FirstGeo + j] = kept.Length;
        }
        _file.Write(SignalOffset(channel, block.FirstGeo), gathered.AsSpan(0, block.Count * T));
    }

    /// <summary>
    /// Channel <paramref name="channel"/>'s response curve in each geo (the geos' <paramref name="transforms"/> over the series
    /// generation spilled), read back at each use, so none are held. A use reads them into a buffer reused from use to use
    /// (evaluating a channel then touches no fresh memory), one per core at most.
    /// </summary>
    public ReadBackCurves Curves(int channel, MediaTransform[] transforms) => new ChannelCurves(this, channel, transforms);

    private sealed class ChannelCurves(SpilledRows rows, int channel, MediaTransform[] transforms) : ReadBackCurves
    {
        public override MediaResponse[] Prepare() => rows.Restore(channel, transforms, new RestoreBuffers());

        public override T Use<T>(Func<MediaResponse[], T> use)
        {
            rows._restoreSlots.Wait();
            var buffers = rows._restoreBuffers.TryTake(out var free) ? free : new RestoreBuffers();
            try
            {
                return use(rows.Restore(channel, transforms, buffers));
            }
            finally
            {
                rows._restoreBuffers.Add(buffers);
                rows._restoreSlots.Release();
            }
        }
    }

    // One read of the channel's series into the buffer, where each geo's response reads its own stretch.
    private MediaResponse[] Restore(int channel, MediaTransform[] transforms, RestoreBuffers buffers)
    {
        int total = Geos * Periods;
        if (buffers.All.Length < total) buffers.All = new double[total];
        _file.Read(SignalOffset(channel, 0), buffers.All.AsSpan(0, total));
        var lengths = _kept[channel];
        var curves = new MediaResponse[transforms.Length];
        for (int g = 0; g < curves.Length; g++)
            curves[g] = MediaResponse.Restore(transforms[g], buffers.All, g * Periods, lengths[g]);
        return curves;
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
        private double[] _read = Array.Empty<double>(), _block = Array.Empty<double>();
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
                if (_read.Length < length) _read = new double[length];
                _rows._file.Read(_rows.BlockOffset(b) + (long)t0 * columns * count * Bytes, _read.AsSpan(0, length));
                for (int t = t0; t <= t1; t++)
                {
                    int row = t * G + g0, j0 = Math.Max(0, from - row), j1 = Math.Min(count, to - row);
                    for (int col = 0; col < columns; col++)
                    {
                        int at = ((t - t0) * columns + col) * count;
                        for (int j = j0; j < j1; j++) _tile.Put(col, row + j, _read[at + j]);
                    }
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
                if (_block.Length < length) _block = new double[_rows.Periods * columns * GeoBlock.Size];
                _rows._file.Read(_rows.BlockOffset(b), _block.AsSpan(0, length));
                _loadedBlock = b;
            }
            for (int col = 0; col < columns; col++)
            {
                _geoColumns[col] = _block;
                _geoOffsets[col] = col * count + geo % GeoBlock.Size;
            }
            _geo.View(_geoColumns, _geoOffsets, columns * count);
            return _geo;
        }
    }
}
