using MmmFixtures.Series;

namespace MmmFixtures.Commerce;

/// <summary>A campaign of an ad platform and its daily spend, drawn from the shared series patterns.</summary>
/// <param name="Name">The campaign's name, a C# identifier, unique within its platform.</param>
public sealed record CampaignSpec(string Name)
{
    /// <summary>The mean daily spend while active (the pattern's level).</summary>
    public double DailySpend { get; init; } = 200;

    /// <summary>The spend pattern; its <see cref="PatternSpec.Level"/> is replaced by <see cref="DailySpend"/>.</summary>
    public PatternSpec Pattern { get; init; } = new() { Kind = SpendPattern.Constant, Volatility = 0.25, Autocorrelation = 0.6 };
}
