using MmmFixtures.Mmm.Scoring;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Mmm.Scoring;

/// <summary>Estimates JSON is standard JSON: a trailing comma or a comment is refused at its line and column, in words for the file's author.</summary>
public class MmmEstimatesJsonSyntaxTests
{
    [Theory]
    [InlineData("{ \"channels\": { \"Tv\": { \"roas\": 2.1, } } }", 1, 38)]
    [InlineData("{ \"channels\": {\n  \"Tv\": { \"roas\": 2.1 },\n} }", 3, 1)]
    [InlineData("{ \"intervalLevel\": [0.9,] }", 1, 25)]
    [InlineData("{ // estimates\n \"intervalLevel\": 0.9 }", 1, 3)]
    public void A_trailing_comma_or_a_comment_is_refused_with_its_position(string json, int line, int column)
    {
        var error = Assert.Throws<SpecValidationException>(() => MmmEstimatesJson.Read(json));
        var only = Assert.Single(error.Errors);
        Assert.Equal("$", only.Path);
        Assert.True(error.Message.Contains($"is not valid JSON at line {line}, column {column}:", StringComparison.Ordinal), error.Message);
        Assert.DoesNotContain("reader options", error.Message);
        Assert.DoesNotContain("this mode", error.Message);
    }

    [Fact]
    public void The_same_estimates_without_the_comma_read()
    {
        var e = MmmEstimatesJson.Read("{ \"channels\": { \"Tv\": { \"roas\": 2.1 } } }");
        Assert.Equal(2.1, e.Roas["Tv"]);
    }
}
