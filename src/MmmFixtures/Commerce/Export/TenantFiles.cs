using System;
using System.Collections.Generic;
using MmmFixtures.Export;

namespace MmmFixtures.Commerce;

/// <summary>
/// The files one tenant contributes to an export, written by the worker that generated it: tables go to the
/// tenant's folder (<c>demo_tenant_1/orders.csv</c>) or, for a layout, to the tenant's folder inside the layout's
/// (<c>shopify/demo_tenant_1/orders_export.csv</c>). It remembers the files and tables in the order written.
/// </summary>
internal sealed class TenantFiles
{
    private readonly ExportFolder _export;
    private readonly string _folder;
    private readonly List<ExportedFile> _files;
    private readonly List<TableSchema> _tables;
    private readonly bool _layout;

    public TenantFiles(ExportFolder export, string tenant) : this(export, tenant, new List<ExportedFile>(), new List<TableSchema>(), layout: false)
    {
    }

    private TenantFiles(ExportFolder export, string folder, List<ExportedFile> files, List<TableSchema> tables, bool layout)
    {
        _export = export;
        _folder = folder;
        _files = files;
        _tables = tables;
        _layout = layout;
    }

    /// <summary>The files written so far, in order.</summary>
    public IReadOnlyList<ExportedFile> Files => _files;

    /// <summary>The tables written so far, for the manifest's column map.</summary>
    public IReadOnlyList<TableSchema> Tables => _tables;

    /// <summary>The same tenant's files inside a layout's subfolder (recorded in this list).</summary>
    public TenantFiles InLayout(string layout) => new(_export, layout + "/" + _folder, _files, _tables, layout: true);

    /// <summary>Writes the table <paramref name="name"/> of the tenant's folder: canonical tables in the export's format, a layout's as CSV text (what its consumer reads).</summary>
    public void Table(string name, IReadOnlyList<ColumnSchema> columns, Action<TableRows> write)
    {
        var schema = new TableSchema(_folder + "/" + name, columns);
        _files.AddRange(_layout ? _export.WriteLayoutTable(schema, write) : _export.WriteTable(schema, write));
        _tables.Add(schema);
    }
}
