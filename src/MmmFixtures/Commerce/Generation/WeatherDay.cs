using System;

namespace MmmFixtures.Commerce;

/// <summary>A day of weather at a tenant's location (a row of <c>weather_daily.csv</c>).</summary>
/// <param name="Date">The local date.</param>
/// <param name="TempC">Daily mean temperature, °C.</param>
/// <param name="TempMaxC">Daily maximum, °C.</param>
/// <param name="TempMinC">Daily minimum, °C.</param>
/// <param name="PrecipMm">Precipitation, mm.</param>
/// <param name="TempRoll7">Mean of TempC over this day and the 6 before (fewer at the start).</param>
/// <param name="PrecipRoll7">Sum of PrecipMm over this day and the 6 before (fewer at the start).</param>
/// <param name="TempNormalC">The climatological normal T̄(τ).</param>
/// <param name="PrecipNormalMm">The normal precipitation: stationary P(wet) × mean wet-day amount.</param>
/// <param name="TempAnomaly">TempC − TempNormalC.</param>
/// <param name="PrecipAnomaly">PrecipMm − PrecipNormalMm.</param>
/// <param name="TempZ">TempAnomaly / σ_T (the declared sd, not a sample statistic).</param>
/// <param name="PrecipZ">PrecipAnomaly / sd_P (the chain's stationary sd).</param>
public sealed record WeatherDay(DateTime Date, double TempC, double TempMaxC, double TempMinC, double PrecipMm, double TempRoll7, double PrecipRoll7,
    double TempNormalC, double PrecipNormalMm, double TempAnomaly, double PrecipAnomaly, double TempZ, double PrecipZ);
