using System.Text.Json.Nodes;
using MmmFixtures.Tests.Cli;

namespace MmmFixtures.Tests.Deploy;

/// <summary>The spec the recipes run in the tests, and the comparison of their merged output with the single-machine export.</summary>
internal static class ExportFolders
{
    /// <summary>Writes a clickstream spec (the Small preset with 300 users: every shard gets some) to <paramref name="path"/>.</summary>
    public static void WriteSpec(string path)
    {
        var (exit, spec, error) = CliRun.Run("clickstream", "--preset", "Small", "--print-spec");
        Assert.True(exit == 0, error);
        var json = JsonNode.Parse(spec)!;
        json["users"] = 300;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json.ToJsonString());
    }

    /// <summary>Runs the tool in-process; fails with its error output on a non-zero exit.</summary>
    public static void Run(params string[] args)
    {
        var (exit, _, error) = CliRun.Run(args);
        Assert.True(exit == 0, $"mmmfixtures {string.Join(' ', args)} exited {exit}: {error}");
    }

    /// <summary>Asserts that <paramref name="actual"/> holds the same files as <paramref name="expected"/>, byte for byte.</summary>
    public static void AssertSame(string expected, string actual)
    {
        string[] files = Files(expected);
        Assert.NotEmpty(files);
        Assert.Equal(files, Files(actual));
        foreach (string file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))),
                $"{file} differs between {expected} and {actual}");
    }

    private static string[] Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToArray();
}
