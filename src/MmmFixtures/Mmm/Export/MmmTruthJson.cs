using System.IO;
using System.Linq;
using System.Text.Json;
using MmmFixtures.Export;
using MmmFixtures.Media;
using MmmFixtures.EnumText;

namespace MmmFixtures.Mmm;

/// <summary>
/// <c>truth.json</c>: every parameter and aggregate of a panel (schema in the README). Python and R
/// users parse it, so it uses plain names, numbers and nulls (a ROAS is null when a channel never spent, a geo's
/// share of media null when the geo has no media contribution).
/// </summary>
public static class MmmTruthJson
{
    /// <summary>Writes the truth of <paramref name="panel"/> with its validation findings.</summary>
    public static void Write(MmmPanel panel, Stream stream, MmmValidationReport report) => Write(panel, stream, report, new BlockPool(), 1);

    /// <summary>
    /// Writes the truth like <see cref="Write(MmmPanel, Stream, MmmValidationReport)"/>, its channels (nearly all of it)
    /// formatted on up to <paramref name="maxDegreeOfParallelism"/> threads, in blocks of <paramref name="blocks"/>: the same bytes.
    /// </summary>
    internal static void Write(MmmPanel panel, Stream stream, MmmValidationReport report, BlockPool blocks, int maxDegreeOfParallelism)
    {
        var spec = panel.Spec;
        var truth = panel.Truth;
        using var w = new Utf8JsonWriter(stream, JsonFormat.WriterOptions);
        w.WriteStartObject();
        w.WriteNumber("algorithmVersion", GenerationAlgorithm.Version);
        w.WriteNumber("seed", spec.Seed);
        w.WriteString("identity", "y = intercept + trend + seasonality + sum(controls) + sum(events) + sum(contributions) + noise" + (truth.HasClamp ? " + clamp" : ""));
        w.WriteString("noiseModel", EnumTexts.NoiseModels[spec.NoiseModel]);
        w.WriteString("kpiType", EnumTexts.KpiTypes[spec.KpiType]);
        w.WriteNumber("revenuePerKpi", spec.RevenuePerKpi);
        if (truth.Pathology is { } pathology) WritePathology(w, pathology);

        w.WriteStartArray("geos");
        foreach (var g in truth.Geos)
        {
            w.WriteStartObject();
            w.WriteString("name", g.Name);
            WriteNullable(w, "population", g.Population);
            w.WriteNumber("base", g.Base);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartObject("seasonality");
        w.WriteString("formula", "base[g] * sum_k (sin_k * sin(2*pi*k*dayOfYear/365.25) + cos_k * cos(2*pi*k*dayOfYear/365.25))");
        w.WriteStartArray("coefficients");
        for (int k = 0; k < truth.SeasonalityCoefficients.Count; k++)
        {
            w.WriteStartObject();
            w.WriteNumber("k", k + 1);
            w.WriteNumber("sin", truth.SeasonalityCoefficients[k].Sin);
            w.WriteNumber("cos", truth.SeasonalityCoefficients[k].Cos);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartArray("channels");
        ParallelJsonItems.Write(w, stream, truth.Channels.Count, (item, c) => WriteChannel(item, spec, c, truth.Channels[c]), blocks, maxDegreeOfParallelism);
        w.WriteEndArray();

        w.WriteStartArray("controls");
        for (int k = 0; k < truth.Controls.Count; k++) WriteEffect(w, truth.Controls[k], MmmColumns.Control(spec, k));
        w.WriteEndArray();
        w.WriteStartArray("events");
        for (int e = 0; e < truth.Events.Count; e++) WriteEffect(w, truth.Events[e], MmmColumns.Event(spec, e));
        w.WriteEndArray();

        WriteOptimalAllocation(w, truth.OptimalAllocation);

        w.WriteStartArray("validation");
        foreach (var f in report.Findings)
        {
            w.WriteStartObject();
            w.WriteString("severity", EnumTexts.ValidationSeverities[f.Severity].ToLowerInvariant());
            w.WriteString("code", f.Code);
            w.WriteString("message", f.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    // Only for a labelled panel, so a well-posed panel's truth.json keeps its bytes.
    private static void WritePathology(Utf8JsonWriter w, PathologyLabel pathology)
    {
        w.WriteStartObject("pathology");
        w.WriteString("name", pathology.Name);
        w.WriteString("description", pathology.Description);
        w.WriteString("whatAGoodModelDoes", pathology.WhatAGoodModelDoes);
        w.WriteEndObject();
    }

    private static void WriteChannel(Utf8JsonWriter w, MmmSpec spec, int index, ChannelTruth c)
    {
        w.WriteStartObject();
        w.WriteString("name", c.Name);
        w.WriteString("column", MmmColumns.Spend(spec, index));
        w.WriteNumber("totalSpend", c.TotalSpend);
        w.WriteNumber("totalContribution", c.TotalContribution);
        WriteNullable(w, "roas", c.Roas);
        WriteNullable(w, "marginalRoas", c.MarginalRoas);
        w.WriteNumber("shareOfMedia", c.ShareOfMedia);
        w.WriteNumber("shareOfY", c.ShareOfY);
        w.WriteStartArray("byGeo");
        var repeatedWeights = new RepeatedJsonNumbers(); // a channel's geos mostly share its kernel
        for (int g = 0; g < c.ParametersByGeo.Count; g++)
        {
            var p = c.ParametersByGeo[g];
            w.WriteStartObject();
            w.WriteString("geo", p.Geo);
            w.WriteNumber("spend", c.SpendByGeo[g]);
            w.WriteNumber("contribution", c.ContributionByGeo[g]);
            WriteNullable(w, "roas", c.RoasByGeo[p.Geo]);
            WriteNullable(w, "marginalRoas", c.MarginalRoasByGeo[p.Geo]);
            WriteNullable(w, "shareOfMedia", c.ShareOfMediaByGeo[p.Geo]);
            w.WriteString("pattern", EnumTexts.SpendPatterns[p.Pattern]);
            w.WriteNumber("beta", p.Beta);
            w.WriteString("transformOn", EnumTexts.TransformInputs[p.TransformOn]);
            w.WriteString("mediaUnit", EnumTexts.MediaUnits[p.Unit]);
            w.WriteNumber("signalScale", p.SignalScale);
            w.WriteString("order", EnumTexts.TransformOrders[p.Order]);
            MediaTruthJson.WriteAdstock(w, p.AdstockKind, p.Alpha, p.Theta, p.WeibullShape, p.WeibullScale, p.MaxLag, p.Normalize, p.AdstockWeights, repeatedWeights);
            MediaTruthJson.WriteSaturation(w, p.SaturationKind, p.HalfSaturation, p.Slope, p.Lambda, p.TanhScale);
            w.WriteEndObject();
            FlushWhenFull(w);
        }
        w.WriteEndArray();
        w.WriteStartArray("responseCurve");
        foreach (var point in c.ResponseCurve)
        {
            w.WriteStartObject();
            w.WriteNumber("multiplier", point.Multiplier);
            w.WriteNumber("contribution", point.TotalContribution);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteOracle(w, c.Oracle, c.ParametersByGeo);
        w.WriteEndObject();
    }

    private static void WriteOracle(Utf8JsonWriter w, ChannelOracle o, System.Collections.Generic.IReadOnlyList<ChannelGeoParameters> geos)
    {
        w.WriteStartObject("oracle");
        WriteNullable(w, "betaSe", o.BetaSe);
        WriteNullable(w, "roasSe", o.RoasSe);
        WriteNullable(w, "relativeSe", o.RelativeSe);
        WriteNullable(w, "vif", o.Vif);
        w.WriteBoolean("identifiable", o.Identifiable);
        w.WriteStartArray("byGeo");
        foreach (var p in geos)
        {
            w.WriteStartObject();
            w.WriteString("geo", p.Geo);
            WriteNullable(w, "betaSe", o.BetaSeByGeo[p.Geo]);
            WriteNullable(w, "roasSe", o.RoasSeByGeo[p.Geo]);
            WriteNullable(w, "relativeSe", o.RelativeSeByGeo[p.Geo]);
            WriteNullable(w, "vif", o.VifByGeo[p.Geo]);
            w.WriteBoolean("identifiable", o.IdentifiableByGeo[p.Geo]);
            w.WriteEndObject();
            FlushWhenFull(w);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    // The optimum for the realised budget: contributions in KPI units, revenue and its proven upper bound in revenue.
    private static void WriteOptimalAllocation(Utf8JsonWriter w, Decisions.OptimalAllocation a)
    {
        w.WriteStartObject("optimalAllocation");
        Decisions.OptimalAllocationJson.WriteProperties(w, a, new Decisions.BudgetOptions());
        w.WriteEndObject();
    }

    private static void WriteEffect(Utf8JsonWriter w, EffectTruth truth, string column)
    {
        w.WriteStartObject();
        w.WriteString("name", truth.Name);
        w.WriteString("column", column);
        w.WriteNumber("effect", truth.Coefficient);
        w.WriteNumber("totalEffect", truth.Total);
        w.WriteEndObject();
    }

    // The writer holds what it wrote until flushed: flushed now and then, its buffer stays small and is reused instead of
    // growing (copied and freshly touched) to the whole file, tens of MB for a thousand geos.
    private const int FlushAbove = 1 << 16;

    private static void FlushWhenFull(Utf8JsonWriter w)
    {
        if (w.BytesPending > FlushAbove) w.Flush();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
