namespace MmmFixtures.Mmm;

/// <summary>One point of a counterfactual response curve: spend multiplied by <paramref name="Multiplier"/> gives <paramref name="TotalContribution"/>.</summary>
/// <param name="Multiplier">k, the factor applied to the channel's spend in every geo and period.</param>
/// <param name="TotalContribution">The channel's contribution summed over geos and periods, with S and noise held fixed.</param>
public readonly record struct ResponsePoint(double Multiplier, double TotalContribution);
