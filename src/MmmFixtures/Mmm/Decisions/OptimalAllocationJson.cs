using System;
using System.Text.Json;
using MmmFixtures.EnumText;

namespace MmmFixtures.Mmm.Decisions;

/// <summary>
/// An optimal allocation as JSON, written alike in <c>truth.json</c> (<c>optimalAllocation</c>) and by
/// <c>mmmfixtures optimize --json</c>: contributions in KPI units, the objective and its proven upper bound in revenue.
/// </summary>
internal static class OptimalAllocationJson
{
    /// <summary>Writes the allocation's properties into the object open in <paramref name="w"/>; <paramref name="realisedSpend"/> (channel, geo or null) adds each entry's realised spend.</summary>
    public static void WriteProperties(Utf8JsonWriter w, OptimalAllocation a, BudgetOptions options, Func<string, string?, double>? realisedSpend = null)
    {
        w.WriteString("scope", options.PerGeo ? "perGeo" : "national");
        w.WriteString("objective", EnumTexts.AllocationObjectives[options.Objective].ToLowerInvariant());
        w.WriteNumber("budget", a.Budget);
        w.WriteStartArray("channels");
        foreach (var c in a.Channels) WriteEntry(w, c, null, realisedSpend);
        w.WriteEndArray();
        if (a.ByGeo is not null)
        {
            w.WriteStartArray("byGeo");
            foreach (var g in a.ByGeo) WriteEntry(w, g.Allocation, g.Geo, realisedSpend);
            w.WriteEndArray();
        }
        w.WriteNumber("totalContribution", a.TotalContribution);
        w.WriteNumber("objectiveValue", a.Objective);
        w.WriteNumber("upperBound", a.UpperBound);
        WriteNullable(w, "certificateGap", a.CertificateGap);
    }

    private static void WriteEntry(Utf8JsonWriter w, ChannelAllocation a, string? geo, Func<string, string?, double>? realisedSpend)
    {
        w.WriteStartObject();
        w.WriteString("name", a.Channel);
        if (geo is not null) w.WriteString("geo", geo);
        w.WriteNumber("multiplier", a.Multiplier);
        w.WriteNumber("spend", a.Spend);
        w.WriteNumber("contribution", a.Contribution);
        WriteNullable(w, "marginalReturn", a.MarginalReturn);
        if (realisedSpend is not null) w.WriteNumber("realisedSpend", realisedSpend(a.Channel, geo));
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
