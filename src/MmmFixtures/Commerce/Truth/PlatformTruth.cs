namespace MmmFixtures.Commerce;

/// <summary>An ad platform's true effect and what it reports, over the whole period.</summary>
/// <param name="Beta">β_p, the log-lift at full saturation.</param>
/// <param name="SignalScale">S, the scale of the media transform (the realised daily spend's maximum).</param>
/// <param name="Spend">Total spend.</param>
/// <param name="IncrementalRevenue">Σ_d (μ[d] − μ_without_p[d]): expected revenue the platform caused.</param>
/// <param name="IncrementalRoas">IncrementalRevenue / Spend (null without spend).</param>
/// <param name="ReportedConversionsValue">Σ platform-reported conversion value.</param>
/// <param name="ReportedRoas">ReportedConversionsValue / Spend (null without spend): biased upward against IncrementalRoas.</param>
public sealed record PlatformTruth(double Beta, double SignalScale, double Spend, double IncrementalRevenue, double? IncrementalRoas,
    double ReportedConversionsValue, double? ReportedRoas);
