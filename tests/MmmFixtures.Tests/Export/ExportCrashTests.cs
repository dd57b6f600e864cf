using System.Diagnostics;
using MmmFixtures.Export;
using Xunit.Abstractions;

namespace MmmFixtures.Tests.Export;

/// <summary>
/// The export folder under SIGKILL: the CLI rewrites a folder holding a complete export and is killed at a random
/// moment of its run, again and again; after every kill the folder holds the old export or the new one, complete.
/// </summary>
public sealed class ExportCrashTests(ITestOutputHelper output) : TempFolder
{
    private const int Kills = 24;

    private static string[] Export(ulong seed, string folder) => new[] { "clickstream", "--preset", "Small", "--seed", seed.ToString(), "--out", folder };

    [Fact]
    public void A_killed_export_leaves_the_old_or_the_new_export_complete_and_the_next_run_leaves_nothing_else()
    {
        // The two exports the target alternates between, and how long a whole run takes (the range of the kill delays):
        // the quickest whole run so far.
        var references = new Dictionary<ulong, CompleteExport>();
        double runMilliseconds = double.MaxValue;
        string parent = Directory.CreateDirectory(Path.Combine(Folder, "target")).FullName, target = Path.Combine(parent, "x");
        foreach (var (seed, folder) in new[] { (2UL, Path.Combine(Folder, "reference-2")), (1UL, Path.Combine(Folder, "reference-1")), (1UL, target) })
        {
            var watch = Stopwatch.StartNew();
            Assert.Equal(0, Cli.Run(Export(seed, folder)).Exit);
            runMilliseconds = Math.Min(runMilliseconds, watch.Elapsed.TotalMilliseconds);
            var written = CompleteExport.Read(folder);
            if (references.TryGetValue(seed, out var earlier)) Assert.Equal(earlier, written); // same seed, same bytes
            references[seed] = written;
        }
        ulong current = 1;
        var delays = new Random(20261202);
        int landedOld = 0, landedNew = 0, finishedFirst = 0, midExport = 0;
        for (int kill = 0; kill < Kills; kill++)
        {
            ulong next = 3 - current;
            var watch = Stopwatch.StartNew();
            using (var process = Cli.Start(Export(next, target)))
            {
                // Wait for a random moment of the run, then SIGKILL (Process.Kill on Unix). A run that ends first is counted,
                // and its duration narrows the range of the next delays (runs get quicker once the disk cache is warm).
                if (process.WaitForExit((int)(delays.NextDouble() * runMilliseconds)))
                {
                    Assert.True(process.ExitCode == 0, $"run {kill} failed: a killed run's lock or leftovers got in its way");
                    finishedFirst++;
                    runMilliseconds = Math.Min(runMilliseconds, watch.Elapsed.TotalMilliseconds);
                }
                else process.Kill();
                process.WaitForExit();
            }
            if (Directory.EnumerateDirectories(parent, ".x.staging-*").Any()) midExport++; // killed while staging (or deleting the previous export)
            var found = CompleteExport.Read(target);
            Assert.True(found == references[current] || found == references[next], $"kill {kill}: the folder holds an export of seed {found.Seed} that is neither run's");
            if (found == references[next]) landedNew++;
            else landedOld++;
            current = found.Seed;
        }
        output.WriteLine($"{Kills} runs killed after a random delay up to a whole run (the quickest took {runMilliseconds:F0} ms): " +
            $"{landedOld} left the old export, {landedNew} the new one ({finishedFirst} of those ended before the kill); " +
            $"{midExport} were killed with a staging folder beside the target");

        // The next run takes the lock a killed run held (the kernel released it) and removes every leftover.
        var (exit, error) = Cli.Run(Export(3 - current, target));
        Assert.True(exit == 0, error);
        Assert.Equal(references[3 - current], CompleteExport.Read(target));
        Assert.Equal(new[] { "x" }, Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("staged")]
    [InlineData("swapped")]
    public void An_export_killed_exactly_before_or_after_its_swap_leaves_the_old_or_the_new_export_and_the_next_run_cleans_up(string phase)
    {
        string parent = Directory.CreateDirectory(Path.Combine(Folder, "target")).FullName, target = Path.Combine(parent, "x");
        Assert.Equal(0, Cli.Run(Export(2, Path.Combine(Folder, "reference-2"))).Exit);
        var next = CompleteExport.Read(Path.Combine(Folder, "reference-2"));
        Assert.Equal(0, Cli.Run(Export(1, target)).Exit);
        var previous = CompleteExport.Read(target);

        using (var process = Cli.StartIn(null, new Dictionary<string, string> { ["MMMF_TEST_PAUSE_AT"] = phase }, Export(2, target)))
        {
            // The export says on standard error that it reached the phase, then blocks until killed.
            string? line;
            while ((line = process.StandardError.ReadLine()) is not null && line != $"MMMF_TEST_PAUSED {phase}") { }
            Assert.Equal($"MMMF_TEST_PAUSED {phase}", line);
            string[] staging = Directory.GetDirectories(parent, ".x.staging-*");
            if (phase == "staged")
            {
                Assert.Equal(next, CompleteExport.Read(Assert.Single(staging))); // the new export is complete, not yet in place
                Assert.Equal(previous, CompleteExport.Read(target));
            }
            else
            {
                Assert.Equal(next, CompleteExport.Read(target));
                if (OperatingSystem.IsLinux()) Assert.Equal(previous, CompleteExport.Read(Assert.Single(staging))); // exchanged, not yet deleted
            }
            process.Kill();
            process.WaitForExit();
        }
        Assert.Equal(phase == "staged" ? previous : next, CompleteExport.Read(target));
        Assert.Contains(".x.lock", Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName)); // the kill left its lock file

        var (exit, error) = Cli.Run(Export(1, target));
        Assert.True(exit == 0, error);
        Assert.Equal(previous, CompleteExport.Read(target));
        Assert.Equal(new[] { "x" }, Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void An_export_in_another_process_fails_at_once_while_this_one_holds_the_folder()
    {
        string target = Path.Combine(Folder, "x");
        using (ExportLock.Acquire(ExportTarget.Resolve(target)))
        {
            var (exit, error) = Cli.Run(Export(1, target));
            Assert.Equal(2, exit);
            Assert.Contains($"Another export is writing {target}", error);
            Assert.False(Directory.Exists(target));
        }
        Assert.Equal(0, Cli.Run(Export(1, target)).Exit);
        Assert.Equal(1UL, CompleteExport.Read(target).Seed);
    }
}
