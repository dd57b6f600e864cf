using System;

namespace MmmFixtures.Commerce;

/// <summary>A tenant's day in the joined modelling panel (a row of <c>daily_panel.csv</c>).</summary>
/// <param name="Tenant">The tenant's name.</param>
/// <param name="Date">The local date.</param>
/// <param name="NetRevenue">Σ net revenue of the day's order lines.</param>
/// <param name="Orders">Orders placed.</param>
/// <param name="MetaSpend">Meta spend (Σ campaigns).</param>
/// <param name="GoogleSpend">Google spend (Σ campaigns).</param>
/// <param name="EmailSends">E-mails sent (0 on days without a campaign).</param>
/// <param name="TempC">Daily mean temperature, °C.</param>
/// <param name="PrecipMm">Precipitation, mm.</param>
/// <param name="TempZ">Standardised temperature anomaly.</param>
/// <param name="PrecipZ">Standardised precipitation anomaly.</param>
/// <param name="Weekday">ISO weekday, 1 = Monday … 7 = Sunday.</param>
public sealed record TenantDay(string Tenant, DateTime Date, double NetRevenue, long Orders, double MetaSpend, double GoogleSpend, long EmailSends,
    double TempC, double PrecipMm, double TempZ, double PrecipZ, int Weekday);
