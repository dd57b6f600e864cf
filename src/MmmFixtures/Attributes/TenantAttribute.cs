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
    /// <summary>What the shop sells: the seasonal curve's peak and the product names (never the weather). Default: Fashion.</summary>
    public CommerceCategory Category { get; set; }
    /// <summary>Expected daily net revenue with every log-demand term at zero. Default: 5000. Allowed: (0, 1000000000].</summary>
    public double BaseRevenue { get; set; }
    /// <summary>e_T: change of ln μ per standard deviation of the temperature anomaly. Default: 0. Allowed: [-2, 2].</summary>
    public double TemperatureElasticity { get; set; }
    /// <summary>e_P: change of ln μ per standard deviation of precipitation around its normal. Default: 0. Allowed: [-2, 2].</summary>
    public double PrecipitationElasticity { get; set; }
    /// <summary>Amplitude (in ln μ) of the category's seasonal curve. Default: 0.2. Allowed: [0, 2].</summary>
    public double SeasonalAmplitude { get; set; }
    /// <summary>Relative lift of Saturdays and Sundays (weekday term ln(1 + lift)). Default: 0.1. Allowed: [-0.9, 2].</summary>
    public double WeekendLift { get; set; }
    /// <summary>σ_ε: standard deviation of the daily log-demand noise. Default: 0.05. Allowed: [0, 1].</summary>
    public double DemandNoiseSd { get; set; }
    /// <summary>Fixed offset of the shop's time zone from UTC, in hours. Default: 0. Allowed: [-12, 14].</summary>
    public double UtcOffsetHours { get; set; }
    /// <summary>Annual mean of the daily mean temperature, °C. Default: 12. Allowed: [-60, 60].</summary>
    public double MeanTemperature { get; set; }
    /// <summary>Half the difference between the warmest and coldest normal day, °C. Default: 10. Allowed: [0, 40].</summary>
    public double TemperatureAmplitude { get; set; }
    /// <summary>Day of the year of the warmest normal day. Default: 200. Allowed: [1, 366].</summary>
    public int WarmestDay { get; set; }
    /// <summary>σ_T: stationary standard deviation of the temperature anomaly, °C (zT divides by it). Default: 3. Allowed: (0, 20].</summary>
    public double TemperatureAnomalySd { get; set; }
    /// <summary>φ: lag-1 autocorrelation of the temperature anomaly. Default: 0.6. Allowed: [0, 1).</summary>
    public double TemperaturePersistence { get; set; }
    /// <summary>Mean difference between the day's maximum and minimum, °C. Default: 9. Allowed: [0, 40].</summary>
    public double DiurnalRange { get; set; }
    /// <summary>P(wet | previous day dry). Default: 0.25. Allowed: (0, 1).</summary>
    public double WetAfterDry { get; set; }
    /// <summary>P(wet | previous day wet). Default: 0.6. Allowed: [0, 1).</summary>
    public double WetAfterWet { get; set; }
    /// <summary>Shape of the gamma law of a wet day's amount. Default: 0.75. Allowed: [0.1, 10].</summary>
    public double RainShape { get; set; }
    /// <summary>Mean amount of a wet day, mm. Default: 6. Allowed: (0, 500].</summary>
    public double RainMeanMm { get; set; }
    /// <summary>Intended average net order value (the exact AOV is truth). Default: 80. Allowed: (0, 1000000].</summary>
    public double AverageOrderValue { get; set; }
    /// <summary>Daily spend of every Meta campaign (unset, the default campaigns keep theirs: Prospecting 250, Retargeting 100). Default: 200. Allowed: [0, 10000000].</summary>
    public double MetaDailySpend { get; set; }
    /// <summary>Daily spend of every Google Ads campaign (unset, the default campaigns keep theirs: Search_Brand 120, Shopping 200). Default: 200. Allowed: [0, 10000000].</summary>
    public double GoogleDailySpend { get; set; }
    /// <summary>β of Meta: the log-lift of demand at full saturation of its spend. Default: 0.1. Allowed: [0, 2].</summary>
    public double MetaBeta { get; set; }
    /// <summary>β of Google Ads: the log-lift of demand at full saturation of its spend. Default: 0.08. Allowed: [0, 2].</summary>
    public double GoogleBeta { get; set; }
    /// <summary>β_email: the log-lift of demand on a send day. Default: 0.05. Allowed: [0, 2].</summary>
    public double EmailBeta { get; set; }
    /// <summary>Probability that a day has an e-mail campaign send (0 = no e-mail). Default: 0.2857142857142857. Allowed: [0, 1].</summary>
    public double EmailSendProbability { get; set; }
}
