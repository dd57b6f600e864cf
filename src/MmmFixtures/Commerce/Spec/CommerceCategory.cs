namespace MmmFixtures;

/// <summary>
/// What a tenant sells. It fixes the shape of the demand's seasonal curve (its peak) and the product names; it never
/// affects the weather.
/// </summary>
public enum CommerceCategory
{
    /// <summary>Clothing: demand peaks in November–December.</summary>
    Fashion,
    /// <summary>Outdoor gear: demand peaks in summer.</summary>
    Outdoor,
    /// <summary>Home and garden: demand peaks in spring.</summary>
    HomeAndGarden,
    /// <summary>Drinks: demand peaks in summer.</summary>
    Beverage,
}
