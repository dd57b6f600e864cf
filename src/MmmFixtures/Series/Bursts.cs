using System;
using MmmFixtures.Randomness;

namespace MmmFixtures.Series;

/// <summary>
/// Flighting and recurring events: from an idle period a burst starts with probability p and lasts
/// U{min..max} periods; after a burst at least one period is idle. One uniform per idle period, one integer
/// per burst.
/// </summary>
internal static class Bursts
{
    /// <summary>Fills <paramref name="levels"/> with <paramref name="level"/> during bursts and 0 between them.</summary>
    public static void Fill(RandomStream rng, double activationProbability, int minActivePeriods, int maxActivePeriods, double level, Span<double> levels)
    {
        int t = 0;
        while (t < levels.Length)
        {
            if (rng.NextDouble() < activationProbability)
            {
                long length = rng.NextInt64(minActivePeriods, maxActivePeriods);
                for (long i = 0; i < length && t < levels.Length; i++, t++) levels[t] = level;
                if (t < levels.Length) levels[t++] = 0; // the mandatory gap
            }
            else
            {
                levels[t++] = 0;
            }
        }
    }
}
