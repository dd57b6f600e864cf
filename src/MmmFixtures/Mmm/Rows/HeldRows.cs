namespace MmmFixtures.Mmm;

/// <summary>The rows of a held panel: its whole columns (row order), in layout order; readers view them without copying.</summary>
internal sealed class HeldRows : MmmRowSource
{
    private readonly double[][] _columns;

    /// <param name="layout">The columns.</param>
    /// <param name="columns">Every column of <paramref name="layout"/>, T · G values each.</param>
    /// <param name="periods">Periods T.</param>
    /// <param name="geos">Geos G.</param>
    public HeldRows(MmmRowLayout layout, double[][] columns, int periods, int geos) : base(layout, periods, geos) => _columns = columns;

    /// <summary>Column <paramref name="column"/> of the layout, whole.</summary>
    public double[] Column(int column) => _columns[column];

    /// <inheritdoc />
    public override MmmRowReader OpenReader(int tileRows) => new Reader(this); // a view: no tile to size

    private sealed class Reader : MmmRowReader
    {
        private readonly HeldRows _rows;
        private readonly MmmRowTile _tile;
        private readonly MmmGeoRows _geo;
        private readonly int[] _offsets;

        public Reader(HeldRows rows)
        {
            _rows = rows;
            _tile = MmmRowTile.View(rows.Layout, rows._columns);
            _geo = new MmmGeoRows(rows.Layout);
            _offsets = new int[rows.Layout.Count];
        }

        public override MmmRowTile Rows(int from, int to)
        {
            _tile.Cover(from, to);
            return _tile;
        }

        // Period t of geo g is row t·G + g of every column.
        public override MmmGeoRows Geo(int geo)
        {
            for (int c = 0; c < _offsets.Length; c++) _offsets[c] = geo;
            _geo.View(_rows._columns, _offsets, _rows.Geos);
            return _geo;
        }
    }
}
