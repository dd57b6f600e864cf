using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

// An MSBuild inline task (RoslynCodeTaskFactory, see ReadmeBlocks.targets): it turns every ```csharp block of
// the README into a C# file of the docs test project, following the rule stated in the README's top comment:
//   - a block whose first line after its using directives, blank lines and comments starts a declaration
//     (an attribute `[`, `namespace`, `public`, `internal`, `file`, `sealed`, `abstract`, `partial`, `class`,
//     `record`, `struct`, `interface` or `enum`) is a file of its own, as written;
//   - any other block is statements: its using directives stay at the top of the file and the rest becomes
//     the body of a method that a generated [Fact] runs in a fresh temporary folder;
//   - a block opened with ```csharp no-compile is skipped (and counted as skipped).
// `#line` directives point every diagnostic at README.md's own lines. The catalog file lists what was compiled,
// and the project's coverage test checks it against its own count of the README's C# fences.
public sealed class ExtractReadmeCSharp : Task
{
    private static readonly Regex Fence = new Regex(@"^(?<indent>\s*)(?<fence>`{3,}|~{3,})\s*(?<info>.*)$");
    private static readonly Regex UsingDirective = new Regex(@"^\s*(global\s+)?using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>, ]+)?\s*;");
    private static readonly Regex DeclarationStart = new Regex(
        @"^\s*(\[|(namespace|public|internal|file|sealed|abstract|partial|class|record|struct|interface|enum)\s)");

    /// <summary>The README to read.</summary>
    [Required] public string Readme { get; set; } = "";

    /// <summary>The folder that receives Block&lt;line&gt;.cs per compiled block and ReadmeBlockCatalog.g.cs.</summary>
    [Required] public string OutputDirectory { get; set; } = "";

    public override bool Execute()
    {
        string readme = Path.GetFullPath(Readme);
        string[] lines = File.ReadAllLines(readme);
        Directory.CreateDirectory(OutputDirectory);
        foreach (string stale in Directory.GetFiles(OutputDirectory, "*.cs")) File.Delete(stale);

        var catalog = new List<string>();
        int skipped = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            Match open = Fence.Match(lines[i]);
            if (!open.Success) continue;
            int close = FindClose(lines, i, open.Groups["fence"].Value);
            if (close < 0)
            {
                Log.LogError(null, null, null, readme, i + 1, 1, 0, 0, "this code fence is never closed");
                return false;
            }
            string[] info = open.Groups["info"].Value.Trim().Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (info.Length > 0 && IsCSharp(info[0]))
            {
                if (info.Skip(1).Contains("no-compile")) skipped++;
                else
                {
                    int indent = open.Groups["indent"].Value.Length;
                    string[] body = lines.Skip(i + 1).Take(close - i - 1).Select(l => Unindent(l, indent)).ToArray();
                    bool runs = WriteBlock(readme, i + 2, body);
                    catalog.Add($"({i + 2}, {(runs ? "true" : "false")})");
                }
            }
            i = close;
        }
        WriteCatalog(catalog, skipped);
        Log.LogMessage(MessageImportance.Normal, $"README.md: {catalog.Count} C# blocks extracted, {skipped} marked no-compile");
        return !Log.HasLoggedErrors;
    }

    private static bool IsCSharp(string language) =>
        new[] { "csharp", "cs", "c#" }.Contains(language.ToLowerInvariant());

    private static int FindClose(string[] lines, int open, string fence)
    {
        var closing = new Regex("^\\s*" + Regex.Escape(fence.Substring(0, 1)) + "{" + fence.Length + ",}\\s*$");
        for (int j = open + 1; j < lines.Length; j++)
            if (closing.IsMatch(lines[j])) return j;
        return -1;
    }

    // A fence indented inside a list item indents its content too; remove at most that much.
    private static string Unindent(string line, int indent)
    {
        int cut = 0;
        while (cut < indent && cut < line.Length && line[cut] == ' ') cut++;
        return line.Substring(cut);
    }

    /// <returns>true when the block is statements (wrapped in a generated, runnable [Fact]).</returns>
    private bool WriteBlock(string readme, int firstLine, string[] body)
    {
        int head = 0;
        while (head < body.Length && (body[head].Trim().Length == 0 || body[head].TrimStart().StartsWith("//") || UsingDirective.IsMatch(body[head])))
            head++;
        bool statements = head < body.Length && !DeclarationStart.IsMatch(body[head]);
        string path = readme.Replace("\\", "\\\\");
        var file = new StringBuilder();
        file.Append("// Extracted from README.md by the docs test project: edit README.md, not this file.\n");
        file.Append($"#line {firstLine} \"{path}\"\n");
        if (!statements)
        {
            foreach (string line in body) file.Append(line).Append('\n');
        }
        else
        {
            foreach (string line in body.Take(head)) file.Append(line).Append('\n');
            file.Append("#line default\n");
            file.Append($"public sealed class ReadmeBlock{firstLine}\n{{\n");
            file.Append($"    [global::Xunit.Fact(DisplayName = \"README.md line {firstLine} runs as written\")]\n");
            file.Append("    public void Runs_as_written() => global::MmmFixtures.DocsTests.ReadmeWorkingFolder.Run(Body);\n\n");
            file.Append("    private static void Body()\n    {\n");
            file.Append($"#line {firstLine + head} \"{path}\"\n");
            foreach (string line in body.Skip(head)) file.Append(line).Append('\n');
            file.Append("#line default\n    }\n}\n");
        }
        File.WriteAllText(Path.Combine(OutputDirectory, $"Block{firstLine}.cs"), file.ToString());
        return statements;
    }

    private void WriteCatalog(List<string> catalog, int skipped)
    {
        string text =
            "// Generated by the docs test project from README.md.\n" +
            "namespace MmmFixtures.DocsTests;\n\n" +
            "/// <summary>What the build extracted from README.md: each compiled block's first line and whether it runs as statements.</summary>\n" +
            "internal static class ReadmeBlockCatalog\n{\n" +
            "    public static readonly (int Line, bool Runs)[] Compiled = [" + string.Join(", ", catalog) + "];\n" +
            "    public static readonly int Skipped = " + skipped + ";\n}\n";
        File.WriteAllText(Path.Combine(OutputDirectory, "ReadmeBlockCatalog.g.cs"), text);
    }
}
