using System.Reflection;

namespace MmmFixtures.Generators.Tests;

/// <summary>
/// Snapshot files in Verify's layout (<c>Snapshots/{Class}.{Method}#{HintName}.verified.cs</c>,
/// <c>.verified.txt</c> for diagnostics), without Verify: a mismatch writes <c>.received.*</c> beside the
/// verified file and fails; <c>MMMF_ACCEPT_SNAPSHOTS=1</c> accepts the received text instead.
/// </summary>
internal static class Snapshot
{
    private static readonly string Folder = Path.Combine(
        typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!,
        "Snapshots");

    public static void Verify(string actual, string className, string method, string? hintName, string extension)
    {
        string folder = Folder;
        string stem = $"{className}.{method}" + (hintName is null ? "" : $"#{hintName.Replace(".g.cs", "")}");
        string verified = Path.Combine(folder, $"{stem}.verified.{extension}");
        string received = Path.Combine(folder, $"{stem}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("MMMF_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        string? expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot yet: review {received} and rename it to .verified, or run with MMMF_ACCEPT_SNAPSHOTS=1."
            : $"Snapshot differs: compare {received} with {verified}; accept with MMMF_ACCEPT_SNAPSHOTS=1.");
    }
}
