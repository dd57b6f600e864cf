using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using MmmFixtures.Clickstream;
using MmmFixtures.Validation;

namespace MmmFixtures.Cli;

/// <summary><c>mmmfixtures clickstream --preset NAME [--seed N] --out DIR</c>.</summary>
internal static class ClickstreamCommand
{
    public static Command Create(TextWriter output)
    {
        var preset = new Option<string>("--preset") { Description = $"A preset: {string.Join(", ", Enum.GetNames<ClickstreamPreset>())}." };
        var seed = new Option<ulong?>("--seed") { Description = "The root seed (default 42)." };
        var outFolder = new Option<DirectoryInfo>("--out") { Description = "The export folder (created if needed; files in it are replaced)." };
        var command = new Command("clickstream", "Generate an e-commerce clickstream with its truth: items, users, events (canonical, RetailRocket, REES46), truth tables, manifest.")
        {
            preset, seed, outFolder,
        };
        command.SetAction(result =>
        {
            string name = result.GetValue(preset) ?? throw new UserError("Give --preset <name> (JSON specs for clickstreams are not supported yet).");
            if (!ClickstreamPresets.TryParse(name, out var chosen))
                throw new UserError($"Unknown clickstream preset '{name}'. Presets: {string.Join(", ", Enum.GetNames<ClickstreamPreset>())}.");
            var spec = ClickstreamPresets.Get(chosen, result.GetValue(seed) ?? 42);
            DirectoryInfo folder = result.GetValue(outFolder) ?? throw new UserError("Give --out <dir> to write an export.");
            var watch = Stopwatch.StartNew();
            ClickstreamDataset data;
            try
            {
                data = ClickstreamGenerator.Generate(spec);
            }
            catch (SpecValidationException ex)
            {
                throw new UserError(ex.Message);
            }
            try
            {
                var files = ClickstreamExporter.Export(data, folder.FullName);
                output.WriteLine($"Wrote {data.Events.Count} events of {data.Users.Count} users in {data.Sessions.Count} sessions to {folder.FullName}");
                foreach (var file in files) output.WriteLine($"  {file.Name,-24} {file.Bytes,12:N0} bytes  sha256 {file.Sha256[..16]}…");
                output.WriteLine($"  total {watch.Elapsed.TotalMilliseconds:F0} ms");
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                throw new UserError($"Cannot write to {folder.FullName}: {ex.Message}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
