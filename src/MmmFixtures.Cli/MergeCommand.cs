using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Sharding;

namespace MmmFixtures.Cli;

/// <summary>
/// <c>mmmfixtures merge &lt;shard folder&gt;… --out DIR</c>: joins the folders of shards 0..n−1 of one spec (written with
/// <c>--shard k/n</c>) into the whole export, byte-identical to the export written on one machine (<see cref="ShardMerge"/>).
/// </summary>
internal static class MergeCommand
{
    public static Command Create(IReadOnlyList<IDatasetFamily> families, CliConsole console, HelpText help)
    {
        var shards = new Argument<string[]>("shards")
        {
            Description = "The folders of every shard of one spec (each written with --shard k/n), in any order.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outPath = CliOptions.Path("--out", "path", "The merged export folder (replaced as a whole, like any export).");
        var command = new Command("merge", "Join the shard folders of one spec (--shard k/n) into the whole export, byte-identical to a single-machine export.")
        {
            shards, outPath,
        };
        string tool = HelpText.ToolName;
        help.AddExamples(command,
            $"{tool} merge ./run/shard-0 ./run/shard-1 ./run/shard-2 --out ./run/whole",
            $"{tool} merge ./run/shard-* --out ./run/whole");
        command.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            string folder = FamilyCommand.FullPath(parse.GetValue(outPath) ?? throw new UserError("Give --out <dir>: the merged export folder."));
            var given = parse.GetValue(shards) ?? Array.Empty<string>();
            // An unknown option lands among the folders: name it as an option, not as a missing export folder.
            var unknown = given.Where(a => a.StartsWith("-", StringComparison.Ordinal) && !Directory.Exists(a)).ToArray();
            if (unknown.Length > 0)
                throw new UserError($"merge takes shard folders and --out only; unknown option{(unknown.Length == 1 ? "" : "s")}: {string.Join(", ", unknown)}.");
            var inputs = given.Select(FamilyCommand.FullPath).ToArray();
            ExportResult result;
            try
            {
                result = ShardMerge.Merge(inputs, folder, families);
            }
            catch (Exception ex) when (ex is ShardMergeException or ExportFolderException)
            {
                throw new UserError(ex.Message);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UserError($"Cannot merge into {folder}: {ex.Message}");
            }
            console.Out.WriteLine($"Merged {inputs.Length} shard{(inputs.Length == 1 ? "" : "s")} into {result.Folder}: {result.Files.Count} files, " +
                $"{result.Files.Sum(f => f.Bytes):N0} bytes in {watch.Elapsed.TotalMilliseconds:F0} ms");
            return ExitCodes.Success;
        });
        return command;
    }
}
