using MmmFixtures.Reporting;

namespace MmmFixtures.Tests.Reporting;

public class ReportFocusTests
{
    private static readonly string[] Names = ["north", "South", "south_east"];

    [Theory]
    [InlineData(null, 0)]
    [InlineData("South", 1)]
    [InlineData("south", 1)]
    [InlineData("SOUTH_EAST", 2)]
    public void Finds_the_named_entity_or_the_first(string? focus, int expected) => Assert.Equal(expected, ReportFocus.Resolve(focus, Names, "geo"));

    [Fact]
    public void An_unknown_focus_names_every_choice()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportFocus.Resolve("west", Names, "geo"));
        Assert.Contains("'west'", ex.Message);
        Assert.Contains("choose a geo among north, South, south_east", ex.Message);
    }
}
