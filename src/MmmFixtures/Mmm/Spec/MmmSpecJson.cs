using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text;
using System;
using MmmFixtures.Export;
using MmmFixtures.Json;
using MmmFixtures.Media;
using MmmFixtures.Rules;
using MmmFixtures.Series;
using MmmFixtures.Validation;

namespace MmmFixtures.Mmm;

/// <summary>
/// The JSON form of an <see cref="MmmSpec"/>: what the CLI reads, <c>--print-spec</c> prints and the
/// manifest records. Property names are camelCase, enums are strings, dates are <c>yyyy-MM-dd</c>;
/// a missing property takes its default, an unknown one is an error.
/// </summary>
public static class MmmSpecJson
{
    private const string SpecName = "MMM spec";

    /// <summary>Reads a spec; throws a <see cref="SpecValidationException"/> listing every syntax, type or unknown-property problem.</summary>
    /// <remarks>Value ranges are checked by <see cref="MmmSpecValidator"/> (generation runs it).</remarks>
    public static MmmSpec Read(string json) => SpecJsonText.Read(json, SpecName, ReadSpec);

    /// <summary>The spec as indented JSON text (LF line endings).</summary>
    public static string Write(MmmSpec spec) => SpecJsonText.Write(w => Write(w, spec));

    /// <summary>Writes the spec as one JSON object.</summary>
    /// <exception cref="ArgumentException">A channel uses a <see cref="SpendPattern.Custom"/> delegate, which JSON cannot hold.</exception>
    public static void Write(Utf8JsonWriter w, MmmSpec spec)
    {
        w.WriteStartObject();
        w.WriteNumber("seed", spec.Seed);
        w.WriteString("frequency", spec.Frequency.ToString());
        if (spec.Frequency == Frequency.Weekly) w.WriteString("weekStart", spec.WeekStart.ToString());
        w.WriteString("startDate", spec.StartDate.ToString("yyyy-MM-dd"));
        w.WriteNumber("periods", spec.Periods);
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

        w.WriteStartObject("baseline");
        w.WriteNumber("baseSales", spec.Baseline.BaseSales);
        w.WriteNumber("salesTrend", spec.Baseline.SalesTrend);
        w.WriteNumber("seasonalityOrder", spec.Baseline.SeasonalityOrder);
        w.WriteNumber("seasonalAmplitude", spec.Baseline.SeasonalAmplitude);
        w.WriteEndObject();
        w.WriteStartObject("hierarchy");
        w.WriteNumber("beta", spec.Hierarchy.Beta);
        w.WriteNumber("alpha", spec.Hierarchy.Alpha);
        w.WriteNumber("halfSaturation", spec.Hierarchy.HalfSaturation);
        w.WriteNumber("baseline", spec.Hierarchy.Baseline);
        w.WriteEndObject();
        w.WriteStartObject("noise");
        w.WriteString("model", spec.NoiseModel.ToString());
        w.WriteNumber("sd", spec.NoiseSd);
        w.WriteEndObject();
        w.WriteBoolean("clampNegativeY", spec.ClampNegativeY);

        w.WriteStartArray("channels");
        foreach (var c in spec.Channels) WriteChannel(w, c);
        w.WriteEndArray();
        w.WriteStartArray("controls");
        foreach (var k in spec.Controls)
        {
            w.WriteStartObject();
            w.WriteString("name", k.Name);
            WritePattern(w, k.Value, "baseValue");
            w.WriteNumber("effect", k.Effect);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var e in spec.Events) WriteEvent(w, e);
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteChannel(Utf8JsonWriter w, ChannelSpec c)
    {
        w.WriteStartObject();
        w.WriteString("name", c.Name);
        WritePattern(w, c.Spend, "baseSpend");
        w.WriteString("mediaUnit", c.Unit.ToString());
        if (c.Unit != MediaUnit.None)
        {
            w.WriteNumber("unitCost", c.UnitCost);
            w.WriteNumber("costNoise", c.CostNoise);
        }
        w.WriteString("transformOn", c.TransformOn.ToString());
        w.WriteStartObject("adstock");
        w.WriteString("kind", c.Adstock.Kind.ToString());
        switch (c.Adstock.Kind)
        {
            case AdstockKind.Geometric:
                w.WriteNumber("alpha", c.Adstock.Alpha);
                break;
            case AdstockKind.Delayed:
                w.WriteNumber("alpha", c.Adstock.Alpha);
                w.WriteNumber("theta", c.Adstock.Theta);
                break;
            case AdstockKind.WeibullCdf:
            case AdstockKind.WeibullPdf:
                w.WriteNumber("shape", c.Adstock.Shape);
                w.WriteNumber("scale", c.Adstock.Scale);
                break;
        }
        if (c.Adstock.Kind != AdstockKind.None)
        {
            w.WriteNumber("maxLag", c.Adstock.MaxLag);
            w.WriteBoolean("normalize", c.Adstock.Normalize);
        }
        w.WriteEndObject();
        w.WriteStartObject("saturation");
        w.WriteString("kind", c.Saturation.Kind.ToString());
        switch (c.Saturation.Kind)
        {
            case SaturationKind.Hill:
                w.WriteNumber("halfSaturation", c.Saturation.HalfSaturation);
                w.WriteNumber("slope", c.Saturation.Slope);
                break;
            case SaturationKind.MichaelisMenten:
                w.WriteNumber("halfSaturation", c.Saturation.HalfSaturation);
                break;
            case SaturationKind.Logistic:
                w.WriteNumber("lambda", c.Saturation.Lambda);
                break;
            case SaturationKind.Tanh:
                w.WriteNumber("scale", c.Saturation.TanhScale);
                break;
        }
        w.WriteEndObject();
        w.WriteString("order", c.Order.ToString());
        w.WriteNumber("beta", c.Beta);
        w.WriteEndObject();
    }

    private static void WritePattern(Utf8JsonWriter w, PatternSpec p, string levelName)
    {
        if (p.Kind == SpendPattern.Custom)
            throw new ArgumentException("A Custom pattern is a delegate, which has no JSON form.", nameof(p));
        w.WriteString("pattern", p.Kind.ToString());
        w.WriteNumber(levelName, p.Level);
        switch (p.Kind)
        {
            case SpendPattern.LinearTrend:
                w.WriteNumber("trend", p.Trend);
                break;
            case SpendPattern.Seasonal:
                w.WriteNumber("seasonalAmplitude", p.SeasonalAmplitude);
                w.WriteNumber("peakDayOfYear", p.PeakDayOfYear);
                break;
            case SpendPattern.DelayedStart:
                w.WriteNumber("startPeriod", p.StartPeriod);
                w.WriteNumber("rampUpPeriods", p.RampUpPeriods);
                if (p.EndPeriod is int end) w.WriteNumber("endPeriod", end);
                break;
            case SpendPattern.OnOff:
                WriteBursts(w, p);
                break;
        }
        w.WriteNumber("autocorrelation", p.Autocorrelation);
        w.WriteNumber("volatility", p.Volatility);
    }

    private static void WriteBursts(Utf8JsonWriter w, PatternSpec p)
    {
        w.WriteNumber("activationProbability", p.ActivationProbability);
        w.WriteNumber("minActivePeriods", p.MinActivePeriods);
        w.WriteNumber("maxActivePeriods", p.MaxActivePeriods);
    }

    private static void WriteEvent(Utf8JsonWriter w, EventSpec e)
    {
        w.WriteStartObject();
        w.WriteString("name", e.Name);
        if (e.Recurrence is { } r)
        {
            w.WriteStartObject("recurrence");
            WriteBursts(w, r);
            w.WriteEndObject();
        }
        else
        {
            w.WriteStartArray("dates");
            foreach (var d in e.Dates) w.WriteStringValue(d.ToString("yyyy-MM-dd"));
            w.WriteEndArray();
        }
        w.WriteNumber("effect", e.Effect);
        w.WriteEndObject();
    }

    private static MmmSpec? ReadSpec(JsonElement root, SpecErrorCollector errors)
    {
        var o = JsonObjectReader.Open(root, "", errors);
        if (o is null) return null;
        var d = new MmmSpec();
        var spec = new MmmSpec
        {
            Seed = o.UInt64("seed", d.Seed),
            Frequency = o.Enum("frequency", d.Frequency),
            WeekStart = o.Enum("weekStart", d.WeekStart),
            StartDate = o.Date("startDate", d.StartDate),
            Periods = o.Integer("periods", d.Periods),
            Geos = ReadGeos(o, errors) ?? d.Geos,
            Baseline = o.Object("baseline", b => new BaselineSpec
            {
                BaseSales = b.Number("baseSales", d.Baseline.BaseSales),
                SalesTrend = b.Number("salesTrend", d.Baseline.SalesTrend),
                SeasonalityOrder = b.Integer("seasonalityOrder", d.Baseline.SeasonalityOrder),
                SeasonalAmplitude = b.Number("seasonalAmplitude", d.Baseline.SeasonalAmplitude),
            }) ?? d.Baseline,
            Hierarchy = o.Object("hierarchy", h => new HierarchySpec
            {
                Beta = h.Number("beta", d.Hierarchy.Beta),
                Alpha = h.Number("alpha", d.Hierarchy.Alpha),
                HalfSaturation = h.Number("halfSaturation", d.Hierarchy.HalfSaturation),
                Baseline = h.Number("baseline", d.Hierarchy.Baseline),
            }) ?? d.Hierarchy,
            ClampNegativeY = o.Boolean("clampNegativeY", d.ClampNegativeY),
            Channels = o.Array("channels", ReadChannel) ?? Array.Empty<ChannelSpec>(),
            Controls = o.Array("controls", ReadControl) ?? Array.Empty<ControlSpec>(),
            Events = o.Array("events", ReadEvent) ?? Array.Empty<EventSpec>(),
        };
        var noise = o.Object("noise", n => new { Model = n.Enum("model", d.NoiseModel), Sd = n.Number("sd", d.NoiseSd) });
        if (noise is not null) spec = spec with { NoiseModel = noise.Model, NoiseSd = noise.Sd };
        o.ReportUnknown();
        return spec;
    }

    private static IReadOnlyList<GeoSpec>? ReadGeos(JsonObjectReader o, SpecErrorCollector errors)
    {
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
            double? population = g.TryGet("population", out _) ? g.Number("population", double.NaN) : null;
            g.ReportUnknown();
            list.Add(new GeoSpec(name, population));
        }
        return list;
    }

