namespace MmmFixtures.Mmm.Scoring;

/// <summary>An estimated non-media component (intercept, trend, seasonality, baseline, a control or an event) against the truth.</summary>
/// <param name="Component">The component's name as given.</param>
/// <param name="Accuracy">The per-row metrics.</param>
/// <param name="TrueTotal">Σ of the true component over all rows.</param>
/// <param name="EstimatedTotal">Σ of the estimate over all rows.</param>
/// <param name="ShareOfYError">(estimated total − true total) / Σ y: how much of the KPI the decomposition misplaces through this component.</param>
public sealed record ComponentScore(string Component, SeriesAccuracy Accuracy, double TrueTotal, double EstimatedTotal, double ShareOfYError);
