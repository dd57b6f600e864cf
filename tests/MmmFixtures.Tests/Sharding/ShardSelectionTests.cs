using MmmFixtures.Randomness;
using MmmFixtures.Sharding;

namespace MmmFixtures.Tests.Sharding;

public sealed class ShardSelectionTests
{
    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("3/8", 3, 8)]
    public void Parses_k_slash_n(string text, int index, int count) => Assert.Equal(new ShardSelection(index, count), ShardSelection.Parse(text));

    [Theory]
    [InlineData("3")]
    [InlineData("a/2")]
    [InlineData("/2")]
    [InlineData("-1/2")]
    [InlineData("1/2/3")]
    public void Refuses_what_is_not_two_integers(string text) => Assert.Null(ShardSelection.Parse(text));

    [Fact]
    public void The_entity_hash_is_the_stream_key_of_its_path_under_root_0_pinned()
    {
        Assert.Equal(StreamKey.Root(0).Then("user").Then(17).Value, ShardSelection.EntityHash("user", 17));
        Assert.Equal(StreamKey.Root(0).Then("geo").Then("north").Value, ShardSelection.EntityHash("geo", "north"));
        // Pinned: shard membership must never change between versions or machines.
        Assert.Equal(9123188598578271537UL, ShardSelection.EntityHash("user", 1));
    }

    [Fact]
    public void Every_entity_is_in_exactly_one_shard()
    {
        for (int n = 1; n <= 9; n++)
            for (long id = 1; id <= 200; id++)
            {
                ulong hash = ShardSelection.EntityHash("user", id);
                Assert.Single(Enumerable.Range(0, n), k => new ShardSelection(k, n).Contains(hash));
            }
    }

    [Fact]
    public void Both_fields_out_of_range_are_named_together()
    {
        var problems = new ShardSelection(-2, 0).Problems();
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Shard.Count = 0"));
        Assert.Contains(problems, p => p.StartsWith("Shard.Index = -2"));
    }
}
