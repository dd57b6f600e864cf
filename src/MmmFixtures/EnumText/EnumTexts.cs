using MmmFixtures.Export;
using MmmFixtures.Mmm;

namespace MmmFixtures.EnumText;

/// <summary>The enums an export or a preset lookup writes or lists by name, each listed once (see <see cref="EnumNames{T}"/>).</summary>
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
}
