using MmmFixtures.Cli;

namespace MmmFixtures.Tests.Cli;

/// <summary>Every option type reports a bad value in words, naming the option and the value, never a .NET type.</summary>
public sealed class ParseErrorTests
{
    private const string SizeSyntax = "a size in bytes, optionally with a K, M, G or T suffix (e.g. 500M, 64G)";

    public static TheoryData<string[], string> BadValues => new()
    {
        { new[] { "mmm", "--preset", "Basic", "--seed", "abc" }, "--seed must be an unsigned integer (0 to 18446744073709551615), got 'abc'" },
        { new[] { "mmm", "--preset", "Basic", "--seed", "-1" }, "--seed must be an unsigned integer (0 to 18446744073709551615), got '-1'" },
        { new[] { "mmm", "--preset", "Basic", "--seed", "18446744073709551616" }, "--seed must be an unsigned integer (0 to 18446744073709551615), got '18446744073709551616'" },
        { new[] { "mmm", "--preset", "Basic", "--seed", "1.5" }, "--seed must be an unsigned integer (0 to 18446744073709551615), got '1.5'" },
        { new[] { "clickstream", "--preset", "Small", "--threads", "0" }, "--threads must be an integer from 1 to 1024, got '0'" },
        { new[] { "clickstream", "--preset", "Small", "--threads", "many" }, "--threads must be an integer from 1 to 1024, got 'many'" },
        { new[] { "mmm", "--preset", "Basic", "--max-bytes", "12Q" }, $"--max-bytes must be {SizeSyntax}, got '12Q'" },
        { new[] { "mmm", "--preset", "Basic", "--max-bytes", "-5" }, $"--max-bytes must be {SizeSyntax}, got '-5'" },
        { new[] { "mmm", "--preset", "Basic", "--out", "" }, "--out must be a path, got ''" },
        { new[] { "mmm", "--spec", "", "--dry-run" }, "--spec must be a path, got ''" },
        { new[] { "mmm", "--preset", "Basic", "--quiet", "yes" }, "Unrecognized command or argument 'yes'" },
        { new[] { "presets", "--json", "pretty" }, "Unrecognized command or argument 'pretty'" },
        { new[] { "mmm", "--preset", "Basic", "--seed" }, "Required argument missing for option: '--seed'" },
        { new[] { "mmm", "--preset" }, "Required argument missing for option: '--preset'" },
        { new[] { "frobnicate" }, "Unrecognized command or argument 'frobnicate'" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void A_bad_value_is_one_message_in_words_and_exit_2(string[] args, string expected)
    {
        var (exit, output, error) = CliRun.Run(args);
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Equal("", output);
        Assert.Contains("error: " + expected, error);
        Assert.DoesNotContain("System.", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Contains("--help' for usage.", error);
    }

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("512", 512L)]
    [InlineData("1K", 1024L)]
    [InlineData("1k", 1024L)]
    [InlineData("1KB", 1024L)]
    [InlineData("500M", 500L << 20)]
    [InlineData("64GiB", 64L << 30)]
    [InlineData("20G", 20L << 30)]
    [InlineData("2T", 2L << 40)]
    [InlineData("8388607T", 8388607L << 40)]
    public void Sizes_take_plain_bytes_and_binary_suffixes(string text, long bytes)
    {
        Assert.True(ByteSize.TryParse(text, out long parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("K")]
    [InlineData("-1")]
    [InlineData("1.5G")]
    [InlineData("1P")]
    [InlineData("9223372036854775808")]
    [InlineData("8388608T")]
    public void Sizes_refuse_what_is_not_a_whole_size_that_fits(string text)
    {
        Assert.False(ByteSize.TryParse(text, out _));
    }

    [Theory]
    [InlineData(0L, "0 bytes")]
    [InlineData(1023L, "1023 bytes")]
    [InlineData(1024L, "1.0 KiB")]
    [InlineData(1536L, "1.5 KiB")]
    [InlineData(20L << 30, "20.0 GiB")]
    public void Sizes_are_formatted_in_binary_units(long bytes, string text)
    {
        Assert.Equal(text, ByteSize.Format(bytes));
    }

    [Theory]
    [InlineData(1L, "1K")]
    [InlineData(1024L, "1K")]
    [InlineData(1025L, "2K")]
    [InlineData(3L << 30, "3G")]
    [InlineData((3L << 30) + 1, "4G")]
    [InlineData(5L << 40, "5T")]
    public void A_suggested_limit_admits_the_size_and_parses_back(long bytes, string text)
    {
        Assert.Equal(text, ByteSize.RoundedUp(bytes));
        Assert.True(ByteSize.TryParse(text, out long limit));
        Assert.True(limit >= bytes);
    }
}
