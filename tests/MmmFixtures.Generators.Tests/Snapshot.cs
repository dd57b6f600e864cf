using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;

namespace MmmFixtures.Generators.Tests;

/// <summary>
/// Snapshot files in exactly Verify.SourceGenerators' layout, without Verify: a generated source is
/// <c>Snapshots/{Class}.{Method}#{HintName without .cs}.verified.cs</c> starting with <c>//HintName: {HintName}</c>;
/// diagnostics are <c>Snapshots/{Class}.{Method}.verified.txt</c> in Verify's serialization of a run result.
/// A mismatch writes <c>.received.*</c> beside the verified file and fails; <c>MMMF_ACCEPT_SNAPSHOTS=1</c>
/// accepts the received text instead.
/// </summary>
internal static class Snapshot
{
    private static readonly string Folder = Path.Combine(
        typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!,
        "Snapshots");

    /// <summary>One generated source, as Verify.SourceGenerators names and prefixes it.</summary>
    public static void Source(string className, string method, string hintName, string text)
    {
        string stem = hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName;
        Compare($"{className}.{method}#{stem}", "cs", $"//HintName: {hintName}\n{text}");
    }

    /// <summary>The diagnostics of a run, as Verify serializes them (<c>{ Diagnostics: [ … ] }</c>).</summary>
    public static void Diagnostics(string className, string method, IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder("{\n  Diagnostics: [\n");
        var ordered = diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        for (int i = 0; i < ordered.Count; i++)
        {
            var d = ordered[i];
            var descriptor = d.Descriptor;
            text.Append("    {\n");
            Member(text, "Id", d.Id);
            Member(text, "Title", descriptor.Title.ToString(CultureInfo.InvariantCulture));
            Member(text, "Severity", d.Severity.ToString());
            Member(text, "WarningLevel", d.WarningLevel.ToString(CultureInfo.InvariantCulture));
            Member(text, "Location", d.Location.GetMappedLineSpan().ToString());
            string description = descriptor.Description.ToString(CultureInfo.InvariantCulture);
            if (!string.IsNullOrWhiteSpace(description)) Member(text, "Description", description);
            if (!string.IsNullOrWhiteSpace(descriptor.HelpLinkUri)) Member(text, "HelpLink", descriptor.HelpLinkUri);
            Member(text, "MessageFormat", descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture));
            Member(text, "Message", d.GetMessage(CultureInfo.InvariantCulture));
            Member(text, "Category", descriptor.Category, last: !descriptor.CustomTags.Any());
            if (descriptor.CustomTags.Any()) text.Append("      CustomTags: [\n").Append(string.Join(",\n", descriptor.CustomTags.Select(t => "        " + t))).Append("\n      ]\n");
            text.Append(i == ordered.Count - 1 ? "    }\n" : "    },\n");
        }
        text.Append("  ]\n}");
        Compare($"{className}.{method}", "txt", text.ToString());
    }

    private static void Member(StringBuilder text, string name, string value, bool last = false) =>
        text.Append("      ").Append(name).Append(": ").Append(value).Append(last ? "\n" : ",\n");

    private static void Compare(string stem, string extension, string actual)
    {
        string verified = Path.Combine(Folder, $"{stem}.verified.{extension}");
        string received = Path.Combine(Folder, $"{stem}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("MMMF_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Folder);
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
        Directory.CreateDirectory(Folder);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot yet: review {received} and rename it to .verified, or run with MMMF_ACCEPT_SNAPSHOTS=1."
            : $"Snapshot differs: compare {received} with {verified}; accept with MMMF_ACCEPT_SNAPSHOTS=1.");
    }
}
