using System;
using MmmFixtures.Decisions;
using MmmFixtures.Export;
using MmmFixtures.Mmm;
using MmmFixtures.Validation;

namespace MmmFixtures.EnumText;

/// <summary>The enums an export, its spec JSON or a preset lookup writes or lists by name, each listed once (see <see cref="EnumNames{T}"/>).</summary>
internal static class EnumTexts
{
    /// <summary>The MMM presets.</summary>
    public static readonly EnumNames<MmmPreset> MmmPresets = new(
        (MmmPreset.Basic, nameof(MmmPreset.Basic)),
        (MmmPreset.Seasonal, nameof(MmmPreset.Seasonal)),
        (MmmPreset.MultiRegion, nameof(MmmPreset.MultiRegion)),
        (MmmPreset.SmallBusiness, nameof(MmmPreset.SmallBusiness)),
        (MmmPreset.GrowingBusiness, nameof(MmmPreset.GrowingBusiness)),
        (MmmPreset.MediumBusiness, nameof(MmmPreset.MediumBusiness)),
        (MmmPreset.LargeBusiness, nameof(MmmPreset.LargeBusiness)),
        (MmmPreset.Collinear, nameof(MmmPreset.Collinear)),
        (MmmPreset.LowSignal, nameof(MmmPreset.LowSignal)),
        (MmmPreset.NeverSpends, nameof(MmmPreset.NeverSpends)),
        (MmmPreset.SeasonalConfounding, nameof(MmmPreset.SeasonalConfounding)),
        (MmmPreset.ShortHistory, nameof(MmmPreset.ShortHistory)),
        (MmmPreset.LongCarryover, nameof(MmmPreset.LongCarryover)),
        (MmmPreset.WrongSignal, nameof(MmmPreset.WrongSignal)),
        (MmmPreset.Saturated, nameof(MmmPreset.Saturated)));

    /// <summary>A column's role in the manifest's column map.</summary>
    public static readonly EnumNames<ColumnRole> ColumnRoles = new(
        (ColumnRole.Time, nameof(ColumnRole.Time)),
        (ColumnRole.Geo, nameof(ColumnRole.Geo)),
        (ColumnRole.Kpi, nameof(ColumnRole.Kpi)),
        (ColumnRole.Spend, nameof(ColumnRole.Spend)),
        (ColumnRole.Exposure, nameof(ColumnRole.Exposure)),
        (ColumnRole.Control, nameof(ColumnRole.Control)),
        (ColumnRole.Event, nameof(ColumnRole.Event)),
        (ColumnRole.Population, nameof(ColumnRole.Population)),
        (ColumnRole.Key, nameof(ColumnRole.Key)),
        (ColumnRole.Observable, nameof(ColumnRole.Observable)),
        (ColumnRole.Truth, nameof(ColumnRole.Truth)));

    /// <summary>A column's value type in the manifest's column map.</summary>
    public static readonly EnumNames<ColumnType> ColumnTypes = new(
        (ColumnType.String, nameof(ColumnType.String)),
        (ColumnType.Int64, nameof(ColumnType.Int64)),
        (ColumnType.Double, nameof(ColumnType.Double)),
        (ColumnType.Date, nameof(ColumnType.Date)),
        (ColumnType.Timestamp, nameof(ColumnType.Timestamp)));

    /// <summary>A spec's noise model, in truth.json.</summary>
    public static readonly EnumNames<NoiseModel> NoiseModels = new(
        (NoiseModel.Normal, nameof(NoiseModel.Normal)),
        (NoiseModel.LogNormal, nameof(NoiseModel.LogNormal)));

    /// <summary>A spec's KPI type, in truth.json.</summary>
    public static readonly EnumNames<KpiType> KpiTypes = new(
        (KpiType.Revenue, nameof(KpiType.Revenue)),
        (KpiType.Conversions, nameof(KpiType.Conversions)));

    /// <summary>A finding's severity, in truth.json.</summary>
    public static readonly EnumNames<ValidationSeverity> ValidationSeverities = new(
        (ValidationSeverity.Error, nameof(ValidationSeverity.Error)),
        (ValidationSeverity.Warning, nameof(ValidationSeverity.Warning)));

    /// <summary>A channel's spend pattern, in truth.json.</summary>
    public static readonly EnumNames<SpendPattern> SpendPatterns = new(
        (SpendPattern.Constant, nameof(SpendPattern.Constant)),
        (SpendPattern.LinearTrend, nameof(SpendPattern.LinearTrend)),
        (SpendPattern.Seasonal, nameof(SpendPattern.Seasonal)),
        (SpendPattern.DelayedStart, nameof(SpendPattern.DelayedStart)),
        (SpendPattern.OnOff, nameof(SpendPattern.OnOff)),
        (SpendPattern.Custom, nameof(SpendPattern.Custom)));

