using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Randomness;

namespace MmmFixtures.Clickstream.Layouts;

/// <summary>A node of the layouts' category tree.</summary>
/// <param name="Id">Small id (1..n), RetailRocket's <c>categoryid</c>.</param>
/// <param name="ParentId">The parent's <see cref="Id"/>, or null for a spec category.</param>
/// <param name="Code">The dotted path from the spec category's code (<c>electronics.audio.headphone</c>).</param>
/// <param name="LongId">A 19-digit id like REES46's <c>category_id</c>, a multiple of 2048 so that a double holds it exactly.</param>
internal sealed record CategoryNode(int Id, int? ParentId, string Code, long LongId);

/// <summary>What the layouts show of one item: the leaf category it sits in and its brand (null: missing, as in REES46).</summary>
/// <param name="Leaf">The leaf category.</param>
/// <param name="Brand">The brand, or null.</param>
/// <param name="CategoryHidden">Whether the catalog hides the item's category (a defect): the layouts then show no category code.</param>
internal readonly record struct LayoutItem(CategoryNode Leaf, string? Brand, bool CategoryHidden);

/// <summary>
/// The catalog as the consumer layouts show it: a category tree (each spec category the root of its sub-categories)
/// and each item's leaf category and brand. These are drawn from the stream <c>layout/item/&lt;id&gt;</c>, apart from
/// the generation's streams, so writing a layout changes no generated value.
/// </summary>
internal sealed class LayoutCatalog
{
    /// <summary>Share of items whose brand is missing (REES46 leaves about one in six empty).</summary>
    public const double MissingBrandShare = 0.15;

    private const long FirstLongId = 2_053_013_552_000_000_000;
    private const long LongIdStep = 2048;

    private readonly LayoutItem[] _items;

    public LayoutCatalog(ClickstreamSpec spec, IReadOnlyList<CatalogItem> items)
    {
        var root = StreamKey.Root(spec.Seed).Then("layout");
        var nodes = new List<CategoryNode>();
        var byCode = new Dictionary<string, CategoryNode>(StringComparer.Ordinal);
        var longIds = new HashSet<long>();
        CategoryNode NodeFor(string code, int? parentId)
        {
            if (byCode.TryGetValue(code, out var existing)) return existing;
            // A stable 19-digit id from the code; a collision (never seen in practice) takes the next free one.
            long longId = FirstLongId + (long)(root.Then("category").Then(code).Value % 900_000_000_000UL) / LongIdStep * LongIdStep;
            while (!longIds.Add(longId)) longId += LongIdStep;
            var node = new CategoryNode(nodes.Count + 1, parentId, code, longId);
            nodes.Add(node);
            byCode.Add(code, node);
            return node;
        }

        var leaves = new CategoryNode[spec.Catalog.Categories.Count][];
        var brands = new IReadOnlyList<string>[leaves.Length];
        var usedCodes = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < leaves.Length; k++)
        {
            var taxonomy = CategoryTaxonomy.Of(spec.Catalog.Categories[k].Name);
            // Names differing only in case or punctuation share a code; the later one is numbered.
            string code = taxonomy.Code;
            for (int n = 2; !usedCodes.Add(code); n++) code = taxonomy.Code + "_" + n;
            var top = NodeFor(code, null);
            leaves[k] = taxonomy.Leaves.Select(leaf =>
            {
                var node = top;
                foreach (string part in leaf.Split('.')) node = NodeFor(node.Code + "." + part, node.Id);
                return node;
            }).ToArray();
            brands[k] = taxonomy.Brands;
        }
        Categories = nodes;

        _items = new LayoutItem[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var rng = root.Then("item").Then(item.ItemId).Open();
            var itemLeaves = leaves[item.CategoryIndex];
            var leafNode = itemLeaves[(int)rng.NextUInt64((ulong)itemLeaves.Length)];
            var itemBrands = brands[item.CategoryIndex];
            string? brand = rng.NextDouble() < MissingBrandShare ? null : itemBrands[(int)rng.NextUInt64((ulong)itemBrands.Count)];
            _items[i] = new LayoutItem(leafNode, brand, item.CategoryHidden);
        }
    }

    /// <summary>Every node of the category tree, parents before children, ids 1..n in order.</summary>
    public IReadOnlyList<CategoryNode> Categories { get; }

    /// <summary>The layout view of item <paramref name="itemId"/> (1-based).</summary>
    public ref readonly LayoutItem Item(int itemId) => ref _items[itemId - 1];
}
