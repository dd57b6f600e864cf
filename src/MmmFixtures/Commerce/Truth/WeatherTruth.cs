using System.Collections.Generic;

namespace MmmFixtures.Commerce;

/// <summary>The weather parameters of a tenant's location, declared and derived, with the injected anomalies.</summary>
/// <param name="TemperatureAnomalySd">σ_T, the divisor of zT.</param>
/// <param name="TemperaturePersistence">φ.</param>
/// <param name="StationaryWetProbability">The chain's stationary P(wet) = WetAfterDry / (1 − WetAfterWet + WetAfterDry) (of the annual chain).</param>
/// <param name="PrecipitationSd">sd_P, the stationary standard deviation of daily precipitation, the divisor of zP.</param>
/// <param name="RainShape">The gamma shape of wet-day amounts.</param>
/// <param name="RainMeanMm">The mean wet-day amount, mm.</param>
/// <param name="Anomalies">The injected events, as declared.</param>
public sealed record WeatherTruth(double TemperatureAnomalySd, double TemperaturePersistence, double StationaryWetProbability, double PrecipitationSd,
    double RainShape, double RainMeanMm, IReadOnlyList<WeatherAnomalySpec> Anomalies);
