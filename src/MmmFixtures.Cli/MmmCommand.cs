using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using MmmFixtures.Mmm;
using MmmFixtures.Validation;

namespace MmmFixtures.Cli;

/// <summary><c>mmmfixtures mmm (--preset NAME | --spec FILE) [--seed N] (--out DIR | --print-spec)</c>.</summary>
internal static class MmmCommand
{
    public static Command Create(TextWriter output)
    {
        var preset = new Option<string>("--preset") { Description = $"A preset: {string.Join(", ", Enum.GetNames<MmmPreset>())}." };
        var specFile = new Option<FileInfo>("--spec") { Description = "A JSON spec (start from --print-spec)." };
        var seed = new Option<ulong?>("--seed") { Description = "The root seed (overrides the preset's 42 or the spec's seed)." };
        var outFolder = new Option<DirectoryInfo>("--out") { Description = "The export folder (created if needed; files in it are replaced)." };
        var printSpec = new Option<bool>("--print-spec") { Description = "Print the spec as JSON instead of generating." };
        var command = new Command("mmm", "Generate a marketing-mix panel with its truth: data.csv, truth.json, truth_components.csv, manifest.json.")
        {
            preset, specFile, seed, outFolder, printSpec,
        };
        command.SetAction(result =>
        {
            MmmSpec spec = LoadSpec(result.GetValue(preset), result.GetValue(specFile), result.GetValue(seed));
            if (result.GetValue(printSpec))
            {
                output.Write(MmmSpecJson.Write(spec));
                return ExitCodes.Success;
            }
            DirectoryInfo folder = result.GetValue(outFolder) ?? throw new UserError("Give --out <dir> to write an export, or --print-spec to print the spec.");
            Run(spec, folder.FullName, output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static MmmSpec LoadSpec(string? presetName, FileInfo? specFile, ulong? seed)
    {
        if ((presetName is null) == (specFile is null))
            throw new UserError("Give exactly one of --preset <name> or --spec <file.json>.");
        MmmSpec spec;
        if (presetName is not null)
        {
            if (!MmmPresets.TryParse(presetName, out MmmPreset preset))
                throw new UserError($"Unknown preset '{presetName}'. Presets: {string.Join(", ", Enum.GetNames<MmmPreset>())}.");
            spec = MmmPresets.Get(preset);
        }
        else
        {
            if (!specFile!.Exists) throw new UserError($"Spec file not found: {specFile.FullName}");
            try
            {
                spec = MmmSpecJson.Read(File.ReadAllText(specFile.FullName));
            }
            catch (SpecValidationException ex)
            {
                throw new UserError($"{specFile.Name}: {ex.Message}");
            }
        }
        return seed is ulong s ? spec with { Seed = s } : spec;
    }

    private static void Run(MmmSpec spec, string folder, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        MmmPanel panel;
        try
        {
            panel = MmmGenerator.Generate(spec);
        }
        catch (SpecValidationException ex)
        {
            throw new UserError(ex.Message);
        }
        double generated = watch.Elapsed.TotalMilliseconds;
        try
        {
            var result = MmmExporter.Export(panel, folder);
            output.WriteLine($"Wrote {panel.RowCount} rows ({panel.Periods} periods × {panel.GeoCount} geos, {spec.Channels.Count} channels) to {folder}");
            foreach (var file in result.Files) output.WriteLine($"  {file.Name,-22} {file.Bytes,12:N0} bytes  sha256 {file.Sha256[..16]}…");
            foreach (var warning in result.Warnings) output.WriteLine($"  warning: {warning.Message}");
            output.WriteLine($"  generated in {generated:F0} ms, total {watch.Elapsed.TotalMilliseconds:F0} ms");
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new UserError($"Cannot write to {folder}: {ex.Message}");
        }
    }
}
