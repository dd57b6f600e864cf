using System;

namespace MmmFixtures;

/// <summary>
/// A shop of a <see cref="CommerceDatasetAttribute"/> fixture; its name becomes a member of the generated <c>Tenant</c>
/// enum, of the typed data and truth, and the name of its export folder. Unset properties take the defaults of
/// <c>TenantSpec</c> (its weather, orders, Meta, Google and e-mail records).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class TenantAttribute : Attribute
{
    /// <summary>Declares the tenant <paramref name="name"/> (a C# identifier).</summary>
    public TenantAttribute(string name) => Name = name;

    /// <summary>The tenant's name.</summary>
    public string Name { get; }
    /// <summary>What the shop sells: the seasonal curve's peak and the product names. Default: Fashion.</summary>
    public CommerceCategory Category { get; set; }
    /// <summary>Expected daily net revenue with every log term at zero. Default: 5000.</summary>
    public double BaseRevenue { get; set; }
    /// <summary>e_T: change of ln μ per standard deviation of the temperature anomaly. Default: 0.</summary>
    public double TemperatureElasticity { get; set; }
    /// <summary>e_P: change of ln μ per standard deviation of precipitation around its normal. Default: 0.</summary>
    public double PrecipitationElasticity { get; set; }
    /// <summary>Amplitude (in ln μ) of the category's seasonal curve. Default: 0.2.</summary>
    public double SeasonalAmplitude { get; set; }
    /// <summary>Relative lift of Saturdays and Sundays. Default: 0.1.</summary>
    public double WeekendLift { get; set; }
    /// <summary>σ_ε of the daily log-demand noise. Default: 0.05.</summary>
    public double DemandNoiseSd { get; set; }
    /// <summary>The shop's time zone offset from UTC, in hours. Default: 0.</summary>
    public double UtcOffsetHours { get; set; }
    /// <summary>Annual mean of the daily mean temperature, °C. Default: 12.</summary>
    public double MeanTemperature { get; set; }
    /// <summary>Half the difference between the warmest and coldest normal day, °C. Default: 10.</summary>
    public double TemperatureAmplitude { get; set; }
    /// <summary>Day of the year of the warmest normal day. Default: 200.</summary>
    public int WarmestDay { get; set; }
    /// <summary>σ_T: stationary standard deviation of the temperature anomaly, °C. Default: 3.</summary>
    public double TemperatureAnomalySd { get; set; }
    /// <summary>φ: lag-1 autocorrelation of the temperature anomaly. Default: 0.6.</summary>
    public double TemperaturePersistence { get; set; }
    /// <summary>Mean difference between the day's maximum and minimum, °C. Default: 9.</summary>
    public double DiurnalRange { get; set; }
    /// <summary>P(wet | previous day dry). Default: 0.25.</summary>
    public double WetAfterDry { get; set; }
    /// <summary>P(wet | previous day wet). Default: 0.6.</summary>
    public double WetAfterWet { get; set; }
    /// <summary>Shape of the gamma law of a wet day's amount. Default: 0.75.</summary>
    public double RainShape { get; set; }
    /// <summary>Mean amount of a wet day, mm. Default: 6.</summary>
    public double RainMeanMm { get; set; }
    /// <summary>The intended average net order value. Default: 80.</summary>
    public double AverageOrderValue { get; set; }
    /// <summary>Mean daily Meta spend. Default: 350.</summary>
    public double MetaDailySpend { get; set; }
    /// <summary>Mean daily Google Ads spend. Default: 320.</summary>
    public double GoogleDailySpend { get; set; }
    /// <summary>β of Meta: its log-lift of demand at full saturation. Default: 0.1.</summary>
    public double MetaBeta { get; set; }
    /// <summary>β of Google Ads: its log-lift of demand at full saturation. Default: 0.08.</summary>
    public double GoogleBeta { get; set; }
    /// <summary>β_email: the log-lift of demand on a send day. Default: 0.05.</summary>
    public double EmailBeta { get; set; }
    /// <summary>Probability that a day has an e-mail campaign send. Default: 0.2857142857142857.</summary>
    public double EmailSendProbability { get; set; }
}
