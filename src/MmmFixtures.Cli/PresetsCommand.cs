using System;
using System.CommandLine;
using System.IO;
using MmmFixtures.Mmm;

namespace MmmFixtures.Cli;

/// <summary><c>mmmfixtures presets</c>: every preset with its shape.</summary>
internal static class PresetsCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("presets", "List the presets with their shapes.");
        command.SetAction(_ =>
        {
            output.WriteLine($"{"family",-8} {"preset",-16} {"periods",7} {"geos",5} {"channels",8} {"controls",8}  channels");
            foreach (MmmPreset preset in Enum.GetValues<MmmPreset>())
            {
                var spec = MmmPresets.Get(preset);
                string names = string.Join(", ", System.Linq.Enumerable.Select(spec.Channels, c => c.Name));
                if (names.Length > 60) names = names[..57] + "...";
                output.WriteLine($"{"mmm",-8} {preset,-16} {spec.Periods,7} {spec.Geos.Count,5} {spec.Channels.Count,8} {spec.Controls.Count,8}  {names}");
            }
            output.WriteLine();
            output.WriteLine($"{"family",-12} {"preset",-10} {"users",7} {"items",6} {"days",5}  personas");
            foreach (var preset in Enum.GetValues<MmmFixtures.Clickstream.ClickstreamPreset>())
            {
                var spec = MmmFixtures.Clickstream.ClickstreamPresets.Get(preset);
                string personas = string.Join(", ", System.Linq.Enumerable.Select(spec.Personas, p => $"{p.Name} {p.Share:P0}"));
                output.WriteLine($"{"clickstream",-12} {preset,-10} {spec.Users,7} {spec.Catalog.Items,6} {spec.Days,5}  {personas}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
