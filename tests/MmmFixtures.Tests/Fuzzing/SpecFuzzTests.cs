using System.Security.Cryptography;
using System.Text.Json;
using MmmFixtures.Tests.Cli;
using Xunit.Abstractions;

namespace MmmFixtures.Tests.Fuzzing;

/// <summary>
/// Seeded spec fuzzing through the tool, as a hostile user would: every mutant of a preset's spec either
/// exports a sound folder (exit 0, every file as the manifest says, no NaN) or is refused with exit 2, one
/// short message without a stack trace, and nothing written. Exit 1 (a bug) fails the test with the seed to
/// reproduce. <c>MMMF_FUZZ_CASES</c> raises the number of mutants per preset.
/// </summary>
public sealed class SpecFuzzTests(ITestOutputHelper log) : TempFolder
{
    private const int MaxMessageLength = 8_192;
    private static readonly HashSet<string> NonFinite = new(StringComparer.Ordinal) { "NaN", "Infinity", "-Infinity", "∞", "-∞" };

    [Theory]
    [InlineData("mmm", "Basic", 60)]
    [InlineData("mmm", "SmallBusiness", 60)]
    [InlineData("clickstream", "Small", 60)]
    [InlineData("commerce", "Small", 30)]
    public void Every_mutant_is_exported_soundly_or_refused_cleanly(string family, string preset, int cases)
    {
        string baseline = PrintSpec(family, preset);
        var failures = new List<string>();
        int exported = 0, refused = 0;
        for (int seed = 0; seed < SpecMutator.Cases(cases); seed++)
        {
            var mutator = new SpecMutator(seed);
            string spec = mutator.Mutate(baseline);
            string specFile = Path.Combine(Folder, $"spec-{seed}.json");
            File.WriteAllText(specFile, spec);
            string target = Path.Combine(Folder, $"out-{seed}");
            var (exit, error) = Run(family, "--spec", specFile, "--out", target, "--max-bytes", "64M", "--quiet");
            string? problem = exit switch
            {
                0 when mutator.MustBeRefused => "accepted a spec with an unknown property or a duplicate key",
                0 => CheckExport(target, spec),
                2 => CheckRefusal(error, target),
                _ => $"exit {exit}: {Shorten(error)}",
            };
            if (exit == 0) exported++;
            else refused++;
            if (problem is not null) failures.Add($"{family} {preset} seed {seed}: {problem}");
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
            File.Delete(specFile);
            // Nothing but our own spec files and outputs may ever appear beside the export (no staging, lock or temporary entries).
            var strays = Directory.EnumerateFileSystemEntries(Folder).Select(Path.GetFileName).ToList();
            if (strays.Count > 0) failures.Add($"{family} {preset} seed {seed}: left {string.Join(", ", strays)}");
            foreach (string stray in Directory.EnumerateFileSystemEntries(Folder))
                if (Directory.Exists(stray)) Directory.Delete(stray, true); else File.Delete(stray);
        }
        log.WriteLine($"{family} {preset}: {exported} mutants exported, {refused} refused");
        Assert.True(failures.Count == 0, $"{failures.Count} of {exported + refused} mutants failed:\n" + string.Join("\n", failures.Take(10)));
        // The mutations must reach both outcomes, or the fuzzer tests nothing.
        Assert.True(exported > 0 && refused > 0, $"exported {exported}, refused {refused}");
    }

    private static string PrintSpec(string family, string preset)
    {
        var (exit, output, _) = CliRun.Run(family, "--preset", preset, "--print-spec");
        Assert.Equal(0, exit);
        return output;
    }

    private static (int Exit, string Error) Run(params string[] args)
    {
        var (exit, _, error) = CliRun.Run(args);
        return (exit, error);
    }

    private static string? CheckRefusal(string error, string target)
    {
        if (error.Trim().Length == 0) return "exit 2 without a message";
        if (error.Length > MaxMessageLength) return $"a message of {error.Length} characters";
        if (error.Contains("   at ", StringComparison.Ordinal)) return "a stack trace: " + Shorten(error);
        if (Directory.Exists(target)) return "refused but wrote " + target;
        return null;
    }

    private static string? CheckExport(string target, string spec)
    {
        string manifestPath = Path.Combine(target, "manifest.json");
        if (!File.Exists(manifestPath)) return "exit 0 without a manifest";
        using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
        var listed = new HashSet<string>(StringComparer.Ordinal) { "manifest.json" };
        foreach (var file in manifest.RootElement.GetProperty("files").EnumerateArray())
        {
            string name = file.GetProperty("name").GetString()!;
            listed.Add(name);
            string path = Path.Combine(target, name);
            if (!File.Exists(path)) return $"{name} is in the manifest but not written";
            string hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            if (hash != file.GetProperty("sha256").GetString()) return $"{name} does not match its manifest hash";
            if (name.EndsWith(".csv", StringComparison.Ordinal)
                && File.ReadLines(path).SelectMany(l => l.Split(',')).FirstOrDefault(f => NonFinite.Contains(f) && !spec.Contains($"\"{f}\"", StringComparison.Ordinal)) is { } field)
                return $"{name} holds the non-finite number {field}"; // unless the spec itself names something so (a category "NaN")
        }
        var unlisted = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(target, p).Replace('\\', '/')).Where(n => !listed.Contains(n)).ToList();
        return unlisted.Count > 0 ? "files not in the manifest: " + string.Join(", ", unlisted) : null;
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
