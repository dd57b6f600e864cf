using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Completions;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using MmmFixtures.Concurrency;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Validation;

namespace MmmFixtures.Cli;

/// <summary>
/// The command of one dataset family, built from its descriptor alone:
/// <c>mmmfixtures &lt;family&gt; (--preset NAME | --spec FILE) [--seed N] (--out DIR | --print-spec [--out FILE] | --dry-run)
/// [--format csv|parquet|both] [--layout NAME[,NAME…]]… [--max-bytes N] [--threads N] [--quiet]</c>.
/// </summary>
internal static class FamilyCommand
{
    /// <summary>The largest export written without <c>--max-bytes</c>: 20 GiB, more than any preset and less than most free disks.</summary>
    public const long DefaultMaxBytes = 20L << 30;

    /// <summary>
    /// The largest estimated export written on one thread when <c>--threads</c> is not given: starting threads costs a small
    /// export more time than they save (the bytes are the same on any number of threads).
    /// </summary>
    internal const long OneThreadBytes = 1L << 20;

    /// <summary>What a family command line asks for, parsed.</summary>
    internal sealed record Request(string? Preset, string? SpecFile, ulong? Seed, string? Out, bool PrintSpec, bool DryRun, long MaxBytes, int? Threads, bool Quiet,
        ExportFormat Format, string[] Layouts, bool Report, string? PartitionBy, Sharding.ShardSelection? Shard = null);

    public static Command Create(IDatasetFamily family, IReadOnlyList<IDatasetFamily> families, CliConsole console, HelpText help) =>
        Create(family, help, request => Run(family, families, console, request));

    /// <summary>The command of <paramref name="family"/>, whose action gives the parsed request to <paramref name="run"/>.</summary>
    internal static Command Create(IDatasetFamily family, HelpText help, Func<Request, int> run)
    {
        string presets = string.Join(", ", family.Presets.Select(p => p.Name));
        var preset = new Option<string>("--preset") { Description = $"A preset: {presets} (see 'mmmfixtures presets').", HelpName = "name" };
        preset.CompletionSources.Add(_ => family.Presets.Select(p => new CompletionItem(p.Name, detail: p.Summary)));
        var specFile = CliOptions.Path("--spec", "file.json", $"A JSON spec (start from --print-spec; at most {SpecFile.MaxBytes >> 20} MiB).");
        var seed = CliOptions.UnsignedInteger("--seed", "n", $"The root seed (default: the preset's {DatasetFamilies.DefaultSeed} or the spec's seed).");
        var outPath = CliOptions.Path("--out", "path", "The export folder (created if needed; a link is followed). It is replaced as a whole, so it must be new, empty or a previous export holding only its own files; not a mount point or the current folder. With --print-spec: the spec file to write.");
        var printSpec = CliOptions.Flag("--print-spec", "Print the spec as JSON (to --out if given) instead of generating.");
        var dryRun = CliOptions.Flag("--dry-run", "Print the export's estimated rows and bytes per file; write nothing.");
        var maxBytes = CliOptions.Bytes("--max-bytes", "size", $"Refuse an export estimated above this size (default {ByteSize.Format(DefaultMaxBytes)}; K/M/G/T suffixes).");
        var threads = CliOptions.Integer("--threads", "n", "Threads for generating and formatting (default: one per processor, one for an export estimated under 1 MiB; the bytes do not depend on it).", 1, 1024);
        var quiet = CliOptions.Flag("--quiet", "No progress on standard error.");
        var report = CliOptions.Flag("--report", "After the export, write report.html (spec, validation, truth, charts) into the export folder.");
        var format = CliOptions.Choice("--format", "csv|parquet|both",
            "The tables' format (default csv): parquet writes each table as a typed, compressed <name>.parquet; both writes each in both formats.",
            ExportFormat.Csv, ExportFormat.Parquet, ExportFormat.Both);
        var layout = CliOptions.Names("--layout", "name[,name…]", family.Layouts.Count == 0
            ? $"A consumer layout to write besides the canonical tables ({family.Name} has none yet)."
            : $"Consumer layouts to write besides the canonical tables, each into its subfolder (repeatable): {string.Join("; ", family.Layouts.Select(l => $"{l.Name}: {l.Description.TrimEnd('.')}"))}.");
        layout.CompletionSources.Add(_ => family.Layouts.Select(l => new CompletionItem(l.Name, detail: l.Description)));
        var shard = CliOptions.Shard("--shard", "k/n", "Write only shard k of n (0-based): the entities (users, geos, tenants) whose stable hash falls in it; 'mmmfixtures merge' joins the n shard folders into the whole export, byte for byte.");
        var partitionBy = new Option<string>("--partition-by") { HelpName = "column", Description = "With --format parquet|both: write each Parquet table " +
            "holding this column (or role: date = each table's time column, by its UTC day) as a Hive-style dataset, <table>/<column>=<value>/part-0.parquet." };
        var command = new Command(family.Name, family.Description)
        {
            preset, specFile, seed, outPath, printSpec, dryRun, format, layout, maxBytes, threads, quiet, partitionBy, report, shard,
        };
        string example = family.Presets.Count > 0 ? family.Presets[0].Name : "NAME";
        string tool = HelpText.ToolName;
        help.AddExamples(command,
            $"{tool} {family.Name} --preset {example} --out ./{family.Name}-{example.ToLowerInvariant()}",
            $"{tool} {family.Name} --preset {example} --print-spec --out {family.Name}.json",
            $"{tool} {family.Name} --spec {family.Name}.json --seed 7 --dry-run",
            $"{tool} {family.Name} --spec {family.Name}.json --seed 7 --out ./{family.Name}-7 --threads 4",
            $"{tool} {family.Name} --preset {example} --format parquet --out ./{family.Name}-{example.ToLowerInvariant()}"
            + (family.Layouts.Count > 0 ? $" --layout {family.Layouts[0].Name}" : ""));
        command.SetAction(parse => run(new Request(
            parse.GetValue(preset), parse.GetValue(specFile), parse.GetValue(seed), parse.GetValue(outPath), parse.GetValue(printSpec),
            parse.GetValue(dryRun), parse.GetValue(maxBytes) ?? DefaultMaxBytes, parse.GetValue(threads), parse.GetValue(quiet),
            parse.GetValue(format) ?? ExportFormat.Csv, parse.GetValue(layout) ?? Array.Empty<string>(), parse.GetValue(report),
            parse.GetValue(partitionBy), parse.GetValue(shard))));
        return command;
    }

