namespace MmmFixtures.Mmm;

/// <summary>
/// Ready-made panels: well-posed shapes (<see cref="Basic"/> … <see cref="LargeBusiness"/>, those of pymc-labs' mmm-param-recovery
/// presets with this library's math), then labelled hard cases (<see cref="Collinear"/> … <see cref="Saturated"/>) whose truth
/// carries a <see cref="PathologyLabel"/>.
/// </summary>
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
    /// <summary>Pathology: 104 weeks, 1 geo, 3 channels; Tv and Radio spend on one plan (correlation above 0.95).</summary>
    Collinear,
    /// <summary>Pathology: 104 weeks, 1 geo, 3 always-on channels; media signal-to-noise below 1.</summary>
    LowSignal,
    /// <summary>Pathology: 104 weeks, 1 geo, 4 channels; Podcast never spends (ROAS null).</summary>
    NeverSpends,
    /// <summary>
    /// Pathology: 104 weeks, 1 geo, 3 channels; Tv and Search spend peak with demand's seasonality. The peak day is read from the
    /// seasonality the seed draws, so change the seed through the preset (<see cref="MmmPresets.Get"/>, <c>--preset … --seed</c>):
    /// a printed spec keeps the peak of the seed it was printed with.
    /// </summary>
    SeasonalConfounding,
    /// <summary>Pathology: 26 weeks, 1 geo, 3 channels: half a year of history.</summary>
    ShortHistory,
    /// <summary>Pathology: 156 weeks, 1 geo, 3 channels; Tv carries over for 26 weeks, beyond the usual 8-week window.</summary>
    LongCarryover,
    /// <summary>Pathology: 104 weeks, 1 geo, 3 channels; Display's effect runs on impressions that are far from proportional to spend.</summary>
    WrongSignal,
    /// <summary>Pathology: 104 weeks, 1 geo, 3 channels; Search far past its half-saturation point (ROAS ≫ marginal ROAS).</summary>
    Saturated,
}
