using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using MmmFixtures.Families;

namespace MmmFixtures.Cli;

/// <summary><c>mmmfixtures presets [--json]</c>: every family's presets with their shapes, from the descriptors.</summary>
internal static class PresetsCommand
{
    public static Command Create(IReadOnlyList<IDatasetFamily> families, CliConsole console, HelpText help)
    {
        var json = CliOptions.Flag("--json", "Print a JSON array of {family, name, summary}.");
        var command = new Command("presets", "List every family's presets with their shapes.") { json };
        help.AddExamples(command, $"{HelpText.ToolName} presets", $"{HelpText.ToolName} presets --json");
        command.SetAction(parse =>
        {
            Write(console.Out, families.SelectMany(f => f.Presets.Select(p => new[] { f.Name, p.Name, p.Summary })).ToArray(), parse.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes the listing of <paramref name="rows"/> (family, preset, summary): a table, or with <paramref name="json"/> a JSON array.</summary>
    public static void Write(TextWriter output, IReadOnlyList<string[]> rows, bool json)
    {
        if (json) Listing.WriteJson(output, new[] { "family", "name", "summary" }, rows);
        else Listing.WriteTable(output, new[] { "family", "preset", "shape" }, rows);
    }
}
