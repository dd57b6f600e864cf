using System.Diagnostics;

namespace MmmFixtures.Tests.Deploy;

/// <summary>Programs the recipes run (bash, python3, GNU parallel), found on the PATH, and run to their end.</summary>
internal static class Programs
{
    /// <summary>The full path of <paramref name="name"/> on the PATH, or null.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    /// <summary>Runs <paramref name="program"/> in <paramref name="workingDirectory"/> with extra <paramref name="environment"/>; fails on a non-zero exit.</summary>
    public static string Run(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{output}\n{error.Result}");
        return output;
    }
}

/// <summary>A fact that needs a program on the PATH: skipped, saying so, where it is not installed.</summary>
public sealed class ProgramFactAttribute : FactAttribute
{
    public ProgramFactAttribute(string program, string package)
    {
        if (Programs.Find(program) is null) Skip = $"{program} is not installed (apt-get install {package}): the recipe cannot run here";
    }
}
