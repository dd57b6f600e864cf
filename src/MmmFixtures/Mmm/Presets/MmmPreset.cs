namespace MmmFixtures.Mmm;

/// <summary>Ready-made panel shapes (the shapes of pymc-labs' mmm-param-recovery presets, with this library's math).</summary>
public enum MmmPreset
{
    /// <summary>52 weeks, 1 geo, 3 channels (Tv, Digital, Print) on linear trends.</summary>
    Basic,
    /// <summary>104 weeks, 1 geo, 3 seasonal channels (Tv, Digital, Radio) with different peaks.</summary>
    Seasonal,
    /// <summary>78 weeks, 4 geos, 3 channels.</summary>
    MultiRegion,
    /// <summary>104 weeks, 1 geo, 4 channels (Search, Social, LocalAds on/off, Email on/off), 2 controls (Event, Sale).</summary>
    SmallBusiness,
    /// <summary>131 weeks, 2 geos, 6 channels (Video starts late), 2 controls.</summary>
    GrowingBusiness,
    /// <summary>156 weeks, 8 geos, 8 channels (Video2 starts and ends), 4 controls.</summary>
    MediumBusiness,
    /// <summary>208 weeks, 50 geos, 30 channels (10 linear, 5 delayed, 5 seasonal, 10 on/off), 10 controls.</summary>
    LargeBusiness,
}
