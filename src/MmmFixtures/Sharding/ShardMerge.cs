using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using MmmFixtures.Concurrency;
using MmmFixtures.Export;
using MmmFixtures.Families;

namespace MmmFixtures.Sharding;

/// <summary>
/// <c>mmmfixtures merge</c>: joins the folders of shards 0..n−1 of one spec into the whole export, byte-identical to
/// the export written on one machine (every file and the manifest). Entity tables are interleaved block by block
/// (each shard's <see cref="ShardRowIndex"/> says how many rows each entity, or each period of a geo, has), global files are copied once,
/// entities' own files from their shard, and the family recomputes its aggregates from the shards' exact partials.
/// Only the shards' manifests and files are read: nothing is generated again.
/// </summary>
public static class ShardMerge
{
    /// <summary>Merges <paramref name="shardFolders"/> (in any order) into <paramref name="folder"/>, which is replaced as a whole like any export.</summary>
    /// <param name="shardFolders">The folders of every shard of one spec, each exactly once.</param>
    /// <param name="folder">The merged export folder.</param>
    /// <param name="families">The families that may have written the shards (default: the built-in ones).</param>
    /// <exception cref="ShardMergeException">The folders are not exactly shards 0..n−1 of one spec by this algorithm version, or a file differs from its manifest; every problem is named and nothing is written.</exception>
    /// <exception cref="ExportFolderException">The target folder may not be replaced (see the family exporters).</exception>
    public static ExportResult Merge(IEnumerable<string> shardFolders, string folder, IEnumerable<IDatasetFamily>? families = null)
    {
        if (shardFolders is null) throw new ArgumentNullException(nameof(shardFolders));
        if (folder is null) throw new ArgumentNullException(nameof(folder));
        var (shards, family, merging) = OpenAll(shardFolders.ToArray(), folder, (families ?? DatasetFamilies.BuiltIn).ToArray());
        var spec = family.ReadSpec(shards[0].Spec);
        var plan = Plan(shards);
        using var export = ExportFolder.Open(folder);
        var files = new ExportedFile[plan.Count];
        return FirstFailure.Unwrap(() =>
        {
            // Large entity tables are merged first, so the small files fill the other threads meanwhile.
            Parallel.ForEach(Enumerable.Range(0, plan.Count).OrderBy(i => plan[i].Kind == Kind.Rows ? 0 : 1), i =>
            {
                var (name, kind, owner) = plan[i];
                files[i] = kind switch
                {
                    Kind.Rows => InterleaveRows(shards, name, export),
                    Kind.Truth => merging.MergeTruth(spec, name, shards.Select(s => s.Folder).ToArray(), export),
                    _ => Copy(shards[owner], name, export),
                };
            });
            var tables = plan.Select(p => (p.Name, shards[p.Owner].Files.First(f => f.Name == p.Name).Columns))
                .Where(t => t.Columns is not null).Select(t => new TableSchema(t.Name, t.Columns!)).ToArray();
            using var specJson = JsonDocument.Parse(shards[0].Spec);
            return export.Commit(family.Name, shards[0].Seed, w => specJson.RootElement.WriteTo(w), files, tables, Array.Empty<Validation.ValidationFinding>());
        });
    }

    private enum Kind
    {
        Copy,
        Rows,
        Truth,
    }

