using MmmFixtures.Randomness;

namespace MmmFixtures.Tests.Randomness;

public class StreamKeyTests
{
    private static ulong[] First(StreamKey key, int count)
    {
        var rng = key.Open();
        return Enumerable.Range(0, count).Select(_ => rng.NextUInt64()).ToArray();
    }

    // Pinned reference vectors: if any of these change, every dataset changes, which is an
    // algorithm-version bump (see the README), never an accident.
    [Fact]
    public void Reference_vectors_are_pinned()
    {
        Assert.Equal(PinnedRoot42, First(StreamKey.Root(42), 3));
        Assert.Equal(PinnedRoot0, First(StreamKey.Root(0), 3));
        Assert.Equal(PinnedTvSpend, First(StreamKey.Root(42).Then("geo").Then(3).Then("channel").Then("tv").Then("spend"), 3));
        Assert.Equal(PinnedPersona, First(StreamKey.Root(ulong.MaxValue).Then("user").Then(17).Then("persona"), 3));
    }

    [Fact]
    public void A_path_does_not_depend_on_other_paths_opened_before_it()
    {
        var root = StreamKey.Root(9);
        ulong[] alone = First(root.Then("geo").Then(17).Then("noise"), 5);
        // Open many other streams and draw from them, in another order.
        for (int g = 30; g >= 0; g--) First(root.Then("geo").Then(g).Then("noise"), 10);
        ulong[] afterOthers = First(root.Then("geo").Then(17).Then("noise"), 5);
        Assert.Equal(alone, afterOthers);
    }

    [Fact]
    public void Nearby_paths_address_unrelated_streams()
    {
        var root = StreamKey.Root(1);
        var keys = new[]
        {
            root.Then("ab").Then("c"), root.Then("a").Then("bc"), root.Then("abc"),
            root.Then(3), root.Then("3"), root.Then(3).Then(4), root.Then(4).Then(3),
            StreamKey.Root(2).Then(3), root.Then("Tv"), root.Then("tv"), root,
        };
        Assert.Equal(keys.Length, keys.Select(k => k.Value).Distinct().Count());
        var firstOutputs = keys.Select(k => k.Open().NextUInt64()).ToArray();
        Assert.Equal(keys.Length, firstOutputs.Distinct().Count());
    }

    [Fact]
    public void Many_sibling_streams_are_pairwise_uncorrelated()
    {
        // 200 geo streams: the correlation of their first 2000 uniforms stays within noise (|r| < 5/√2000).
        var root = StreamKey.Root(5).Then("geo");
        var series = Enumerable.Range(0, 200).Select(g =>
        {
            var rng = root.Then(g).Open();
            return Enumerable.Range(0, 2000).Select(_ => rng.NextDouble()).ToArray();
        }).ToArray();
        for (int i = 1; i < series.Length; i++)
        {
            double r = MathNet.Numerics.Statistics.Correlation.Pearson(series[i - 1], series[i]);
            Assert.True(Math.Abs(r) < 5 / Math.Sqrt(2000), $"streams {i - 1} and {i}: r = {r}");
        }
    }

    private static readonly ulong[] PinnedRoot42 = { 17739245162677330943UL, 16086616609487788272UL, 6225734039589394199UL };
    private static readonly ulong[] PinnedRoot0 = { 5162731476944601628UL, 4853971382220785905UL, 16310537792666910556UL };
    private static readonly ulong[] PinnedTvSpend = { 2688297797017777288UL, 12574999507943818779UL, 17128592418591853849UL };
    private static readonly ulong[] PinnedPersona = { 17866019872653419464UL, 16101718441614895493UL, 2001396799585214549UL };
}
