using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using MmmFixtures.Export;
using MmmFixtures.Families;

namespace MmmFixtures.Cli;

/// <summary>
/// The common command lines answered without building the command tree: <c>--version</c>, <c>presets [--json]</c>, and a
/// family command given only <c>--preset</c>, <c>--spec</c>, <c>--seed</c>, <c>--out</c>, <c>--threads</c> (each at most once,
/// with a plain value) and the flags <c>--quiet</c>, <c>--print-spec</c>, <c>--dry-run</c>. System.CommandLine's parser,
/// its help resources and every command's options are most of what a small run would otherwise touch at start-up. They do
/// what the full parser does (tests compare the two); anything else, including a value the full parser would refuse or
/// read differently (an option-like value, a response file, a bad number), goes to <see cref="CommandLineApp"/>.
/// </summary>
internal static class QuickCommands
{
    private static readonly string[] ValueOptions = { "--preset", "--spec", "--seed", "--out", "--threads" };
    private static readonly string[] Flags = { "--quiet", "--print-spec", "--dry-run" };

    /// <summary>Runs <paramref name="args"/> if it is a quick command line of the built-in tool.</summary>
    /// <returns>True if it ran, with its <paramref name="exit"/> code; false if the full parser must.</returns>
    public static bool TryRun(string[] args, CliConsole console, out int exit)
    {
        exit = ExitCodes.Success;
        switch (args)
        {
            case ["--version"]:
                console.Out.WriteLine(Version);
                return true;
            case ["presets"]:
                PresetsCommand.Write(console.Out, BuiltInPresetListing.Rows, json: false);
                return true;
            case ["presets", "--json"]:
                PresetsCommand.Write(console.Out, BuiltInPresetListing.Rows, json: true);
                return true;
        }
        if (FamilyRequest(args, DatasetFamilies.BuiltIn) is not var (family, request)) return false;
        exit = CommandLineApp.Guarded(console, () => FamilyCommand.Run(family, DatasetFamilies.BuiltIn, console, request));
        return true;
    }

    /// <summary>The tool's version as System.CommandLine's <c>--version</c> prints it: the informational version of the tool's assembly.</summary>
    public static string Version =>
        typeof(QuickCommands).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? throw new InvalidOperationException("The tool's assembly has no informational version.");

    /// <summary>The family command and request of <paramref name="args"/> if they are a quick family command line, else null.</summary>
    internal static (IDatasetFamily Family, FamilyCommand.Request Request)? FamilyRequest(string[] args, IReadOnlyList<IDatasetFamily> families)
    {
        if (args.Length == 0) return null;
        IDatasetFamily? family = null;
        foreach (var f in families)
            if (f.Name == args[0]) family = f;
        if (family is null) return null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 1; i < args.Length; i++)
        {
            string token = args[i];
            if (Array.IndexOf(Flags, token) >= 0)
            {
                if (!flags.Add(token)) return null;
            }
            else if (Array.IndexOf(ValueOptions, token) >= 0)
            {
                if (i + 1 == args.Length || !IsPlainValue(args[i + 1], families) || !values.TryAdd(token, args[++i])) return null;
            }
            else
            {
                return null;
            }
        }
        ulong? seed = null;
        int? threads = null;
        if (values.TryGetValue("--seed", out string? seedText))
        {
            if (!ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out ulong s)) return null;
            seed = s;
        }
        if (values.TryGetValue("--threads", out string? threadsText))
        {
            if (!int.TryParse(threadsText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int t) || t < 1 || t > 1024) return null;
            threads = t;
        }
        return (family, new FamilyCommand.Request(values.GetValueOrDefault("--preset"), values.GetValueOrDefault("--spec"), seed,
            values.GetValueOrDefault("--out"), flags.Contains("--print-spec"), flags.Contains("--dry-run"), FamilyCommand.DefaultMaxBytes, threads,
            flags.Contains("--quiet"), ExportFormat.Csv, Array.Empty<string>(), Report: false, PartitionBy: null));
    }

    // A value the full parser takes as it is: not empty, not option-like ('-'), not a response file ('@') or a directive
    // ('['), not a help alias ("/h", "/?") and not a command's name.
    private static bool IsPlainValue(string value, IReadOnlyList<IDatasetFamily> families)
    {
        if (value.Length == 0 || value[0] is '-' or '@' or '[' || value is "/h" or "/?") return false;
        foreach (string command in CommandLineApp.OtherCommands)
            if (string.Equals(command, value, StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var family in families)
            if (string.Equals(family.Name, value, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}