    private static ChannelSpec ReadChannel(JsonObjectReader o)
    {
        var d = new ChannelSpec();
        return new ChannelSpec
        {
            Name = o.String("name", ""),
            Spend = ReadPattern(o, "baseSpend", d.Spend),
            Unit = o.Enum("mediaUnit", d.Unit),
            UnitCost = o.Number("unitCost", d.UnitCost),
            CostNoise = o.Number("costNoise", d.CostNoise),
            TransformOn = o.Enum("transformOn", d.TransformOn),
            Adstock = o.Object("adstock", a => new AdstockSpec
            {
                Kind = a.Enum("kind", d.Adstock.Kind),
                Alpha = a.Number("alpha", d.Adstock.Alpha),
                Theta = a.Number("theta", d.Adstock.Theta),
                Shape = a.Number("shape", d.Adstock.Shape),
                Scale = a.Number("scale", d.Adstock.Scale),
                MaxLag = a.Integer("maxLag", d.Adstock.MaxLag),
                Normalize = a.Boolean("normalize", d.Adstock.Normalize),
            }) ?? d.Adstock,
            Saturation = o.Object("saturation", s => new SaturationSpec
            {
                Kind = s.Enum("kind", d.Saturation.Kind),
                HalfSaturation = s.Number("halfSaturation", d.Saturation.HalfSaturation),
                Slope = s.Number("slope", d.Saturation.Slope),
                Lambda = s.Number("lambda", d.Saturation.Lambda),
                TanhScale = s.Number("scale", d.Saturation.TanhScale),
            }) ?? d.Saturation,
            Order = o.Enum("order", d.Order),
            Beta = o.Number("beta", d.Beta),
        };
    }

