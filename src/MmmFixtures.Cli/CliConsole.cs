using System;
using System.IO;

namespace MmmFixtures.Cli;

/// <summary>Where the tool writes: results to <see cref="Out"/>, errors and progress to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output: results, specs, estimates.</param>
/// <param name="Error">Standard error: errors and progress.</param>
/// <param name="ErrorIsTerminal">True when a person watches standard error (progress is shown only then).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    /// <summary>The process's console.</summary>
    public static CliConsole Process => new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
