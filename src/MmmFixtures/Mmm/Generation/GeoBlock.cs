using MmmFixtures.Memory;

namespace MmmFixtures.Mmm;

/// <summary>
/// One thread's buffers for generating a block of up to <see cref="Size"/> neighbouring geos, reused from block to block
/// (fresh memory costs a page fault per 4 KB): the block's values of every column, period-major (period t, column col,
/// geo j of the block at <c>(t · columns + col) · count + j</c>, the layout a streamed export spills), and the per-geo
/// series the generation works in. Its lane is its number among the generation's buffers: one thread fills it at a time, so
/// a sink that writes each buffer's blocks to a lane of its own has no two writers on one lane.
/// </summary>
internal sealed class GeoBlock
{
    /// <summary>Geos per block: eight neighbouring geos fill a cache line of a row-order column at once.</summary>
    public const int Size = 8;

    private readonly int _columns;
    // The values, from _start of _values (see Values).
    private readonly double[] _values;
    private readonly int _start;

    public GeoBlock(int periods, int columns, int lane)
    {
        Periods = periods;
        Lane = lane;
        _columns = columns;
        Values = ValuesRoom(periods, columns);
        _values = Values.Array!;
        _start = Values.Offset;
        Mean = Series(periods);
        A = Series(periods);
        B = Series(periods);
        C = Series(periods);
        Scratch = Series(periods);
        Gathered = UnzeroedArray.Of<double>(Size * periods);
        Keys = new Randomness.StreamKey[Size];
        BaseLevels = new double[Size];
    }

    private static double[][] Series(int periods)
    {
        var series = new double[Size][]; // a loop, not Range(…).Select(…), a generic virtual method (see MmmSpec.GeoNames)
        for (int g = 0; g < series.Length; g++) series[g] = UnzeroedArray.Of<double>(periods);
        return series;
    }

    /// <summary>Periods T.</summary>
    public int Periods { get; }

    /// <summary>The buffer's number among its generation's (0, 1, …: fewer than the threads that ran at once).</summary>
    public int Lane { get; }

    /// <summary>The block's number (blocks of <see cref="Size"/> geos in geo order).</summary>
    public int Index { get; private set; }

    /// <summary>The block's first geo.</summary>
    public int FirstGeo { get; private set; }

    /// <summary>Geos in the block (fewer than <see cref="Size"/> for the last one).</summary>
    public int Count { get; private set; }

    /// <summary>Room for a block's values, T · columns · <see cref="Size"/> of them (<see cref="Values"/>; also what spilled blocks are read back into).</summary>
    public static System.ArraySegment<double> ValuesRoom(int periods, int columns)
    {
        // On huge pages: a block is up to a few MB, written whole (as small pages, hundreds of first touches).
        var (array, start) = HugePages.Array<double>(periods * columns * Size);
        return new System.ArraySegment<double>(array, start, periods * columns * Size);
    }

    /// <summary>The block's values: T · columns · <see cref="Count"/> of them at the start of room for <see cref="Size"/> geos, period-major.</summary>
    public System.ArraySegment<double> Values { get; }

    /// <summary>Values in use: T · columns · <see cref="Count"/>.</summary>
    public int Length => Periods * _columns * Count;

    /// <summary>Per geo of the block: the expected y so far, and series to work in.</summary>
    public double[][] Mean { get; }

    /// <inheritdoc cref="Mean"/>
    public double[][] A { get; }

    /// <inheritdoc cref="Mean"/>
    public double[][] B { get; }

    /// <inheritdoc cref="Mean"/>
    public double[][] C { get; }

    /// <inheritdoc cref="Mean"/>
    public double[][] Scratch { get; }

    /// <summary>Room for one series of each geo of the block, one after the other (for a sink that writes them at once).</summary>
    public double[] Gathered { get; }

    /// <summary>Per geo of the block: its stream key and base level.</summary>
    public Randomness.StreamKey[] Keys { get; }

    /// <inheritdoc cref="Keys"/>
    public double[] BaseLevels { get; }

    /// <summary>A stream for the block's draws, each restarted at its key (<see cref="Randomness.RandomStream.Restart"/>): one object, not one per draw.</summary>
    public Randomness.RandomStream Stream { get; } = new(default);

    /// <summary>Starts block <paramref name="index"/> of a panel with <paramref name="geos"/> geos.</summary>
    public void Start(int index, int geos)
    {
        Index = index;
        FirstGeo = index * Size;
        Count = System.Math.Min(Size, geos - FirstGeo);
    }

    /// <summary>Column <paramref name="column"/> of the block from each geo's series in <paramref name="series"/>.</summary>
    public void Put(int column, double[][] series)
    {
        int count = Count, columns = _columns;
        var values = _values;
        for (int t = 0; t < Periods; t++)
        {
            int at = _start + (t * columns + column) * count;
            for (int j = 0; j < count; j++) values[at + j] = series[j][t];
        }
    }

    /// <summary>
    /// <see cref="Put"/> for an effect (coefficient × value): coefficient × 0 is −0 for a negative coefficient, and a row
    /// without effect reads 0 in every file.
    /// </summary>
    public void PutEffect(int column, double[][] series)
    {
        int count = Count, columns = _columns;
        var values = _values;
        for (int t = 0; t < Periods; t++)
        {
            int at = _start + (t * columns + column) * count;
            for (int j = 0; j < count; j++)
            {
                double v = series[j][t];
                values[at + j] = v == 0 ? 0 : v;
            }
        }
    }

    /// <summary>The value of <paramref name="column"/> for geo <paramref name="j"/> of the block in period <paramref name="t"/>.</summary>
    public double At(int column, int j, int t) => _values[_start + (t * _columns + column) * Count + j];
}
