using System;
using MmmFixtures.Memory;

namespace MmmFixtures.Mmm;

/// <summary>
/// Rows [<see cref="From"/>, <see cref="To"/>) of a panel (row r is period r / G of geo r % G), every column of its
/// <see cref="MmmRowLayout"/>: a view of a held panel's whole columns, or a buffer of a bounded number of rows that a
/// streamed export reads its rows back into.
/// </summary>
internal sealed class MmmRowTile
{
    private readonly double[][] _columns;
    // Where each column's first row is in its array (a view's 0; a buffer's columns are stretches of one array).
    private readonly int[] _starts;
    private readonly int[] _offsets; // the value of row r is _columns[col][r + _offsets[col]]
    private readonly int _capacity;

    private MmmRowTile(MmmRowLayout layout, double[][] columns, int[] starts, int capacity)
    {
        Layout = layout;
        _columns = columns;
        _starts = starts;
        _offsets = (int[])starts.Clone();
        _capacity = capacity;
    }

    /// <summary>A view of whole columns (row r at index r), in layout order.</summary>
    public static MmmRowTile View(MmmRowLayout layout, double[][] columns) => new(layout, columns, new int[columns.Length], int.MaxValue);

    /// <summary>A buffer for up to <paramref name="rows"/> rows of every column.</summary>
    public static MmmRowTile Buffer(MmmRowLayout layout, int rows)
    {
        // Every column in one array, on huge pages when it is large enough (a 2 048-row tile is most of 1 MB, written whole).
        var (values, start) = HugePages.Array<double>(layout.Count * rows);
        var columns = new double[layout.Count][];
        var starts = new int[layout.Count];
        for (int c = 0; c < columns.Length; c++)
        {
            columns[c] = values;
            starts[c] = start + c * rows;
        }
        return new(layout, columns, starts, rows);
    }

    /// <summary>The columns.</summary>
    public MmmRowLayout Layout { get; }

    /// <summary>The first row.</summary>
    public int From { get; private set; }

    /// <summary>The row after the last.</summary>
    public int To { get; private set; }

    /// <summary>Rows a buffer holds.</summary>
    public int Capacity => _capacity;

    /// <summary>Makes the tile rows [<paramref name="from"/>, <paramref name="to"/>); a buffer's values are then put in place with <see cref="Put"/>.</summary>
    public void Cover(int from, int to)
    {
        if (to - from > Capacity) throw new ArgumentOutOfRangeException(nameof(to), to - from, $"A tile buffer holds at most {Capacity} rows.");
        From = from;
        To = to;
        if (Capacity == int.MaxValue) return; // a view: row r at index r
        for (int c = 0; c < _offsets.Length; c++) _offsets[c] = _starts[c] - from;
    }

    /// <summary>Sets the values of <paramref name="column"/> on rows <paramref name="row"/>, <paramref name="row"/> + 1, … of a buffer (one copy, not a store per value).</summary>
    public void Put(int column, int row, ReadOnlySpan<double> values)
    {
        // A buffer's columns are neighbours in one array: a run past the capacity would write the next column's rows.
        if (row < From || row - From > Capacity - values.Length)
            throw new ArgumentOutOfRangeException(nameof(row), row, $"A tile buffer holds {Capacity} rows from row {From}.");
        values.CopyTo(_columns[column].AsSpan(row + _offsets[column], values.Length));
    }

    /// <summary>The value of <paramref name="column"/> on row <paramref name="row"/> (From ≤ row &lt; To).</summary>
    public double At(int column, int row) => _columns[column][row + _offsets[column]];

    /// <summary>The values of <paramref name="column"/> on the tile's rows, in row order.</summary>
    public ReadOnlySpan<double> Column(int column) => _columns[column].AsSpan(From + _offsets[column], To - From);
}
