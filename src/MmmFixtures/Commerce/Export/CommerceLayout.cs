using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Export;
using MmmFixtures.Families;

namespace MmmFixtures.Commerce;

/// <summary>
/// A source system's layout of a tenant's data (Shopify's orders export, Fivetran's models, the Google Ads API, …):
/// a projection of the generated tables, never a new draw, written to <c>&lt;layout&gt;/&lt;tenant&gt;/</c>.
/// </summary>
internal abstract class CommerceLayout
{
    /// <summary>Every layout, in the order they are listed and written.</summary>
    public static IReadOnlyList<CommerceLayout> All { get; } = new CommerceLayout[]
    {
        new ShopifyLayout(), new FivetranLayout(), new GoogleAdsLayout(), new KlaviyoLayout(), new OpenMeteoLayout(),
    };

    /// <summary>The name (<c>--layout</c>) and one line saying what it feeds.</summary>
    public abstract ExportLayout Descriptor { get; }

    /// <summary>Writes the tenant's files of this layout into <paramref name="files"/> (already inside the layout's folder).</summary>
    public abstract void Write(TenantFiles files, TenantDataset tenant, ulong seed);

    /// <summary>
    /// The layouts named in <paramref name="names"/>, each once, in <see cref="All"/>'s order.
    /// </summary>
    /// <exception cref="ArgumentException">A name is not a layout; the message lists the allowed ones.</exception>
    public static IReadOnlyList<CommerceLayout> Select(IReadOnlyList<string> names) =>
        LayoutSelection.Resolve("commerce", All.Select(l => l.Descriptor).ToArray(), names ?? throw new ArgumentNullException(nameof(names)))
            .Select(chosen => All.First(l => l.Descriptor == chosen)).ToArray();
}
