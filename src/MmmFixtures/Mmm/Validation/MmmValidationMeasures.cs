namespace MmmFixtures.Mmm;

/// <summary>
/// The numbers <see cref="MmmPanelValidator"/> measured, whether or not they raised a finding, so a report can say by
/// how much a passed check passed.
/// </summary>
/// <param name="WorstIdentityError">The largest relative error of y = Σ components over all rows (compared with <see cref="MmmPanelValidator.IdentityTolerance"/>).</param>
/// <param name="HighestSpendCorrelation">The most correlated pair of channels' spend and its correlation; null with fewer than two channels.</param>
/// <param name="SignalToNoise">sd of total media contribution / sd of noise; null without channels or without noise.</param>
public sealed record MmmValidationMeasures(double WorstIdentityError, (string First, string Second, double Correlation)? HighestSpendCorrelation, double? SignalToNoise);
