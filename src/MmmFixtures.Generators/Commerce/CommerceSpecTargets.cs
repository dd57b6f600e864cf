namespace MmmFixtures.Generators;

/// <summary>Where each commerce attribute property lands in <c>CommerceSpec</c> (values are checked by the shared rule table).</summary>
internal static class CommerceSpecTargets
{
    public static readonly IReadOnlyDictionary<string, SpecTarget> Dataset = SpecTarget.Table(("", "Seed Days"));

    public static readonly IReadOnlyDictionary<string, SpecTarget> Tenant = SpecTarget.Table(
        ("", "Category BaseRevenue TemperatureElasticity PrecipitationElasticity SeasonalAmplitude WeekendLift DemandNoiseSd UtcOffsetHours"),
        ("Weather", "MeanTemperature TemperatureAmplitude WarmestDay TemperatureAnomalySd TemperaturePersistence DiurnalRange "
            + "WetAfterDry WetAfterWet RainShape RainMeanMm"),
        ("Orders", "AverageOrderValue"),
        ("Meta", "MetaBeta=Beta"),
        ("Google", "GoogleBeta=Beta"),
        ("Email", "EmailBeta=Beta EmailSendProbability=SendProbability"));

    /// <summary>The properties that set the daily spend of every campaign of a platform, and the platform's spec property.</summary>
    public static readonly IReadOnlyDictionary<string, string> CampaignSpend = new Dictionary<string, string>
    {
        ["MetaDailySpend"] = "Meta",
        ["GoogleDailySpend"] = "Google",
    };
}
