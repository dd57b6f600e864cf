namespace MmmFixtures.Mmm;

/// <summary>
/// Where a panel's rows are read from: the whole columns of a held <see cref="MmmPanel"/>, or the scratch file of a
/// streamed export. Everything computed from rows (the tables, the validation's sums, the oracle) reads them through
/// one, so a held panel and a streamed export compute the same numbers in the same order.
/// </summary>
internal abstract class MmmRowSource
{
    /// <summary>Rows a reader hands out at once when it copies them (a bound independent of the panel's size; 2 048 rows of 35 columns are 0.6 MB of fresh memory).</summary>
    public const int TileRows = 2048;

    protected MmmRowSource(MmmRowLayout layout, int periods, int geos)
    {
        Layout = layout;
        Periods = periods;
        Geos = geos;
    }

    /// <summary>The columns.</summary>
    public MmmRowLayout Layout { get; }

    /// <summary>Periods T.</summary>
    public int Periods { get; }

    /// <summary>Geos G.</summary>
    public int Geos { get; }

    /// <summary>Rows T · G.</summary>
    public int RowCount => Periods * Geos;

    /// <summary>A reader for one thread, handing out tiles of up to <paramref name="tileRows"/> (at most <see cref="TileRows"/>) rows.</summary>
    public abstract MmmRowReader OpenReader(int tileRows);

    /// <summary>A reader for one thread, handing out tiles of up to <see cref="TileRows"/> rows.</summary>
    public MmmRowReader OpenReader() => OpenReader(TileRows);
}
