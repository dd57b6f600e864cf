using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Naming;

namespace MmmFixtures.Mmm.Scoring;

/// <summary>
/// The names an estimate may use for a panel's channels and components: the declared name, or the column name of the
/// panel's own files (<c>x1_tv</c> in data.csv, <c>contribution_tv</c>, <c>control_price</c>, <c>event_sale</c> in
/// truth_components.csv), so a table shaped like truth_components.csv reads as estimates.
/// </summary>
internal static class EstimateNames
{
    /// <summary>The components besides controls and events; <c>baseline</c> is intercept + trend + seasonality + controls + events.</summary>
    public static readonly string[] BaseComponents = { "intercept", "trend", "seasonality", "baseline" };

    /// <summary>The declaration index of the channel <paramref name="name"/> refers to, or −1.</summary>
    public static int Channel(MmmSpec spec, string name)
    {
        for (int c = 0; c < spec.Channels.Count; c++)
            if (name == spec.Channels[c].Name || name == MmmColumns.Spend(spec, c) || name == "contribution_" + EntityNames.ToSnakeCase(spec.Channels[c].Name))
                return c;
        return -1;
    }

    /// <summary>The component <paramref name="name"/> refers to (a base component, or a control's or an event's declared name), or null.</summary>
    public static string? Component(MmmSpec spec, string name)
    {
        if (BaseComponents.Contains(name, StringComparer.Ordinal)) return name;
        foreach (var (prefix, names) in new[] { ("control_", spec.Controls.Select(k => k.Name)), ("event_", spec.Events.Select(e => e.Name)) })
            foreach (string entity in names)
                if (name == entity || name == prefix + EntityNames.ToSnakeCase(entity)) return entity;
        return null;
    }

    /// <summary>Every component name of <paramref name="spec"/>, for messages.</summary>
    public static IEnumerable<string> Components(MmmSpec spec) =>
        BaseComponents.Concat(spec.Controls.Select(k => k.Name)).Concat(spec.Events.Select(e => e.Name));
}
