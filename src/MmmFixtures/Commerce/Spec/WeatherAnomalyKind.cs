namespace MmmFixtures;

/// <summary>The kind of an injected weather event.</summary>
public enum WeatherAnomalyKind
{
    /// <summary>Several days warmer by a given number of °C.</summary>
    Heatwave,
    /// <summary>Several days colder by a given number of °C.</summary>
    ColdSnap,
    /// <summary>One day with a given amount of rain.</summary>
    Storm,
}
