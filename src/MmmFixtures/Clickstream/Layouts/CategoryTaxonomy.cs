using System;
using System.Collections.Generic;
using System.Text;

namespace MmmFixtures.Clickstream.Layouts;

/// <summary>
/// What a consumer layout shows of a spec category: its lower-case code, the dotted sub-category codes below it
/// (as REES46's <c>electronics.smartphone</c>) and the lower-case brands of its items. The default categories get
/// realistic ones; any other category gets generic ones under its own code.
/// </summary>
/// <param name="Code">The category's code: its name in lower case, anything but letters, digits and <c>_</c> as <c>_</c>.</param>
/// <param name="Leaves">The sub-category paths below the code, dotted (<c>audio.headphone</c>).</param>
/// <param name="Brands">The brands of the category's items.</param>
internal sealed record CategoryTaxonomy(string Code, IReadOnlyList<string> Leaves, IReadOnlyList<string> Brands)
{
    private static readonly Dictionary<string, (string[] Leaves, string[] Brands)> Known = new(StringComparer.Ordinal)
    {
        ["electronics"] = (new[] { "smartphone", "audio.headphone", "video.tv", "clocks", "tablet", "camera.photo" },
            new[] { "samsung", "apple", "xiaomi", "huawei", "sony", "lg", "lenovo" }),
        ["apparel"] = (new[] { "shoes", "jacket", "jeans", "shirt", "dress" }, new[] { "nike", "adidas", "puma", "levis", "zara" }),
        ["home"] = (new[] { "furniture.sofa", "kitchen.refrigerators", "appliances.vacuum", "bedroom.bed" },
            new[] { "ikea", "bosch", "philips", "tefal", "indesit" }),
        ["beauty"] = (new[] { "skincare.cream", "fragrance", "makeup.lipstick", "hair.shampoo" }, new[] { "loreal", "nivea", "garnier", "maybelline" }),
        ["sports"] = (new[] { "bicycle", "fitness.trainer", "tent", "ski" }, new[] { "stels", "nike", "adidas", "salomon" }),
    };

    private static readonly string[] GenericLeaves = { "accessories", "basics", "premium" };
    private static readonly string[] GenericBrands = { "nordwell", "altavia", "vellora", "orbis", "kestrel" };

    /// <summary>The taxonomy of a category named <paramref name="name"/>.</summary>
    public static CategoryTaxonomy Of(string name)
    {
        string code = CodeOf(name);
        return Known.TryGetValue(code, out var known)
            ? new CategoryTaxonomy(code, known.Leaves, known.Brands)
            : new CategoryTaxonomy(code, GenericLeaves, GenericBrands);
    }

    // A code is a token in every layout: no separators, quotes, dots or spaces of the user's name survive.
    private static string CodeOf(string name)
    {
        var code = new StringBuilder(name.Length);
        foreach (char c in name.ToLowerInvariant()) code.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_' ? c : '_');
        return code.ToString();
    }
}
