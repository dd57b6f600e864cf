using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using MmmFixtures.Families;
using MmmFixtures.Validation;

namespace MmmFixtures.Cli;

/// <summary>
/// The tool's command tree, built from the dataset families' descriptors (one command per family, plus
/// <c>presets</c> and <c>layouts</c>), and its error policy: user errors print one message and exit 2, bugs exit 1 with a stack trace.
/// </summary>
internal static class CommandLineApp
{
    /// <summary>The commands besides the families' own.</summary>
    internal static readonly string[] OtherCommands = { "presets", "layouts", "score", "report", "optimize", "merge" };

    /// <summary>Runs the tool of <paramref name="families"/>.</summary>
    public static int Run(string[] args, CliConsole console, IEnumerable<IDatasetFamily> families)
    {
        var (root, help) = Create(families, console, args);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            foreach (var e in parsed.Errors) console.Error.WriteLine($"error: {e.Message}");
            string command = parsed.CommandResult.Command is RootCommand ? "" : " " + parsed.CommandResult.Command.Name;
            console.Error.WriteLine($"Run '{HelpText.ToolName}{command} --help' for usage.");
            return ExitCodes.UserError;
        }
        return Guarded(console, () =>
        {
            if (parsed.Action is HelpAction)
            {
                var text = new StringWriter();
                parsed.Invoke(new InvocationConfiguration { Output = text, Error = console.Error });
                console.Out.Write(help.Polish(text.ToString(), parsed.CommandResult.Command));
                return ExitCodes.Success;
            }
            return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        });
    }

    /// <summary>Runs a command with the tool's error policy: a user error prints one message and exits 2, a bug exits 1 with its stack trace.</summary>
    internal static int Guarded(CliConsole console, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (UserError ex)
        {
            return Refuse(console, ex.Message);
        }
        catch (Exception ex) when (ex is SpecValidationException or IOException or UnauthorizedAccessException)
        {
            return Refuse(console, ex.Message);
        }
        catch (Exception ex)
        {
            console.Error.WriteLine($"internal error (please report): {ex}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// The command tree of <paramref name="families"/> and its help text. Given the <paramref name="args"/> it will parse, a
    /// family command that they cannot reach is only named and described (as the root's help lists it), not built: its
    /// options, help and preset list cost start-up time that a run of another command does not need.
    /// </summary>
    public static (RootCommand Root, HelpText Help) Create(IEnumerable<IDatasetFamily> families, CliConsole console, IReadOnlyList<string>? args = null)
    {
        var list = families.ToArray();
        var duplicate = list.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1 || OtherCommands.Contains(g.Key));
        if (duplicate is not null) throw new ArgumentException($"Two commands would be named '{duplicate.Key}'.", nameof(families));
        var help = new HelpText();
        var root = new RootCommand("mmmfixtures: deterministic synthetic marketing datasets with known ground truth.");
        foreach (var family in list)
            root.Add(args is null || Reaches(args, family.Name) ? FamilyCommand.Create(family, list, console, help) : new Command(family.Name, family.Description));
        root.Add(PresetsCommand.Create(list, console, help));
        root.Add(LayoutsCommand.Create(list, console, help));
        root.Add(OptimizeCommand.Create(list, console, help));
        root.Add(ScoreCommand.Create(console, help));
        root.Add(ReportCommand.Create(list, console, help));
        root.Add(MergeCommand.Create(list, console, help));
        string first = list.Length > 0 ? list[0].Name : "FAMILY";
        help.AddExamples(root,
            $"{HelpText.ToolName} presets",
            $"{HelpText.ToolName} {first} --help",
            $"{HelpText.ToolName} {first} --preset {(list.Length > 0 && list[0].Presets.Count > 0 ? list[0].Presets[0].Name : "NAME")} --out ./out");
        return (root, help);
    }

    // A command is reached only by a token equal to its name; a directive ([suggest]) or a response file (@file) may hold any.
    private static bool Reaches(IReadOnlyList<string> args, string command) =>
        args.Any(a => a.StartsWith('[') || a.StartsWith('@') || string.Equals(a, command, StringComparison.OrdinalIgnoreCase));

    private static int Refuse(CliConsole console, string message)
    {
        console.Error.WriteLine($"error: {message}");
        return ExitCodes.UserError;
    }
}