    private static ControlSpec ReadControl(JsonObjectReader o)
    {
        var d = new ControlSpec();
        return new ControlSpec
        {
            Name = o.String("name", ""),
            Value = ReadPattern(o, "baseValue", d.Value),
            Effect = o.Number("effect", d.Effect),
        };
    }

    private static EventSpec ReadEvent(JsonObjectReader o)
    {
        var errors = o.Errors;
        var dates = new List<DateTime>();
        if (o.TryGet("dates", out var array))
        {
            if (array.ValueKind == JsonValueKind.Array)
            {
                int i = 0;
                foreach (var item in array.EnumerateArray())
                    dates.Add(JsonObjectReader.ParseDate(item, $"{o.PathOf("dates")}[{i++}]", default, errors));
            }
            else
            {
                errors.Add(o.PathOf("dates"), JsonObjectReader.Describe(array), "must be an array of \"yyyy-MM-dd\" dates");
            }
        }
        var onOff = new PatternSpec { Kind = SpendPattern.OnOff, Level = 1, Volatility = 0 };
        return new EventSpec
        {
            Name = o.String("name", ""),
            Dates = dates,
            Recurrence = o.Object("recurrence", r => onOff with
            {
                ActivationProbability = r.Number("activationProbability", onOff.ActivationProbability),
                MinActivePeriods = r.Integer("minActivePeriods", 1),
                MaxActivePeriods = r.Integer("maxActivePeriods", 1),
            }),
            Effect = o.Number("effect", 0),
        };
    }

    private static PatternSpec ReadPattern(JsonObjectReader o, string levelName, PatternSpec d) => new()
    {
        Kind = o.Enum("pattern", d.Kind),
        Level = o.Number(levelName, d.Level),
        Trend = o.Number("trend", d.Trend),
        SeasonalAmplitude = o.Number("seasonalAmplitude", d.SeasonalAmplitude),
        PeakDayOfYear = o.Number("peakDayOfYear", d.PeakDayOfYear),
        StartPeriod = o.Integer("startPeriod", d.StartPeriod),
        RampUpPeriods = o.Integer("rampUpPeriods", d.RampUpPeriods),
        EndPeriod = o.OptionalInteger("endPeriod"),
        ActivationProbability = o.Number("activationProbability", d.ActivationProbability),
        MinActivePeriods = o.Integer("minActivePeriods", d.MinActivePeriods),
        MaxActivePeriods = o.Integer("maxActivePeriods", d.MaxActivePeriods),
        Autocorrelation = o.Number("autocorrelation", d.Autocorrelation),
        Volatility = o.Number("volatility", d.Volatility),
    };
}
