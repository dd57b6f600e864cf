using System.Security.Cryptography;
using System.Text.Json;

namespace MmmFixtures.Tests.Export;

/// <summary>What a reader finds in an export folder, checked to be one complete export: exactly the manifest's files (in subfolders too), each with its size and SHA-256.</summary>
/// <param name="Seed">The manifest's seed.</param>
/// <param name="ManifestSha256">The manifest's own SHA-256, which identifies the export.</param>
internal sealed record CompleteExport(ulong Seed, string ManifestSha256)
{
    /// <summary>Reads <paramref name="folder"/> and asserts it holds one complete export and nothing else.</summary>
    public static CompleteExport Read(string folder)
    {
        byte[] manifestBytes = File.ReadAllBytes(Path.Combine(folder, "manifest.json"));
        using var manifest = JsonDocument.Parse(manifestBytes);
        var listed = new List<string> { "manifest.json" };
        foreach (var file in manifest.RootElement.GetProperty("files").EnumerateArray())
        {
            string name = file.GetProperty("name").GetString()!;
            listed.Add(name);
            using var stream = File.OpenRead(Path.Combine(folder, name));
            Assert.Equal(file.GetProperty("bytes").GetInt64(), stream.Length);
            Assert.True(file.GetProperty("sha256").GetString() == Convert.ToHexStringLower(SHA256.HashData(stream)), $"{name} does not match the manifest");
        }
        // Every file, in subfolders too (layouts, tenants, partitioned datasets), and no empty folder.
        Assert.Equal(listed.Order(StringComparer.Ordinal), Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories), d => !Directory.EnumerateFileSystemEntries(d).Any());
        return new CompleteExport(manifest.RootElement.GetProperty("seed").GetUInt64(), Convert.ToHexStringLower(SHA256.HashData(manifestBytes)));
    }
}
