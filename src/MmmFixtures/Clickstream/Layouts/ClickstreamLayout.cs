using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Export;
using MmmFixtures.Families;

namespace MmmFixtures.Clickstream.Layouts;

/// <summary>
/// A consumer's layout of the clickstream: tables written user by user and tables written from the catalog, all
/// into the subfolder named after the layout, as text in the consumer's own dialect (whatever the export's format:
/// the consumer reads that text).
/// </summary>
internal abstract class ClickstreamLayout
{
    /// <summary>Every layout, in the order they are listed.</summary>
    public static IReadOnlyList<ClickstreamLayout> All { get; } = new ClickstreamLayout[] { new RetailRocketLayout(), new Rees46Layout(), new RecBoleLayout() };

    /// <summary>The layout's name, description and the consumer call it feeds.</summary>
    public abstract ExportLayout Descriptor { get; }

    /// <summary>The field separator of the consumer's text files.</summary>
    public virtual char Separator => ',';

    /// <summary>The tables written user by user.</summary>
    public abstract UserTable[] UserTables(ClickstreamSpec spec, LayoutCatalog catalog);

    /// <summary>The tables written whole from the catalog.</summary>
    public abstract CatalogTable[] CatalogTables(ClickstreamSpec spec, IReadOnlyList<CatalogItem> items, LayoutCatalog catalog);

    /// <summary>The path of <paramref name="file"/> inside the layout's subfolder.</summary>
    protected string PathOf(string file) => Descriptor.Name + "/" + file;

    /// <summary>The layouts named in <paramref name="names"/> in the order of <see cref="All"/>; throws one exception naming every unknown name.</summary>
    /// <exception cref="ArgumentException">A name is not a clickstream layout.</exception>
    public static ClickstreamLayout[] Resolve(IReadOnlyList<string> names) =>
        LayoutSelection.Resolve("clickstream", All.Select(l => l.Descriptor).ToArray(), names)
            .Select(chosen => All.First(l => l.Descriptor == chosen)).ToArray();
}
