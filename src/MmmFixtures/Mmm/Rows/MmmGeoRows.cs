namespace MmmFixtures.Mmm;

/// <summary>
/// One geo's rows of a panel, period by period, every column of its <see cref="MmmRowLayout"/>: a strided view of a held
/// panel's columns or of a streamed export's block of geos read back from its scratch file.
/// </summary>
internal sealed class MmmGeoRows
{
    private double[][] _columns = System.Array.Empty<double[]>();
    private int[] _offsets = System.Array.Empty<int>();
    private int _stride;

    public MmmGeoRows(MmmRowLayout layout) => Layout = layout;

    /// <summary>The columns.</summary>
    public MmmRowLayout Layout { get; }

    /// <summary>Points the view at values: period t of column col at <c>columns[col][offsets[col] + t·stride]</c>.</summary>
    public void View(double[][] columns, int[] offsets, int stride)
    {
        _columns = columns;
        _offsets = offsets;
        _stride = stride;
    }

    /// <summary>The value of <paramref name="column"/> in period <paramref name="t"/>.</summary>
    public double At(int column, int t) => _columns[column][_offsets[column] + t * _stride];
}
