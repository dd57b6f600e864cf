using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Naming;

namespace MmmFixtures.Mmm;

/// <summary>
/// The canonical CSV column names of a panel: <c>x{i}_{channel}</c> for spend,
/// <c>x{i}_{channel}_impressions</c> / <c>_clicks</c> for exposure, <c>c{i}_{control}</c>, <c>e{i}_{event}</c>;
/// in truth_components.csv <c>contribution_{channel}</c>, <c>control_{control}</c>, <c>event_{event}</c>.
/// Names are lower snake case and i counts from 1 in declaration order.
/// </summary>
public static class MmmColumns
{
    /// <summary>The spend column of channel <paramref name="index"/>.</summary>
    public static string Spend(MmmSpec spec, int index) => $"x{index + 1}_{EntityNames.ToSnakeCase(spec.Channels[index].Name)}";

    /// <summary>The exposure column of channel <paramref name="index"/>, or null when it has no media unit.</summary>
    public static string? Exposure(MmmSpec spec, int index) => spec.Channels[index].Unit switch
    {
        MediaUnit.Cpm => Spend(spec, index) + "_impressions",
        MediaUnit.Cpc => Spend(spec, index) + "_clicks",
        _ => null,
    };

    /// <summary>The value column of control <paramref name="index"/>.</summary>
    public static string Control(MmmSpec spec, int index) => $"c{index + 1}_{EntityNames.ToSnakeCase(spec.Controls[index].Name)}";

    /// <summary>The indicator column of event <paramref name="index"/>.</summary>
    public static string Event(MmmSpec spec, int index) => $"e{index + 1}_{EntityNames.ToSnakeCase(spec.Events[index].Name)}";

    /// <summary>Every column of data.csv, in order.</summary>
    public static IReadOnlyList<string> Data(MmmSpec spec)
    {
        var columns = new List<string> { "date", "geo", "y" };
        columns.AddRange(spec.Channels.Select((_, i) => Spend(spec, i)));
        columns.AddRange(spec.Channels.Select((_, i) => Exposure(spec, i)).OfType<string>());
        columns.AddRange(spec.Controls.Select((_, i) => Control(spec, i)));
        columns.AddRange(spec.Events.Select((_, i) => Event(spec, i)));
        return columns;
    }

    /// <summary>Every column of truth_components.csv, in order; all but date and geo sum to y.</summary>
    public static IReadOnlyList<string> Components(MmmSpec spec)
    {
        var columns = new List<string> { "date", "geo" };
        columns.AddRange(spec.Channels.Select(c => "contribution_" + EntityNames.ToSnakeCase(c.Name)));
        columns.AddRange(new[] { "intercept", "trend", "seasonality" });
        columns.AddRange(spec.Controls.Select(k => "control_" + EntityNames.ToSnakeCase(k.Name)));
        columns.AddRange(spec.Events.Select(e => "event_" + EntityNames.ToSnakeCase(e.Name)));
        columns.Add("noise");
        if (spec.ClampNegativeY) columns.Add("clamp");
        return columns;
    }
}
