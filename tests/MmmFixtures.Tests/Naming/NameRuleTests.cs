using MmmFixtures.Naming;

namespace MmmFixtures.Tests.Naming;

public class NameRuleTests
{
    [Theory]
    [InlineData("Tv", true)]
    [InlineData("_private", true)]
    [InlineData("Tv2", true)]
    [InlineData("2Tv", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("Paid Search", false)]
    [InlineData("Télé", false)]
    [InlineData("Ｔv", false)] // a full-width letter is a letter to char.IsLetter, not ASCII
    public void An_identifier_is_ascii_letters_digits_and_underscores_not_starting_with_a_digit(string? name, bool expected) =>
        Assert.Equal(expected, EntityNames.IsIdentifier(name));

    [Fact]
    public void A_name_longer_than_64_characters_is_refused()
    {
        Assert.Null(EntityNames.Problem(new string('a', 64)));
        Assert.Equal("must be at most 64 characters long", EntityNames.Problem(new string('a', 65)));
        Assert.Equal(EntityNames.IdentifierRequirement, EntityNames.Problem("9lives"));
    }

    [Fact]
    public void Collisions_are_exact_case_insensitive_or_by_snake_case_column_and_pair_each_later_name_with_the_first()
    {
        var collisions = NameCollision.Find(new[] { "Tv", "PaidSearch", "TV", null, "Paid_Search", "Tv", "Radio" });
        Assert.Equal(new[] { (0, 2, NameCollisionKind.IgnoringCase), (1, 4, NameCollisionKind.SnakeCase), (0, 5, NameCollisionKind.Exact) },
            collisions.Select(c => (c.First, c.Second, c.Kind)));
    }

    [Fact]
    public void Collision_messages_name_the_first_name_and_its_kind()
    {
        var c = NameCollision.Find(new[] { "PaidSearch", "Paid_Search" }).Single();
        Assert.Equal("must be unique among channels, controls and events (its column 'paid_search' is also channel 'PaidSearch''s)",
            c.Requirement("channels, controls and events", "PaidSearch", "channel"));
        var e = NameCollision.Find(new[] { "Buyer", "BUYER" }).Single();
        Assert.Equal("must be unique among personas ignoring case (it equals 'Buyer')", e.Requirement("personas", "Buyer"));
    }

    [Fact]
    public void Distinct_names_do_not_collide() =>
        Assert.Empty(NameCollision.Find(new[] { "Tv", "Tv2", "Radio", "Search" }));
}
