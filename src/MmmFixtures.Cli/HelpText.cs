using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace MmmFixtures.Cli;

/// <summary>
/// The tool's help: System.CommandLine's own text with the program named <c>mmmfixtures</c> (not the assembly
/// it runs from) and an examples section per command. System.CommandLine 2.0 keeps its help builder internal,
/// so its text is adjusted rather than rebuilt.
/// </summary>
internal sealed class HelpText
{
    /// <summary>The program's name as users type it.</summary>
    public const string ToolName = "mmmfixtures";

    private readonly Dictionary<Command, string[]> _examples = new();

    /// <summary>Records the examples shown in <paramref name="command"/>'s help.</summary>
    public void AddExamples(Command command, params string[] examples) => _examples[command] = examples;

    /// <summary><paramref name="help"/>, the text System.CommandLine wrote for <paramref name="command"/>, polished.</summary>
    public string Polish(string help, Command command)
    {
        var root = command.Parents.OfType<RootCommand>().FirstOrDefault() ?? command as RootCommand;
        var lines = help.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').ToList();
        int usage = lines.IndexOf("Usage:");
        for (int i = usage + 1; usage >= 0 && i < lines.Count && lines[i].Length > 0; i++)
            if (root is not null && lines[i].StartsWith("  " + root.Name, StringComparison.Ordinal))
                lines[i] = "  " + ToolName + lines[i].Substring(2 + root.Name.Length);
        var text = new StringWriter { NewLine = "\n" };
        foreach (string line in lines) text.WriteLine(line);
        if (_examples.TryGetValue(command, out var examples))
        {
            text.WriteLine();
            text.WriteLine("Examples:");
            foreach (string example in examples) text.WriteLine("  " + example);
        }
        text.WriteLine();
        return text.ToString();
    }
}
