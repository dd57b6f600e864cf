namespace MmmFixtures.Mmm;

/// <summary>The truth of one geo: its drawn base level (the intercept) and declared population.</summary>
/// <param name="Name">The geo's name.</param>
/// <param name="Population">The declared population, or null.</param>
/// <param name="Base">base[g]: the intercept and the scale of trend, seasonality and noise.</param>
public sealed record GeoTruth(string Name, double? Population, double Base);