    private static (ShardFolder[] Shards, IDatasetFamily Family, IShardMerging Merging) OpenAll(string[] folders, string target, IDatasetFamily[] families)
    {
        var problems = new List<string>();
        var shards = new List<ShardFolder>();
        if (folders.Length == 0) problems.Add("no shard folder was given");
        string targetPath = Path.GetFullPath(target);
        foreach (string folder in folders)
        {
            if (string.Equals(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar), targetPath.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
                problems.Add($"'{folder}' is both a shard and the merge's target");
            if (ShardFolder.Open(folder, out string? problem) is { } shard) shards.Add(shard);
            else problems.Add(problem!);
        }
        if (shards.Count > 0)
        {
            Same(shards, "family", s => s.Family, problems);
            Same(shards, "algorithm version", s => s.AlgorithmVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), problems);
            Same(shards, "library version", s => s.LibraryVersion, problems);
            Same(shards, "spec", s => s.Spec, problems);
            Same(shards, "shard count", s => s.Shard.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), problems);
            Same(shards, "global files (tables, format and layouts)", s => string.Join("\n", GlobalFiles(s).Select(f => f.Name + " " + f.Sha256)), problems);
            CheckCoverage(shards, problems);
            CheckUnchanged(shards, problems);
            // A partitioned table's rows are split by value, not by entity blocks: the row index cannot interleave them.
            if (shards.SelectMany(s => s.Files).Any(f => HivePath.PartitionedTableOf(f.Name) is not null))
                problems.Add("the shards were written with --partition-by: read them as one dataset without merging (e.g. DuckDB " +
                    "read_parquet('run/shard-*/events/**/*.parquet', hive_partitioning = true)); merge joins shards written without --partition-by");
        }
        if (shards.Any(s => s.AlgorithmVersion != GenerationAlgorithm.Version))
            problems.Add($"this library merges algorithm version {GenerationAlgorithm.Version} only; export the shards again with it");
        var family = shards.Count == 0 ? null : families.FirstOrDefault(f => f.Name == shards[0].Family);
        if (shards.Count > 0 && family is null)
            problems.Add($"the shards name family '{shards[0].Family}'; known families: {string.Join(", ", families.Select(f => f.Name))}");
        if (family is not null and not IShardMerging)
            problems.Add($"the {family.Name} family cannot merge shards");
#if !NET
        if (shards.SelectMany(s => s.RowFiles).Any(f => f.EndsWith(".parquet", StringComparison.Ordinal)))
            problems.Add("merging Parquet tables needs .NET 8 or later (the netstandard2.0 build has no Parquet reader)");
#endif
        if (problems.Count > 0) throw new ShardMergeException(problems);
        return (shards.OrderBy(s => s.Shard.Index).ToArray(), family!, (IShardMerging)family!);
    }

    // Every file a shard lists must still be the file its export wrote (a truncated table, an edited row or partial truth
    // would otherwise merge into a folder whose manifest vouches for it): all files are hashed before anything is written.
    private static void CheckUnchanged(List<ShardFolder> shards, List<string> problems)
    {
        problems.AddRange(shards.SelectMany(s => s.Files.Select(f => (Shard: s, File: f))).AsParallel().AsOrdered()
            .Select(x => File.Exists(x.Shard.PathOf(x.File.Name))
                ? HashingStream.Sha256Of(x.Shard.PathOf(x.File.Name)) == x.File.Sha256 ? null
                    : $"'{x.Shard.PathOf(x.File.Name)}' changed after its export: its SHA-256 is not the one its manifest lists; export shard {x.Shard.Shard} again"
                : $"'{x.Shard.PathOf(x.File.Name)}' is missing: its manifest lists it; export shard {x.Shard.Shard} again")
            .Where(problem => problem is not null).Select(problem => problem!).ToList());
    }

    // Every shard must agree on a property; the message names which folders hold which value.
    private static void Same(List<ShardFolder> shards, string what, Func<ShardFolder, string> value, List<string> problems)
    {
        var groups = shards.GroupBy(value).ToList();
        if (groups.Count > 1)
            problems.Add($"the shards differ in {what}: " + string.Join(" vs ", groups.Select(g => string.Join(", ", g.Select(s => $"'{s.Folder}'")))));
    }

    private static void CheckCoverage(List<ShardFolder> shards, List<string> problems)
    {
        int count = shards.Max(s => s.Shard.Count);
        foreach (var shard in shards.Where(s => s.Shard.Index < 0 || s.Shard.Index >= s.Shard.Count))
            problems.Add($"'{shard.Folder}' says it is shard {shard.Shard}, outside 0..{shard.Shard.Count - 1}");
        if (count > ShardSelection.MaxCount) return;
        var byIndex = shards.ToLookup(s => s.Shard.Index);
        var missing = Enumerable.Range(0, count).Where(i => !byIndex.Contains(i)).ToList();
        if (missing.Count > 0)
            problems.Add($"shard{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing.Take(10).Select(i => $"{i}/{count}"))}{(missing.Count > 10 ? $" and {missing.Count - 10} more" : "")} {(missing.Count == 1 ? "is" : "are")} missing");
        foreach (var twice in byIndex.Where(g => g.Count() > 1))
            problems.Add($"shard {twice.First().Shard} is given {twice.Count()} times: {string.Join(", ", twice.Select(s => $"'{s.Folder}'"))}");
    }

    // The files every shard writes identically: neither entity tables nor aggregates nor an entity's own nor the shard's own.
    private static IEnumerable<ManifestEntry> GlobalFiles(ShardFolder shard) => shard.Files.Where(f =>
        !shard.RowFiles.Contains(f.Name) && !shard.TruthFiles.Contains(f.Name) && !shard.EntityOf.ContainsKey(f.Name) && !IsShardOwn(f.Name));

    private static bool IsShardOwn(string file) => file.StartsWith(ShardPlan.Folder, StringComparison.Ordinal);

    /// <summary>
    /// The merged files in the whole export's order. Files common to every shard keep their order; the entities' own
    /// files between two of them come from every shard, ordered by entity (an entity's files in its shard's order).
    /// </summary>
    private static List<(string Name, Kind Kind, int Owner)> Plan(ShardFolder[] shards)
    {
        var plan = new List<(string, Kind, int)>();
        var runs = new List<(int Entity, int Shard, int Position, string Name)>();
        void FlushRun()
        {
            plan.AddRange(runs.OrderBy(r => r.Entity).ThenBy(r => r.Position).Select(r => (r.Name, Kind.Copy, r.Shard)));
            runs.Clear();
        }
        var cursors = new int[shards.Length];
        foreach (var common in shards[0].Files.Where(f => !IsShardOwn(f.Name) && !shards[0].EntityOf.ContainsKey(f.Name)))
        {
            for (int s = 0; s < shards.Length; s++)
                for (; cursors[s] < shards[s].Files.Count && shards[s].Files[cursors[s]].Name != common.Name; cursors[s]++)
                    if (shards[s].EntityOf.TryGetValue(shards[s].Files[cursors[s]].Name, out int entity))
                        runs.Add((entity, s, cursors[s], shards[s].Files[cursors[s]].Name));
            FlushRun();
            plan.Add((common.Name, shards[0].RowFiles.Contains(common.Name) ? Kind.Rows : shards[0].TruthFiles.Contains(common.Name) ? Kind.Truth : Kind.Copy, 0));
            for (int s = 0; s < shards.Length; s++) cursors[s]++;
        }
        for (int s = 0; s < shards.Length; s++)
            for (; cursors[s] < shards[s].Files.Count; cursors[s]++)
                if (shards[s].EntityOf.TryGetValue(shards[s].Files[cursors[s]].Name, out int entity))
                    runs.Add((entity, s, cursors[s], shards[s].Files[cursors[s]].Name));
        FlushRun();
        return plan;
    }

    // A file copied as it is; its hash must still be the one its manifest lists.
    private static ExportedFile Copy(ShardFolder shard, string name, ExportFolder export)
    {
        var listed = shard.Files.First(f => f.Name == name);
        var file = export.CreateFile(name);
        using (var input = File.OpenRead(shard.PathOf(name))) input.CopyTo(file.Content);
        var copied = file.Commit(listed.Rows);
        if (copied.Sha256 != listed.Sha256)
            throw new ShardMergeException(new[] { $"'{shard.PathOf(name)}' changed after its export: its SHA-256 is not the one its manifest lists" });
        return copied;
    }

    // The rows of every shard's part of an entity table, block by block in the whole export's order: text is copied
    // row by row as bytes; Parquet is decoded and written again (its row groups span shards), value by value.
    private static ExportedFile InterleaveRows(ShardFolder[] shards, string name, ExportFolder export)
    {
#if NET
        if (name.EndsWith(".parquet", StringComparison.Ordinal)) return InterleaveParquet(shards, name, export);
#endif
        var tables = new CsvRowCopier?[shards.Length];
        try
        {
            for (int s = 0; s < shards.Length; s++) tables[s] = new CsvRowCopier(shards[s].PathOf(name));
            var file = export.CreateFile(name);
            for (int s = 0; s < shards.Length; s++) tables[s]!.Copy(1, s == 0 ? file.Content : null); // one header
            long total = InBlockOrder(shards, name, (s, rows) => tables[s]!.Copy(rows, file.Content));
            CheckAtEnd(shards, name, s => tables[s]!.AtEnd);
            return file.Commit(total);
        }
        finally
        {
            foreach (var table in tables) table?.Dispose();
        }
    }

