namespace MmmFixtures.Mmm;

/// <summary>A geo of the panel: its name and, optionally, its population (recorded; a modelling covariate).</summary>
/// <param name="Name">The geo's name, unique in the panel.</param>
/// <param name="Population">The population, or null.</param>
public sealed record GeoSpec(string Name, double? Population = null);
