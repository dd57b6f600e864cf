using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using MmmFixtures.Clickstream;
using MmmFixtures.Validation;

namespace MmmFixtures.Cli;

/// <summary><c>mmmfixtures clickstream (--preset NAME | --spec FILE) [--seed N] (--out DIR | --print-spec)</c>.</summary>
internal static class ClickstreamCommand
{
    public static Command Create(TextWriter output)
    {
        var preset = new Option<string>("--preset") { Description = $"A preset: {string.Join(", ", Enum.GetNames<ClickstreamPreset>())}." };
        var specFile = new Option<FileInfo>("--spec") { Description = "A JSON spec (start from --print-spec)." };
        var seed = new Option<ulong?>("--seed") { Description = "The root seed (overrides the preset's 42 or the spec's seed)." };
        var printSpec = new Option<bool>("--print-spec") { Description = "Print the spec as JSON instead of generating." };
        var outFolder = new Option<DirectoryInfo>("--out") { Description = "The export folder (created if needed; files in it are replaced)." };
        var command = new Command("clickstream", "Generate an e-commerce clickstream with its truth: items, users, events (canonical, RetailRocket, REES46), truth tables, manifest.")
        {
            preset, specFile, seed, outFolder, printSpec,
        };
        command.SetAction(result =>
        {
            var spec = LoadSpec(result.GetValue(preset), result.GetValue(specFile), result.GetValue(seed));
            if (result.GetValue(printSpec))
            {
                output.Write(ClickstreamSpecJson.Write(spec));
                return ExitCodes.Success;
            }
            DirectoryInfo folder = result.GetValue(outFolder) ?? throw new UserError("Give --out <dir> to write an export, or --print-spec to print the spec.");
            var watch = Stopwatch.StartNew();
            try
            {
                // Generated and written chunk by chunk of users: memory stays flat however large the spec.
                var files = ClickstreamExporter.Export(spec, folder.FullName).Files;
                long RowsOf(string name) => files.First(f => f.Name == name).Rows ?? 0;
                output.WriteLine($"Wrote {RowsOf("events.csv")} events of {RowsOf("users.csv")} users in {RowsOf("truth_sessions.csv")} sessions to {folder.FullName}");
                foreach (var file in files) output.WriteLine($"  {file.Name,-24} {file.Bytes,12:N0} bytes  sha256 {file.Sha256[..16]}…");
                output.WriteLine($"  total {watch.Elapsed.TotalMilliseconds:F0} ms");
            }
            catch (SpecValidationException ex)
            {
                throw new UserError(ex.Message);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                throw new UserError($"Cannot write to {folder.FullName}: {ex.Message}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static ClickstreamSpec LoadSpec(string? presetName, FileInfo? specFile, ulong? seed)
    {
        if ((presetName is null) == (specFile is null))
            throw new UserError("Give exactly one of --preset <name> or --spec <file.json>.");
        ClickstreamSpec spec;
        if (presetName is not null)
        {
            if (!ClickstreamPresets.TryParse(presetName, out var chosen))
                throw new UserError($"Unknown clickstream preset '{presetName}'. Presets: {string.Join(", ", Enum.GetNames<ClickstreamPreset>())}.");
            spec = ClickstreamPresets.Get(chosen);
        }
        else
        {
            if (!specFile!.Exists) throw new UserError($"Spec file not found: {specFile.FullName}");
            try
            {
                spec = ClickstreamSpecJson.Read(File.ReadAllText(specFile.FullName));
            }
            catch (SpecValidationException ex)
            {
                throw new UserError($"{specFile.Name}: {ex.Message}");
            }
        }
        return seed is ulong s ? spec with { Seed = s } : spec;
    }
}