#if NET
    private const int RowsPerAppend = 1 << 16;

    private static ExportedFile InterleaveParquet(ShardFolder[] shards, string name, ExportFolder export)
    {
        var readers = new ParquetRowReader?[shards.Length];
        try
        {
            for (int s = 0; s < shards.Length; s++) readers[s] = new ParquetRowReader(shards[s].PathOf(name), shards[s].Files.First(f => f.Name == name).Columns!);
            using var table = new ParquetTableFile(export.CreateFile(name), new TableSchema(name, readers[0]!.Columns));
            using var chunk = table.NewChunk();
            long appended = 0;
            InBlockOrder(shards, name, (s, rows) =>
            {
                readers[s]!.Copy(rows, chunk);
                if (chunk.RowCount - appended < RowsPerAppend) return;
                table.Append(chunk.Detach());
                appended = chunk.RowCount;
            });
            table.Append(chunk.Detach());
            CheckAtEnd(shards, name, s => readers[s]!.AtEnd);
            return table.Complete().Single();
        }
        finally
        {
            foreach (var reader in readers) reader?.Dispose();
        }
    }
#endif

    // Calls copy(shard, rows) for every block of every shard, in the whole export's block order; returns the rows.
    private static long InBlockOrder(ShardFolder[] shards, string name, Action<int, long> copy)
    {
        var indexes = new ShardRowIndex.Reader?[shards.Length];
        try
        {
            for (int s = 0; s < shards.Length; s++) indexes[s] = new ShardRowIndex.Reader(shards[s].PathOf(ShardRowIndex.FileName), name);
            var next = new SortedSet<(long Block, int Shard, long Rows)>();
            void Advance(int s)
            {
                if (indexes[s]!.Next(out long block, out long rows)) next.Add((block, s, rows));
            }
            for (int s = 0; s < shards.Length; s++) Advance(s);
            long expected = 0, total = 0;
            while (next.Count > 0)
            {
                var (block, shard, rows) = next.Min;
                next.Remove(next.Min);
                if (block != expected)
                    throw new ShardMergeException(new[] { $"the shards' {name} {(block < expected ? $"hold block {block} twice" : $"miss block {expected}")}" });
                copy(shard, rows);
                total += rows;
                expected++;
                Advance(shard);
            }
            return total;
        }
        finally
        {
            foreach (var index in indexes) index?.Dispose();
        }
    }

    private static void CheckAtEnd(ShardFolder[] shards, string name, Func<int, bool> atEnd)
    {
        for (int s = 0; s < shards.Length; s++)
            if (!atEnd(s))
                throw new ShardMergeException(new[] { $"'{shards[s].PathOf(name)}' holds more rows than its shard's {ShardRowIndex.FileName} counts" });
    }
}
