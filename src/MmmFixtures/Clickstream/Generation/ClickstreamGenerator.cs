using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MmmFixtures.Clickstream.Generation;
using MmmFixtures.Randomness;
using MmmFixtures.Concurrency;

namespace MmmFixtures.Clickstream;

/// <summary>
/// Generates clickstreams. <see cref="Generate"/> builds the whole dataset in memory (users in parallel,
/// identical for any thread count); <see cref="StreamUsers"/> and <see cref="StreamEvents"/> produce the
/// same values lazily, user by user, in memory that does not grow with the number of events.
/// </summary>
public static class ClickstreamGenerator
{
    private const int UsersPerChunk = 256;

    /// <summary>Validates <paramref name="spec"/> (every problem at once) and generates the dataset.</summary>
    public static ClickstreamDataset Generate(ClickstreamSpec spec, int maxDegreeOfParallelism = -1)
    {
        var simulator = CreateSimulator(spec);
        int chunks = (spec.Users + UsersPerChunk - 1) / UsersPerChunk;
        var results = new UserActivity[chunks][];
        FirstFailure.Unwrap(() => Parallel.For(0, chunks, CallingThread.Options(maxDegreeOfParallelism), c =>
        {
            int first = c * UsersPerChunk + 1, count = Math.Min(UsersPerChunk, spec.Users - first + 1);
            results[c] = Enumerable.Range(first, count).Select(simulator.Simulate).ToArray();
        }));
        return new ClickstreamDataset(spec, simulator.Items, results.SelectMany(r => r).ToArray());
    }

    /// <summary>Every user's activity, user by user (ids 1..n), lazily: the values of <see cref="Generate"/>.</summary>
    public static IEnumerable<UserActivity> StreamUsers(ClickstreamSpec spec)
    {
        var simulator = CreateSimulator(spec);
        return Iterate(simulator, spec.Users);

        static IEnumerable<UserActivity> Iterate(UserSimulator simulator, int users)
        {
            for (int user = 1; user <= users; user++) yield return simulator.Simulate(user);
        }
    }

    /// <summary>Validates <paramref name="spec"/> (every problem at once) and builds its catalog and the simulator of its users.</summary>
    internal static UserSimulator CreateSimulator(ClickstreamSpec spec)
    {
        ClickstreamSpecValidator.ThrowIfInvalid(spec);
        var root = StreamKey.Root(spec.Seed);
        return new UserSimulator(spec, root, new Catalog(spec, root));
    }

    /// <summary>Every event, user by user and in time order within a user, lazily.</summary>
    public static IEnumerable<ClickEvent> StreamEvents(ClickstreamSpec spec) => StreamUsers(spec).SelectMany(u => u.Events);
}