    /// <summary>What a channel's transform acts on, in truth.json.</summary>
    public static readonly EnumNames<TransformInput> TransformInputs = new(
        (TransformInput.Spend, nameof(TransformInput.Spend)),
        (TransformInput.Exposure, nameof(TransformInput.Exposure)));

    /// <summary>A channel's media unit, in truth.json.</summary>
    public static readonly EnumNames<MediaUnit> MediaUnits = new(
        (MediaUnit.None, nameof(MediaUnit.None)),
        (MediaUnit.Cpm, nameof(MediaUnit.Cpm)),
        (MediaUnit.Cpc, nameof(MediaUnit.Cpc)));

    /// <summary>The order of a channel's transforms, in truth.json.</summary>
    public static readonly EnumNames<TransformOrder> TransformOrders = new(
        (TransformOrder.AdstockThenSaturation, nameof(TransformOrder.AdstockThenSaturation)),
        (TransformOrder.SaturationThenAdstock, nameof(TransformOrder.SaturationThenAdstock)));

    /// <summary>An adstock's kind, in truth.json.</summary>
    public static readonly EnumNames<AdstockKind> AdstockKinds = new(
        (AdstockKind.None, nameof(AdstockKind.None)),
        (AdstockKind.Geometric, nameof(AdstockKind.Geometric)),
        (AdstockKind.Delayed, nameof(AdstockKind.Delayed)),
        (AdstockKind.WeibullCdf, nameof(AdstockKind.WeibullCdf)),
        (AdstockKind.WeibullPdf, nameof(AdstockKind.WeibullPdf)));

    /// <summary>A saturation's kind, in truth.json.</summary>
    public static readonly EnumNames<SaturationKind> SaturationKinds = new(
        (SaturationKind.None, nameof(SaturationKind.None)),
        (SaturationKind.Hill, nameof(SaturationKind.Hill)),
        (SaturationKind.Logistic, nameof(SaturationKind.Logistic)),
        (SaturationKind.MichaelisMenten, nameof(SaturationKind.MichaelisMenten)),
        (SaturationKind.Tanh, nameof(SaturationKind.Tanh)));

    /// <summary>An optimal allocation's objective, in truth.json.</summary>
    public static readonly EnumNames<AllocationObjective> AllocationObjectives = new(
        (AllocationObjective.Contribution, nameof(AllocationObjective.Contribution)),
        (AllocationObjective.Profit, nameof(AllocationObjective.Profit)));

    /// <summary>A spec's period frequency, in spec JSON.</summary>
    public static readonly EnumNames<Frequency> Frequencies = new(
        (Frequency.Weekly, nameof(Frequency.Weekly)),
        (Frequency.Daily, nameof(Frequency.Daily)));

    /// <summary>A weekly spec's first day of the week, in spec JSON.</summary>
    public static readonly EnumNames<DayOfWeek> DaysOfWeek = new(
        (DayOfWeek.Sunday, nameof(DayOfWeek.Sunday)),
        (DayOfWeek.Monday, nameof(DayOfWeek.Monday)),
        (DayOfWeek.Tuesday, nameof(DayOfWeek.Tuesday)),
        (DayOfWeek.Wednesday, nameof(DayOfWeek.Wednesday)),
        (DayOfWeek.Thursday, nameof(DayOfWeek.Thursday)),
        (DayOfWeek.Friday, nameof(DayOfWeek.Friday)),
        (DayOfWeek.Saturday, nameof(DayOfWeek.Saturday)));

    /// <summary>A commerce weather anomaly's kind, in spec JSON.</summary>
    public static readonly EnumNames<WeatherAnomalyKind> WeatherAnomalyKinds = new(
        (WeatherAnomalyKind.Heatwave, nameof(WeatherAnomalyKind.Heatwave)),
        (WeatherAnomalyKind.ColdSnap, nameof(WeatherAnomalyKind.ColdSnap)),
        (WeatherAnomalyKind.Storm, nameof(WeatherAnomalyKind.Storm)));

    /// <summary>A commerce tenant's category, in spec JSON.</summary>
    public static readonly EnumNames<CommerceCategory> CommerceCategories = new(
        (CommerceCategory.Fashion, nameof(CommerceCategory.Fashion)),
        (CommerceCategory.Outdoor, nameof(CommerceCategory.Outdoor)),
        (CommerceCategory.HomeAndGarden, nameof(CommerceCategory.HomeAndGarden)),
        (CommerceCategory.Beverage, nameof(CommerceCategory.Beverage)));
}
