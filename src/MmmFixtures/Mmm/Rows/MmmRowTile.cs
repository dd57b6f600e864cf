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
    private readonly bool _buffer;
    private int _offset; // the value of row r is _columns[col][r + _offset]

    private MmmRowTile(MmmRowLayout layout, double[][] columns, bool buffer)
    {
        Layout = layout;
        _columns = columns;
        _buffer = buffer;
    }

    /// <summary>A view of whole columns (row r at index r), in layout order.</summary>
    public static MmmRowTile View(MmmRowLayout layout, double[][] columns) => new(layout, columns, buffer: false);

    /// <summary>A buffer for up to <paramref name="rows"/> rows of every column.</summary>
    public static MmmRowTile Buffer(MmmRowLayout layout, int rows)
    {
        var columns = new double[layout.Count][]; // a loop, not Range(…).Select(…), a generic virtual method (see MmmSpec.GeoNames)
        for (int c = 0; c < columns.Length; c++) columns[c] = UnzeroedArray.Of<double>(rows);
        return new(layout, columns, buffer: true);
    }

    /// <summary>The columns.</summary>
    public MmmRowLayout Layout { get; }

    /// <summary>The first row.</summary>
    public int From { get; private set; }

    /// <summary>The row after the last.</summary>
    public int To { get; private set; }

    /// <summary>Rows a buffer holds.</summary>
    public int Capacity => _buffer ? _columns[0].Length : int.MaxValue;

    /// <summary>Makes the tile rows [<paramref name="from"/>, <paramref name="to"/>); a buffer's values are then put in place with <see cref="Put"/>.</summary>
    public void Cover(int from, int to)
    {
        if (_buffer && to - from > Capacity) throw new ArgumentOutOfRangeException(nameof(to), to - from, $"A tile buffer holds at most {Capacity} rows.");
        From = from;
        To = to;
        _offset = _buffer ? -from : 0;
    }

    /// <summary>Sets the values of <paramref name="column"/> on rows <paramref name="row"/>, <paramref name="row"/> + 1, … of a buffer (one copy, not a store per value).</summary>
    public void Put(int column, int row, ReadOnlySpan<double> values) => values.CopyTo(_columns[column].AsSpan(row + _offset, values.Length));

    /// <summary>The value of <paramref name="column"/> on row <paramref name="row"/> (From ≤ row &lt; To).</summary>
    public double At(int column, int row) => _columns[column][row + _offset];

    /// <summary>The values of <paramref name="column"/> on the tile's rows, in row order.</summary>
    public ReadOnlySpan<double> Column(int column) => _columns[column].AsSpan(From + _offset, To - From);
}
