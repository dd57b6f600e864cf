namespace MmmFixtures.Export;

/// <summary>What a table column holds, written to the manifest's column map in lower case, so scripts select columns by role rather than by name.</summary>
internal enum ColumnRole
{
    /// <summary>The period or moment of a row (a date or timestamp).</summary>
    Time,
    /// <summary>The geography of a row.</summary>
    Geo,
    /// <summary>The outcome a model explains (an MMM panel's <c>y</c>).</summary>
    Kpi,
    /// <summary>A channel's media spend.</summary>
    Spend,
    /// <summary>A channel's media exposure (impressions, clicks).</summary>
    Exposure,
    /// <summary>A control variable's value.</summary>
    Control,
    /// <summary>An event's indicator.</summary>
    Event,
    /// <summary>The population of a row's geography.</summary>
    Population,
    /// <summary>An identifier that joins tables (user, item, session, event ids).</summary>
    Key,
    /// <summary>Any other observable value.</summary>
    Observable,
    /// <summary>A value of the known truth, never observable in real data.</summary>
    Truth,
}
