using System;
using System.IO;
using System.Reflection;

namespace MmmFixtures.Cli;

/// <summary>
/// The argument-free commands (<c>--version</c>, <c>presets</c>, <c>presets --json</c>) answered without building the
/// command tree: System.CommandLine's parser, its help resources and the families' descriptors are most of what those
/// commands would otherwise touch at start-up. They print what the full parser prints (a test compares the two); every
/// other command line, including these commands with anything more, goes to <see cref="CommandLineApp"/>.
/// </summary>
internal static class QuickCommands
{
    /// <summary>Runs <paramref name="args"/> if it is one of the quick commands of the built-in tool, writing to <paramref name="output"/>.</summary>
    /// <returns>True if it ran (the exit code is then <see cref="ExitCodes.Success"/>), false if the full parser must.</returns>
    public static bool TryRun(string[] args, TextWriter output)
    {
        switch (args)
        {
            case ["--version"]:
                output.WriteLine(Version);
                return true;
            case ["presets"]:
                PresetsCommand.Write(output, BuiltInPresetListing.Rows, json: false);
                return true;
            case ["presets", "--json"]:
                PresetsCommand.Write(output, BuiltInPresetListing.Rows, json: true);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The tool's version as System.CommandLine's <c>--version</c> prints it: the informational version of the tool's assembly.</summary>
    public static string Version =>
        typeof(QuickCommands).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? throw new InvalidOperationException("The tool's assembly has no informational version.");
}
