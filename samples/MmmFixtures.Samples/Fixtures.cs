using MmmFixtures;
using MmmFixtures.Mmm;

namespace MmmFixtures.Samples;

/// <summary>A retail panel declared attribute by attribute: two channels, a price control and a sale event.</summary>
[MmmDataset(Seed = 42, Periods = 156, Geos = 4, HierarchyBeta = 0.15, HierarchyBaseline = 0.2)]
[Channel("Tv", Pattern = SpendPattern.Seasonal, BaseSpend = 1_500, SeasonalAmplitude = 0.5, PeakDayOfYear = 330,
         MediaUnit = MediaUnit.Cpm, UnitCost = 12, Adstock = AdstockKind.Geometric, AdstockAlpha = 0.6,
         Saturation = SaturationKind.Hill, HalfSaturation = 0.5, Slope = 1.5, Beta = 2_000)]
[Channel("Search", Pattern = SpendPattern.LinearTrend, BaseSpend = 900, SpendTrend = 0.004,
         MediaUnit = MediaUnit.Cpc, UnitCost = 1.2, Adstock = AdstockKind.Geometric, AdstockAlpha = 0.2,
         Saturation = SaturationKind.MichaelisMenten, HalfSaturation = 0.5, Beta = 1_200)]
[Control("Price", BaseValue = 10, Volatility = 0.05, Effect = -150)]
[Event("BlackFriday", Dates = new[] { "2022-11-21", "2023-11-20" }, Effect = 3_000)]
public partial class RetailPanel;

/// <summary>A preset: the same typed surface (Rows[i].Tv, Truth.Video2, …) without declaring anything.</summary>
[MmmDataset(Preset = MmmPreset.MediumBusiness, Seed = 7)]
public partial class MediumPanel;

/// <summary>
/// A panel made for parameter recovery: one geo, independent spend noise, spend always on, and very little
/// KPI noise, so least squares with the true transforms must find β.
/// </summary>
[MmmDataset(Seed = 11, Periods = 208, NoiseSd = 0.002, SeasonalityOrder = 0, SalesTrend = 0)]
[Channel("Tv", BaseSpend = 1_000, SpendVolatility = 0.4, SpendAutocorrelation = 0.3, Adstock = AdstockKind.Geometric, AdstockAlpha = 0.5,
         Saturation = SaturationKind.Hill, HalfSaturation = 0.6, Slope = 1.3, Beta = 1_500)]
[Channel("Radio", BaseSpend = 600, SpendVolatility = 0.4, SpendAutocorrelation = 0.3, Adstock = AdstockKind.Geometric, AdstockAlpha = 0.3,
         Saturation = SaturationKind.MichaelisMenten, HalfSaturation = 0.4, Beta = 900)]
public partial class RecoveryPanel;
