using System;

namespace MmmFixtures.Commerce;

/// <summary>
/// A dated weather event: a heatwave adds <see cref="Magnitude"/> °C (&gt; 0) and a cold snap adds it (&lt; 0) to the
/// mean, maximum and minimum temperature of each of its days; a storm makes its day wet with <see cref="Magnitude"/> mm.
/// </summary>
/// <param name="Kind">What happens.</param>
/// <param name="Start">The first day.</param>
public sealed record WeatherAnomalySpec(WeatherAnomalyKind Kind, DateTime Start)
{
    /// <summary>Number of days (a storm lasts one).</summary>
    public int Days { get; init; } = 1;

    /// <summary>°C added (heatwave &gt; 0, cold snap &lt; 0) or mm of rain (storm &gt; 0).</summary>
    public double Magnitude { get; init; }
}
