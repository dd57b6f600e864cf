using System.Collections.Generic;
using System.Text.Json;
using System;
using MmmFixtures.Json;
using MmmFixtures.Media;
using MmmFixtures.Rules;
using MmmFixtures.Series;
using MmmFixtures.Validation;
using MmmFixtures.EnumText;

namespace MmmFixtures.Mmm;

/// <summary>
/// The JSON form of an <see cref="MmmSpec"/>: what the CLI reads, <c>--print-spec</c> prints and the
/// manifest records. Property names are camelCase, enums are strings, dates are <c>yyyy-MM-dd</c>;
/// a missing property takes its default, an unknown or repeated one is an error.
/// </summary>
public static class MmmSpecJson
{
    private const string SpecName = "MMM spec";

    /// <summary>Reads a spec; throws a <see cref="SpecValidationException"/> listing every syntax, type or unknown-property problem.</summary>
    /// <remarks>Value ranges are checked by <see cref="MmmSpecValidator"/> (generation runs it).</remarks>
    public static MmmSpec Read(string json) => SpecJsonText.Read(json, SpecName, Spec, new MmmSpec());

    /// <summary>The spec as indented JSON text (LF line endings).</summary>
    /// <exception cref="ArgumentException">A channel uses a <see cref="SpendPattern.Custom"/> delegate, which JSON cannot hold.</exception>
    public static string Write(MmmSpec spec) => SpecJsonText.Write(Spec, spec);

    /// <summary>Writes the spec as one JSON object.</summary>
    /// <exception cref="ArgumentException">A channel uses a <see cref="SpendPattern.Custom"/> delegate, which JSON cannot hold.</exception>
    public static void Write(Utf8JsonWriter w, MmmSpec spec) => SpecJsonText.Write(w, Spec, spec);

    private static readonly JsonFields<ChannelSpec> Channel = new(
        JsonField.String<ChannelSpec>("name", c => c.Name, (c, v) => c with { Name = v }),
        JsonField.Inline<ChannelSpec, PatternSpec>(PatternSpecJson.Fields("baseSpend"), c => c.Spend, (c, v) => c with { Spend = v }),
        JsonField.Enum<ChannelSpec, MediaUnit>("mediaUnit", EnumTexts.MediaUnits, c => c.Unit, (c, v) => c with { Unit = v }),
        JsonField.Number<ChannelSpec>("unitCost", c => c.UnitCost, (c, v) => c with { UnitCost = v }, c => c.Unit != MediaUnit.None),
        JsonField.Number<ChannelSpec>("costNoise", c => c.CostNoise, (c, v) => c with { CostNoise = v }, c => c.Unit != MediaUnit.None),
        JsonField.Enum<ChannelSpec, TransformInput>("transformOn", EnumTexts.TransformInputs, c => c.TransformOn, (c, v) => c with { TransformOn = v }),
        JsonField.Object<ChannelSpec, AdstockSpec>("adstock", MediaSpecJson.Adstock, c => c.Adstock, (c, v) => c with { Adstock = v }),
        JsonField.Object<ChannelSpec, SaturationSpec>("saturation", MediaSpecJson.Saturation, c => c.Saturation, (c, v) => c with { Saturation = v }),
        JsonField.Enum<ChannelSpec, TransformOrder>("order", EnumTexts.TransformOrders, c => c.Order, (c, v) => c with { Order = v }),
        JsonField.Number<ChannelSpec>("beta", c => c.Beta, (c, v) => c with { Beta = v }, c => c.TargetRoas is null),
        JsonField.OptionalNumber<ChannelSpec>("targetRoas", c => c.TargetRoas, (c, v) => c with { TargetRoas = v }));

    private static readonly JsonFields<ControlSpec> Control = new(
        JsonField.String<ControlSpec>("name", c => c.Name, (c, v) => c with { Name = v }),
        JsonField.Inline<ControlSpec, PatternSpec>(PatternSpecJson.Fields("baseValue"), c => c.Value, (c, v) => c with { Value = v }),
        JsonField.Number<ControlSpec>("effect", c => c.Effect, (c, v) => c with { Effect = v }));

