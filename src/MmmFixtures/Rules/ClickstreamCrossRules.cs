using System;
using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Rules;

/// <summary>
/// The clickstream checks that relate fields to each other but depend only on constants, shared by the
/// runtime validator and the generator's diagnostics. Shared source, linked into the generator.
/// </summary>
internal static class ClickstreamCrossRules
{
    /// <summary>How far the persona shares may be from summing to 1.</summary>
    public const double ShareTolerance = 1e-9;

    /// <summary>The requirement the persona shares break.</summary>
    public const string SharesRequirement = "must sum to 1";

    /// <summary>The sum of the shares, and whether it is 1 within <see cref="ShareTolerance"/>.</summary>
    public static bool SharesSumToOne(IEnumerable<double> shares, out double total)
    {
        total = shares.Sum();
        return Math.Abs(total - 1) <= ShareTolerance;
    }

    /// <summary>Simulated user-days, in 64 bits.</summary>
    public static long UserDays(long users, long days) => users * days;
}
