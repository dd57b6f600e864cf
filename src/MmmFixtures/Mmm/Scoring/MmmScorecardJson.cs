using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using MmmFixtures.Export;

namespace MmmFixtures.Mmm.Scoring;

/// <summary>
/// Writes a scorecard as JSON (camel-case names of the records' properties; absent metrics are null), in the exports'
/// dialect: indented, LF line endings. The shape: <c>{ channels: [ … ], components: [ … ], allocation, intervalLevel,
/// summary: { all, identifiable } }</c>.
/// </summary>
public static class MmmScorecardJson
{
    /// <summary>The scorecard as indented JSON text with a final newline.</summary>
    public static string Write(MmmScorecard card)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonFormat.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteStartArray("channels");
            foreach (var c in card.Channels) WriteChannel(w, c);
            w.WriteEndArray();
            w.WriteStartArray("components");
            foreach (var c in card.Components)
            {
                w.WriteStartObject();
                w.WriteString("component", c.Component);
                Series(w, "accuracy", c.Accuracy);
                Number(w, "trueTotal", c.TrueTotal);
                Number(w, "estimatedTotal", c.EstimatedTotal);
                Number(w, "shareOfYError", c.ShareOfYError);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteAllocation(w, card.Allocation);
            Number(w, "intervalLevel", card.IntervalLevel);
            w.WriteStartObject("summary");
            WriteSummary(w, "all", card.All);
            WriteSummary(w, "identifiable", card.Identifiable);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteChannel(Utf8JsonWriter w, ChannelScore c)
    {
        w.WriteStartObject();
        w.WriteString("channel", c.Channel);
        w.WriteBoolean("identifiable", c.Identifiable);
        Number(w, "trueRoas", c.TrueRoas);
        Number(w, "oracleRoasSe", c.OracleRoasSe);
        Number(w, "estimatedRoas", c.EstimatedRoas);
        Number(w, "roasError", c.RoasError);
        Number(w, "roasAbsoluteError", c.RoasAbsoluteError);
        Number(w, "roasRelativeError", c.RoasRelativeError);
        Number(w, "roasErrorInOracleSe", c.RoasErrorInOracleSe);
        Number(w, "trueShare", c.TrueShare);
        Number(w, "estimatedShare", c.EstimatedShare);
        Number(w, "shareError", c.ShareError);
        Series(w, "contribution", c.Contribution);
        if (c.Interval is { } i)
        {
            w.WriteStartObject("interval");
            Number(w, "lower", i.Lower);
            Number(w, "upper", i.Upper);
            if (i.Covers is bool covers) w.WriteBoolean("covers", covers);
            else w.WriteNull("covers");
            Number(w, "width", i.Width);
            Number(w, "widthInOracleSe", i.WidthInOracleSe);
            w.WriteEndObject();
        }
        else w.WriteNull("interval");
        w.WriteStartArray("parameters");
        foreach (var p in c.Parameters)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            Number(w, "trueValue", p.TrueValue);
            Number(w, "estimate", p.Estimate);
            Number(w, "absoluteError", p.AbsoluteError);
            Number(w, "relativeError", p.RelativeError);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteAllocation(Utf8JsonWriter w, AllocationScore? a)
    {
        if (a is null)
        {
            w.WriteNull("allocation");
            return;
        }
        w.WriteStartObject("allocation");
        w.WriteString("objective", a.Objective.ToString().ToLowerInvariant());
        Number(w, "budget", a.Budget);
        Number(w, "estimatedObjective", a.EstimatedObjective);
        Number(w, "optimalObjective", a.OptimalObjective);
        Number(w, "absoluteRegret", a.AbsoluteRegret);
        Number(w, "regret", a.Regret);
        Number(w, "certificateGap", a.CertificateGap);
        w.WriteStartArray("channels");
        foreach (var s in a.Spend)
        {
            w.WriteStartObject();
            w.WriteString("channel", s.Channel);
            Number(w, "spend", s.Spend);
            Number(w, "optimalSpend", s.OptimalSpend);
            Number(w, "trueRevenue", s.TrueRevenue);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (a.ByGeo is not null)
        {
            w.WriteStartArray("byGeo");
            foreach (var g in a.ByGeo)
            {
                w.WriteStartObject();
                w.WriteString("channel", g.Spend.Channel);
                w.WriteString("geo", g.Geo);
                Number(w, "spend", g.Spend.Spend);
                Number(w, "optimalSpend", g.Spend.OptimalSpend);
                Number(w, "trueRevenue", g.Spend.TrueRevenue);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, string name, ScoreSummary s)
    {
        w.WriteStartObject(name);
        w.WriteNumber("channels", s.Channels);
        foreach (var (metric, summary) in new (string, MetricSummary)[]
        {
            ("roasAbsoluteError", s.RoasAbsoluteError), ("roasRelativeError", s.RoasRelativeError), ("roasErrorInOracleSe", s.RoasErrorInOracleSe),
            ("contributionMape", s.ContributionMape), ("shareAbsoluteError", s.ShareAbsoluteError), ("parameterRelativeError", s.ParameterRelativeError),
        })
        {
            w.WriteStartObject(metric);
            w.WriteNumber("count", summary.Count);
            Number(w, "mean", summary.Mean);
            Number(w, "median", summary.Median);
            Number(w, "max", summary.Max);
            w.WriteEndObject();
        }
        Number(w, "intervalCoverage", s.IntervalCoverage);
        Number(w, "meanIntervalWidth", s.MeanIntervalWidth);
        Number(w, "meanIntervalWidthInOracleSe", s.MeanIntervalWidthInOracleSe);
        w.WriteEndObject();
    }

    private static void Series(Utf8JsonWriter w, string name, SeriesAccuracy? s)
    {
        if (s is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        Number(w, "mape", s.Mape);
        Number(w, "bias", s.Bias);
        Number(w, "srmse", s.Srmse);
        Number(w, "rSquared", s.RSquared);
        w.WriteNumber("mapeRows", s.MapeRows);
        w.WriteNumber("excludedRows", s.ExcludedRows);
        w.WriteEndObject();
    }

    // JSON has no NaN or infinity: a value that is not finite is written as null, as an absent one.
    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v && !double.IsNaN(v) && !double.IsInfinity(v)) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
