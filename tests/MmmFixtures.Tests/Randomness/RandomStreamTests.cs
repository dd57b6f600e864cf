using MmmFixtures.Randomness;

namespace MmmFixtures.Tests.Randomness;

public class RandomStreamTests
{
    [Fact]
    public void Xoshiro256StarStar_matches_the_reference_implementation()
    {
        // From the authors' xoshiro256starstar.c with state {1, 2, 3, 4}; the first value by hand:
        // rotl(2·5, 7)·9 = 1280·9 = 11520.
        var rng = new RandomStream(1, 2, 3, 4);
        Assert.Equal(11520UL, rng.NextUInt64());
        Assert.Equal(0UL, rng.NextUInt64());
        Assert.Equal(1509978240UL, rng.NextUInt64());
        Assert.Equal(1215971899390074240UL, rng.NextUInt64());
    }

    [Fact]
    public void SplitMix64_matches_the_reference_implementation()
    {
        // splitmix64.c seeded with 0.
        ulong state = 0;
        Assert.Equal(0xE220A8397B1DCDAFUL, SplitMix64.Next(ref state));
        Assert.Equal(0x6E789E6AA1B965F4UL, SplitMix64.Next(ref state));
        Assert.Equal(0x06C45D188009454FUL, SplitMix64.Next(ref state));
    }

    [Fact]
    public void All_zero_state_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new RandomStream(0, 0, 0, 0));

    [Fact]
    public void Doubles_lie_in_their_documented_intervals()
    {
        var rng = StreamKey.Root(3).Open();
        for (int i = 0; i < 100_000; i++)
        {
            double u = rng.NextDouble();
            Assert.InRange(u, 0.0, 1.0 - 1.0 / (1L << 53));
            double open = rng.NextOpenDouble();
            Assert.True(open > 0 && open < 1);
        }
    }

    [Fact]
    public void Bulk_doubles_equal_one_at_a_time_doubles()
    {
        var one = StreamKey.Root(8).Open();
        var bulk = StreamKey.Root(8).Open();
        var filled = new double[1000];
        bulk.NextDoubles(filled);
        Assert.Equal(Enumerable.Range(0, 1000).Select(_ => one.NextDouble()), filled);
        Assert.Equal(one.NextUInt64(), bulk.NextUInt64()); // and the streams stay in step
    }

    [Fact]
    public void Bounded_integers_are_unbiased_and_in_range()
    {
        var rng = StreamKey.Root(3).Then("bounded").Open();
        var counts = new int[7];
        for (int i = 0; i < 70_000; i++) counts[rng.NextInt64(-3, 3) + 3]++;
        // Each face expects 10 000; 5 standard deviations is ±474.
        Assert.All(counts, c => Assert.InRange(c, 9_526, 10_474));
        Assert.Equal(long.MinValue + 5, new RandomStream(1, 2, 3, 4).NextInt64(long.MinValue + 5, long.MinValue + 5));
    }

    [Fact]
    public void A_restarted_stream_draws_what_a_new_stream_of_its_key_draws()
    {
        var reused = StreamKey.Root(5).Then("a").Open();
        for (int key = 0; key < 50; key++)
        {
            for (int i = 0; i < key; i++) reused.NextUInt64(); // whatever state it was left in
            var fresh = StreamKey.Root(5).Then(key).Open();
            Assert.Same(reused, reused.Restart(StreamKey.Root(5).Then(key)));
            for (int i = 0; i < 20; i++) Assert.Equal(fresh.NextUInt64(), reused.NextUInt64());
        }
    }
}