    /// <summary>Runs <paramref name="request"/> of <paramref name="family"/>; a user error is thrown as <see cref="UserError"/>.</summary>
    internal static int Run(IDatasetFamily family, IReadOnlyList<IDatasetFamily> families, CliConsole console, Request request)
    {
        if (request.PrintSpec && request.DryRun) throw new UserError("Give at most one of --print-spec or --dry-run.");
        if (request.Report && (request.PrintSpec || request.DryRun)) throw new UserError("--report draws an export: give it with --out, not with --print-spec or --dry-run.");
        if (request.Report && request.Shard is not null) throw new UserError("--report draws a whole export: merge the shards ('mmmfixtures merge'), then run 'mmmfixtures report' on the merged folder.");
        try
        {
            LayoutSelection.Resolve(family.Name, family.Layouts, request.Layouts);
        }
        catch (ArgumentException ex)
        {
            throw new UserError(ex.Message);
        }
        if (HivePartitioning.FormatProblem(request.Format, request.PartitionBy, formats: "--format parquet or both") is string partitioning) throw new UserError($"Cannot partition the export: {partitioning}.");
        var (spec, source) = LoadSpec(family, families, request);
        if (request.PrintSpec)
        {
            PrintSpec(family, spec, request.Out, console);
            return ExitCodes.Success;
        }
        try
        {
            family.ThrowIfInvalid(spec);
        }
        catch (SpecValidationException ex)
        {
            throw new UserError(request.SpecFile is null ? ex.Message : $"{request.SpecFile}: {ex.Message}");
        }
        var estimate = FormatEstimate.For(family.Estimate(spec), request.Format);
        if (request.DryRun)
        {
            PrintEstimate(estimate, $"{family.Name} {source}", request.MaxBytes, request.Shard, console.Out);
            if (FormatEstimate.Note(request.Format) is string note) console.Out.WriteLine(note);
            // With --out, the dry run also says whether that folder would be refused and whether its disk is big enough, as the real run would.
            if (request.Out is not null)
            {
                if (FreeSpace.Shortfall(NeededBytes(estimate, request.Shard), FullPath(request.Out)) is string shortfall) console.Out.WriteLine($"  warning: {shortfall}");
                WriteOrExplain(FullPath(request.Out), () => ExportFolder.Check(FullPath(request.Out)));
            }
            return ExitCodes.Success;
        }
        string folder = FullPath(request.Out ?? throw new UserError(
            "Give --out <dir> to write an export, --print-spec to print the spec, or --dry-run to see the export's size."));
        long bytes = WrittenBytes(estimate, request.Shard);
        IsaHandOver.RunOnTwinIfItPays(bytes); // before any thread starts or anything is written: the twin does it all again
        ExportWarmUp.Start(estimate, folder, request.Report);
        if (File.Exists(folder)) throw new UserError($"{folder} is not a folder: --out names the export folder.");
        WriteOrExplain(folder, () => ExportFolder.Check(folder)); // before generating anything: a refused folder costs nothing
        if (bytes > request.MaxBytes)
            throw new UserError($"The {(request.Shard is null ? "export" : "shard")} would write about {ByteSize.Format(bytes)}, more than the limit of {ByteSize.Format(request.MaxBytes)}; " +
                $"nothing was written. See the estimate with --dry-run, or raise the limit with --max-bytes {ByteSize.RoundedUp(bytes)}.");
        if (bytes >= FreeSpace.CheckedFrom && FreeSpace.Shortfall(NeededBytes(estimate, request.Shard), folder) is string full)
            console.Error.WriteLine($"warning: {full}");
        var result = Export(family, spec, folder, estimate, request, console);
        if (result.Report is { } report) ReportCommand.Write(report, folder, png: false, console);
        return ExitCodes.Success;
    }

