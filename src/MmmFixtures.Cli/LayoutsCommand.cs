using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using MmmFixtures.Families;

namespace MmmFixtures.Cli;

/// <summary><c>mmmfixtures layouts [--json]</c>: every family's consumer layouts (the values of <c>--layout</c>), from the descriptors.</summary>
internal static class LayoutsCommand
{
    public static Command Create(IReadOnlyList<IDatasetFamily> families, CliConsole console, HelpText help)
    {
        var json = CliOptions.Flag("--json", "Print a JSON array of {family, name, description}.");
        var command = new Command("layouts", "List every family's consumer layouts (the values of --layout).") { json };
        help.AddExamples(command, $"{HelpText.ToolName} layouts", $"{HelpText.ToolName} layouts --json");
        command.SetAction(parse =>
        {
            var rows = families.SelectMany(f => f.Layouts.Select(l => new[] { f.Name, l.Name, l.Description })).ToArray();
            if (parse.GetValue(json)) Listing.WriteJson(console.Out, new[] { "family", "name", "description" }, rows);
            else if (rows.Length == 0) console.Out.WriteLine("No family writes a consumer layout yet.");
            else Listing.WriteTable(console.Out, new[] { "family", "layout", "consumer" }, rows);
            return ExitCodes.Success;
        });
        return command;
    }
}
