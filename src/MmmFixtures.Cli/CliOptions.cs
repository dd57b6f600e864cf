using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;

namespace MmmFixtures.Cli;

/// <summary>
/// Options whose values are parsed here, so a bad value is reported in words
/// (<c>--seed must be an unsigned integer (0 to 18446744073709551615), got 'abc'</c>), never as a .NET type name.
/// </summary>
internal static class CliOptions
{
    /// <summary>A flag: present or not, never followed by a value.</summary>
    public static Option<bool> Flag(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>A path (file or folder; checked when it is used).</summary>
    public static Option<string?> Path(string name, string helpName, string description) =>
        Parsed(name, helpName, description, "a path", text => text.Length > 0 ? text : null);

    /// <summary>A 64-bit unsigned integer, such as a seed.</summary>
    public static Option<ulong?> UnsignedInteger(string name, string helpName, string description) =>
        Parsed<ulong?>(name, helpName, description, $"an unsigned integer (0 to {ulong.MaxValue})",
            text => ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value) ? value : null);

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static Option<int?> Integer(string name, string helpName, string description, int min, int max) =>
        Parsed<int?>(name, helpName, description, $"an integer from {min} to {max}",
            text => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max ? value : null);

    /// <summary>A size in bytes with an optional K/M/G/T suffix.</summary>
    public static Option<long?> Bytes(string name, string helpName, string description) =>
        Parsed<long?>(name, helpName, description, ByteSize.Syntax, text => ByteSize.TryParse(text, out long bytes) ? bytes : null);

    /// <summary>One of <paramref name="choices"/> (lower-case names of <typeparamref name="T"/>'s values, e.g. <c>csv</c>).</summary>
    public static Option<T?> Choice<T>(string name, string helpName, string description, params T[] choices) where T : struct, Enum =>
        Parsed<T?>(name, helpName, description, $"one of {string.Join(", ", choices.Select(Lower))}",
            text => choices.Where(c => Lower(c) == text).Select(c => (T?)c).FirstOrDefault());

    /// <summary>Names, repeatable and comma-separated (<c>--layout a,b --layout c</c>); blanks are refused.</summary>
    public static Option<string[]> Names(string name, string helpName, string description) =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            AllowMultipleArgumentsPerToken = false,
            CustomParser = result =>
            {
                var names = result.Tokens.SelectMany(t => t.Value.Split(',')).Select(n => n.Trim()).ToArray();
                if (names.Any(n => n.Length == 0)) result.AddError($"{name} must be names separated by commas, got '{string.Join(",", result.Tokens.Select(t => t.Value))}'");
                return names;
            },
        };

    /// <summary>A shard <c>k/n</c> (0 ≤ k &lt; n ≤ <see cref="Sharding.ShardSelection.MaxCount"/>).</summary>
    public static Option<Sharding.ShardSelection?> Shard(string name, string helpName, string description) =>
        Parsed<Sharding.ShardSelection?>(name, helpName, description, $"k/n with 0 <= k < n <= {Sharding.ShardSelection.MaxCount}, e.g. 0/4",
            text => Sharding.ShardSelection.Parse(text) is { } shard && shard.Problems().Count == 0 ? shard : null);

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    // parse returns null for a value it does not accept.
    private static Option<T> Parsed<T>(string name, string helpName, string description, string expectation, Func<string, T> parse) =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result =>
            {
                string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                T value = parse(text);
                if (value is null) result.AddError($"{name} must be {expectation}, got '{text}'");
                return value;
            },
        };
}