    private static (object Spec, string Source) LoadSpec(IDatasetFamily family, IReadOnlyList<IDatasetFamily> families, Request request)
    {
        if ((request.Preset is null) == (request.SpecFile is null))
            throw new UserError("Give exactly one of --preset <name> or --spec <file.json>.");
        if (request.Preset is string name)
        {
            var preset = family.FindPreset(name) ?? throw new UserError(
                $"Unknown preset '{name}' for {family.Name}. Presets: {string.Join(", ", family.Presets.Select(p => p.Name))}.");
            ulong seed = request.Seed ?? DatasetFamilies.DefaultSeed;
            return (preset.Create(seed), $"preset {preset.Name} (seed {seed})");
        }
        string file = request.SpecFile!;
        object spec;
        try
        {
            spec = family.ReadSpecFile(file);
        }
        catch (SpecValidationException ex)
        {
            // Another family's spec fails with a wall of unknown properties; one line saying which command reads it helps more.
            if (families.FirstOrDefault(other => other != family && IsSpecFile(other, file)) is { } owner)
                throw new UserError($"{file} is a {owner.Name} spec, not a {family.Name} one: run '{HelpText.ToolName} {owner.Name} --spec {file}'.");
            throw new UserError($"{file}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserError(ex.Message);
        }
        return request.Seed is ulong s ? (family.WithSeed(spec, s), $"spec {file} (seed {s})") : (spec, $"spec {file}");
    }

    private static void PrintSpec(IDatasetFamily family, object spec, string? outFile, CliConsole console)
    {
        string json = family.WriteSpec(spec);
        if (outFile is null)
        {
            console.Out.Write(json);
            return;
        }
        string path = FullPath(outFile);
        if (Directory.Exists(path)) throw new UserError($"{path} is a folder: with --print-spec, --out names the spec file to write.");
        if (File.Exists(path) && !IsSpecFile(family, path))
            throw new UserError($"{path} exists and is not a {family.Name} spec: nothing was written (remove it or choose another file).");
        WriteOrExplain(path, () =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!); // as an export creates its parents
            WriteAtomically(path, json);
        });
        console.Out.WriteLine($"Wrote the {family.Name} spec to {path}");
    }

    // The estimate is of the whole export; a shard writes its entities' share of the files split by entity and every other file whole.
    private static long WrittenBytes(OutputEstimate estimate, Sharding.ShardSelection? shard) => shard is { } s ? estimate.ShardBytes(s.Count) : estimate.TotalBytes;

    // A shard spills its own entities' rows: about 1/n of the scratch space.
    private static long ScratchBytes(OutputEstimate estimate, Sharding.ShardSelection? shard) => shard is { } s ? estimate.ScratchBytes / s.Count : estimate.ScratchBytes;

    // What the export's disk must hold while it runs: its files and its scratch space.
    private static long NeededBytes(OutputEstimate estimate, Sharding.ShardSelection? shard)
    {
        long files = WrittenBytes(estimate, shard), scratch = ScratchBytes(estimate, shard);
        return files > long.MaxValue - scratch ? long.MaxValue : files + scratch;
    }

    private static void PrintEstimate(OutputEstimate estimate, string what, long maxBytes, Sharding.ShardSelection? shard, TextWriter output)
    {
        output.WriteLine($"Estimated {(shard is null ? "" : "whole ")}export of {what}: {estimate.Files.Count} files, about {ByteSize.Format(estimate.TotalBytes)} (nothing written)");
        if (shard is { } s)
            output.WriteLine($"  shard {s} writes about 1/{s.Count} of the entity tables (global tables whole): about {ByteSize.Format(WrittenBytes(estimate, s))}");
        int width = NameWidth(estimate.Files.Select(f => f.Name));
        foreach (var file in estimate.Files)
        {
            string rows = file.Rows is long r ? $"{r:N0} rows" : "";
            output.WriteLine($"  {file.Name.PadRight(width)} {rows,20} {ByteSize.Format(file.Bytes),12}");
        }
        if (ScratchBytes(estimate, shard) is long scratch and > 0)
            output.WriteLine($"  and up to {ByteSize.Format(scratch)} of scratch space beside the output folder while it runs (removed before it ends)");
        long bytes = WrittenBytes(estimate, shard);
        output.WriteLine(bytes > maxBytes
            ? $"  over the limit of {ByteSize.Format(maxBytes)}: {(shard is null ? "an export" : "the shard")} needs --max-bytes {ByteSize.RoundedUp(bytes)}"
            : $"  within the limit of {ByteSize.Format(maxBytes)}");
    }

    // File lists line up on their longest name (tenant and layout files sit in subfolders), at least 24 characters.
    private static int NameWidth(IEnumerable<string> names) => names.Select(n => n.Length).DefaultIfEmpty(0).Max() is int longest && longest > 24 ? longest : 24;

    private static ExportResult Export(IDatasetFamily family, object spec, string folder, OutputEstimate estimate, Request request, CliConsole console)
    {
        var watch = Stopwatch.StartNew();
        var options = new DatasetExportOptions
        {
            MaxDegreeOfParallelism = request.Threads ?? (estimate.TotalBytes <= OneThreadBytes ? 1 : -1), Format = request.Format, Layouts = request.Layouts, Shard = request.Shard,
            PartitionBy = request.PartitionBy,
            Report = request.Report ? new Reporting.ReportOptions() : null, // built from the dataset the export generates
            SpecValidated = true, // Run did, before estimating the spec
        };
        ExportResult result;
        using (var progress = ExportProgress.Start(console.Error, $"writing {family.Name} export, about {ByteSize.Format(estimate.TotalBytes)}",
                   enabled: console.ErrorIsTerminal && !request.Quiet))
        {
            try
            {
                result = WriteOrExplain(folder, () => options.MaxDegreeOfParallelism == 1
                    ? CallingThread.Run(() => family.Export(spec, folder, options))
                    : family.Export(spec, folder, options));
            }
            catch (SpecValidationException ex)
            {
                throw new UserError(ex.Message);
            }
            progress.Finish(result);
        }
        var output = console.Out;
        output.WriteLine($"Wrote {family.DescribeExport(spec, result)} to {result.Folder}");
        int width = NameWidth(result.Files.Select(f => f.Name));
        foreach (var file in result.Files) output.WriteLine($"  {file.Name.PadRight(width)} {file.Bytes,12:N0} bytes  sha256 {file.Sha256.Substring(0, 16)}…");
        foreach (var warning in result.Warnings) output.WriteLine($"  warning: {warning.Message}");
        // Which build ran (a Native AOT tool may hand a large export to its ISA twin): on standard output, never in the export.
        output.WriteLine($"  total {watch.Elapsed.TotalMilliseconds:F0} ms{(IsaHandOver.BuildIsa is string isa ? $" ({isa} build)" : "")}");
        return result;
    }

    // Only a spec of the same family is overwritten: --out pointing at a user's notes must not replace them.
    private static bool IsSpecFile(IDatasetFamily family, string path)
    {
        try
        {
            family.ReadSpecFile(path);
            return true;
        }
        catch (Exception ex) when (ex is SpecValidationException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // The spec file is replaced by one rename, so a reader never sees half of it and a failure leaves the old file.
    private static void WriteAtomically(string path, string text)
    {
        string temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private static void WriteOrExplain(string path, Action write) => WriteOrExplain(path, () =>
    {
        write();
        return true;
    });

    // Every file-system failure (a read-only folder, a full disk, another writer holding the folder) is the user's to fix.
    private static T WriteOrExplain<T>(string path, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (ExportFolderException ex)
        {
            throw new UserError(ex.Message); // it names the folder already
        }
        catch (ExportOptionsException ex)
        {
            throw new UserError(ex.Message); // a layout the data cannot feed, found before anything is written
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"Cannot write to {path}: {ex.Message}");
        }
    }

    internal static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UserError($"'{path}' is not a usable path: {ex.Message}");
        }
    }
}
