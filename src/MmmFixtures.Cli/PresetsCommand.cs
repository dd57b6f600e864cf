using System.Collections.Generic;
using System.CommandLine;
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
            var rows = families.SelectMany(f => f.Presets.Select(p => new[] { f.Name, p.Name, p.Summary })).ToArray();
            if (parse.GetValue(json)) Listing.WriteJson(console.Out, new[] { "family", "name", "summary" }, rows);
            else Listing.WriteTable(console.Out, new[] { "family", "preset", "shape" }, rows);
            return ExitCodes.Success;
        });
        return command;
    }
}