    private static readonly JsonFields<EventSpec> Event = new(
        JsonField.String<EventSpec>("name", e => e.Name, (e, v) => e with { Name = v }),
        JsonField.OptionalObject<EventSpec, PatternSpec>("recurrence", PatternSpecJson.Bursts, EventSpec.DefaultRecurrence, e => e.Recurrence, (e, v) => e with { Recurrence = v }),
        new JsonField<EventSpec>((e, o) => e with { Dates = ReadDates(o) ?? e.Dates }, WriteDates, e => e.Recurrence is null),
        JsonField.Number<EventSpec>("effect", e => e.Effect, (e, v) => e with { Effect = v }));

    private static readonly JsonFields<BaselineSpec> Baseline = new(
        JsonField.Number<BaselineSpec>("baseSales", b => b.BaseSales, (b, v) => b with { BaseSales = v }),
        JsonField.Number<BaselineSpec>("salesTrend", b => b.SalesTrend, (b, v) => b with { SalesTrend = v }),
        JsonField.Integer<BaselineSpec>("seasonalityOrder", b => b.SeasonalityOrder, (b, v) => b with { SeasonalityOrder = v }),
        JsonField.Number<BaselineSpec>("seasonalAmplitude", b => b.SeasonalAmplitude, (b, v) => b with { SeasonalAmplitude = v }));

    private static readonly JsonFields<HierarchySpec> Hierarchy = new(
        JsonField.Number<HierarchySpec>("beta", h => h.Beta, (h, v) => h with { Beta = v }),
        JsonField.Number<HierarchySpec>("alpha", h => h.Alpha, (h, v) => h with { Alpha = v }),
        JsonField.Number<HierarchySpec>("halfSaturation", h => h.HalfSaturation, (h, v) => h with { HalfSaturation = v }),
        JsonField.Number<HierarchySpec>("baseline", h => h.Baseline, (h, v) => h with { Baseline = v }));

    private static readonly JsonFields<PathologyLabel> Pathology = new(
        JsonField.String<PathologyLabel>("name", p => p.Name, (p, v) => p with { Name = v }),
        JsonField.String<PathologyLabel>("description", p => p.Description, (p, v) => p with { Description = v }),
        JsonField.String<PathologyLabel>("whatAGoodModelDoes", p => p.WhatAGoodModelDoes, (p, v) => p with { WhatAGoodModelDoes = v }));

    // The noise's two properties live on the spec itself; JSON groups them.
    private static readonly JsonFields<MmmSpec> Noise = new(
        JsonField.Enum<MmmSpec, NoiseModel>("model", EnumTexts.NoiseModels, s => s.NoiseModel, (s, v) => s with { NoiseModel = v }),
        JsonField.Number<MmmSpec>("sd", s => s.NoiseSd, (s, v) => s with { NoiseSd = v }));

    private static readonly JsonFields<MmmSpec> Spec = new(
        JsonField.UInt64<MmmSpec>("seed", s => s.Seed, (s, v) => s with { Seed = v }),
        JsonField.Enum<MmmSpec, Frequency>("frequency", EnumTexts.Frequencies, s => s.Frequency, (s, v) => s with { Frequency = v }),
        JsonField.Enum<MmmSpec, DayOfWeek>("weekStart", EnumTexts.DaysOfWeek, s => s.WeekStart, (s, v) => s with { WeekStart = v }, s => s.Frequency == Frequency.Weekly),
        JsonField.Date<MmmSpec>("startDate", s => s.StartDate, (s, v) => s with { StartDate = v }),
        JsonField.Integer<MmmSpec>("periods", s => s.Periods, (s, v) => s with { Periods = v }),
        new JsonField<MmmSpec>((s, o) => s with { Geos = ReadGeos(o) ?? s.Geos }, WriteGeos),
        JsonField.Object<MmmSpec, BaselineSpec>("baseline", Baseline, s => s.Baseline, (s, v) => s with { Baseline = v }),
        JsonField.Object<MmmSpec, HierarchySpec>("hierarchy", Hierarchy, s => s.Hierarchy, (s, v) => s with { Hierarchy = v }),
        JsonField.Object<MmmSpec, MmmSpec>("noise", Noise, s => s, (_, v) => v),
        JsonField.Boolean<MmmSpec>("clampNegativeY", s => s.ClampNegativeY, (s, v) => s with { ClampNegativeY = v }),
        // Written only for a conversions KPI, so a revenue spec's JSON (and every manifest holding it) is unchanged.
        JsonField.Enum<MmmSpec, KpiType>("kpiType", EnumTexts.KpiTypes, s => s.KpiType, (s, v) => s with { KpiType = v }, s => s.KpiType != KpiType.Revenue),
        JsonField.Number<MmmSpec>("revenuePerKpi", s => s.RevenuePerKpi, (s, v) => s with { RevenuePerKpi = v }, s => s.KpiType != KpiType.Revenue || s.RevenuePerKpi != 1),
        JsonField.Array<MmmSpec, ChannelSpec>("channels", Channel, () => new ChannelSpec(), s => s.Channels, (s, v) => s with { Channels = v }),
        JsonField.Array<MmmSpec, ControlSpec>("controls", Control, () => new ControlSpec(), s => s.Controls, (s, v) => s with { Controls = v }),
        JsonField.Array<MmmSpec, EventSpec>("events", Event, () => new EventSpec(), s => s.Events, (s, v) => s with { Events = v }),
        // Last and written only when set, so a spec without a label (and every manifest holding one) keeps its bytes.
        JsonField.OptionalObject<MmmSpec, PathologyLabel>("pathology", Pathology, new PathologyLabel("", "", ""), s => s.Pathology, (s, v) => s with { Pathology = v }));

