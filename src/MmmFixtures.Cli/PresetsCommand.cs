using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using MmmFixtures.Export;
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
            var rows = families.SelectMany(f => f.Presets.Select(p => (Family: f.Name, p.Name, p.Summary))).ToArray();
            if (parse.GetValue(json)) WriteJson(rows, console.Out);
            else WriteTable(rows, console.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable((string Family, string Name, string Summary)[] rows, TextWriter output)
    {
        int family = rows.Select(r => r.Family.Length).Append("family".Length).Max(), name = rows.Select(r => r.Name.Length).Append("preset".Length).Max();
        output.WriteLine($"{"family".PadRight(family)}  {"preset".PadRight(name)}  shape");
        foreach (var row in rows) output.WriteLine($"{row.Family.PadRight(family)}  {row.Name.PadRight(name)}  {row.Summary}");
    }

    private static void WriteJson((string Family, string Name, string Summary)[] rows, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonFormat.WriterOptions))
        {
            w.WriteStartArray();
            foreach (var row in rows)
            {
                w.WriteStartObject();
                w.WriteString("family", row.Family);
                w.WriteString("name", row.Name);
                w.WriteString("summary", row.Summary);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
