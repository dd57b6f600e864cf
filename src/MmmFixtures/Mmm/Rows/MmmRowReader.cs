namespace MmmFixtures.Mmm;

/// <summary>
/// Reads a panel's rows for one thread: a tile of consecutive rows (date-major, the tables' order) or one geo's periods
/// (the oracle's order). A reader reuses its buffers, so a view it returned is valid until its next call.
/// </summary>
internal abstract class MmmRowReader
{
    /// <summary>Rows [<paramref name="from"/>, <paramref name="to"/>); at most <see cref="MmmRowSource.TileRows"/> of them for a streamed panel.</summary>
    public abstract MmmRowTile Rows(int from, int to);

    /// <summary>Every period of geo <paramref name="geo"/>.</summary>
    public abstract MmmGeoRows Geo(int geo);
}