    // "geos" is a count (geo_1..geo_n) or a list of names and {name, population} objects.
    private static IReadOnlyList<GeoSpec>? ReadGeos(JsonObjectReader o)
    {
        var errors = o.Errors;
        if (!o.TryGet("geos", out var geos)) return null;
        if (geos.ValueKind == JsonValueKind.Number)
        {
            // The count is checked against its rule before the list is allocated: "geos": 2147483647 must not allocate.
            if (geos.TryGetInt32(out int count) && errors.CheckCount(MmmRules.Geos, count, "geo", "geos")) return MmmSpec.GeoNames(count);
            if (!geos.TryGetInt32(out _)) errors.Add("geos", geos.GetRawText(), $"must be a count in {MmmRules.Geos.Range} or a list of names");
            return null;
        }
        if (geos.ValueKind != JsonValueKind.Array)
        {
            errors.Add("geos", JsonObjectReader.Describe(geos), "must be a count or a list of names (or {name, population} objects)");
            return null;
        }
        var list = new List<GeoSpec>();
        int i = 0;
        foreach (var item in geos.EnumerateArray())
        {
            string path = $"geos[{i++}]";
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(new GeoSpec(item.GetString()!));
                continue;
            }
            var g = JsonObjectReader.Open(item, path, errors);
            if (g is null) continue;
            string name = g.String("name", "");
            double? population = g.TryGet("population", out _, nullable: true) ? g.Number("population", double.NaN) : null;
            g.ReportUnknown();
            list.Add(new GeoSpec(name, population));
        }
        return list;
    }

    private static void WriteGeos(Utf8JsonWriter w, MmmSpec spec)
    {
        w.WriteStartArray("geos");
        foreach (var geo in spec.Geos)
        {
            if (geo.Population is double population)
            {
                w.WriteStartObject();
                w.WriteString("name", geo.Name);
                w.WriteNumber("population", population);
                w.WriteEndObject();
            }
            else
            {
                w.WriteStringValue(geo.Name);
            }
        }
        w.WriteEndArray();
    }

    private static IReadOnlyList<DateTime>? ReadDates(JsonObjectReader o)
    {
        if (!o.TryGet("dates", out var array)) return null;
        if (array.ValueKind != JsonValueKind.Array)
        {
            o.Errors.Add(o.PathOf("dates"), JsonObjectReader.Describe(array), "must be an array of \"yyyy-MM-dd\" dates");
            return null;
        }
        var dates = new List<DateTime>();
        int i = 0;
        foreach (var item in array.EnumerateArray())
            dates.Add(JsonObjectReader.ParseDate(item, $"{o.PathOf("dates")}[{i++}]", default, o.Errors));
        return dates;
    }

    private static void WriteDates(Utf8JsonWriter w, EventSpec e)
    {
        w.WriteStartArray("dates");
        foreach (var d in e.Dates) w.WriteStringValue(JsonField.DateText(d));
        w.WriteEndArray();
    }
}
