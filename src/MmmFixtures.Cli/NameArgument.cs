using System;
using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Cli;

/// <summary>
/// A name given on the command line (a channel of <c>--bounds</c>) matched against the names a dataset has: exactly, else
/// ignoring case when only one name matches that way (people type <c>tv</c> for <c>Tv</c>).
/// </summary>
internal static class NameArgument
{
    /// <summary>The name <paramref name="given"/> means, or null with <paramref name="problem"/> saying why and what exists.</summary>
    /// <param name="given">What the user typed.</param>
    /// <param name="names">The names that exist, in order.</param>
    /// <param name="noun">What a name names, e.g. <c>channel</c>.</param>
    /// <param name="nouns">Its plural, e.g. <c>channels</c>.</param>
    /// <param name="problem">Null when a name matched; otherwise the message, e.g. <c>unknown channel 'tV'; did you mean 'TV' or 'Tv'? channels: …</c>.</param>
    public static string? Match(string given, IReadOnlyList<string> names, string noun, string nouns, out string? problem)
    {
        problem = null;
        if (names.Contains(given, StringComparer.Ordinal)) return given;
        var ignoringCase = names.Where(n => string.Equals(n, given, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (ignoringCase.Length == 1) return ignoringCase[0];
        // Several names differ from it only in case, or it starts some names (a cut-short 'Vid' for Video and Video2).
        var close = ignoringCase.Length > 0 ? ignoringCase
            : names.Where(n => given.Length > 0 && n.StartsWith(given, StringComparison.OrdinalIgnoreCase)).ToArray();
        string suggestion = close.Length == 0 ? "" : $" did you mean {string.Join(" or ", close.Select(n => $"'{n}'"))}?";
        problem = $"unknown {noun} '{given}';{suggestion} {nouns}: {string.Join(", ", names)}";
        return null;
    }
}
