using System.Diagnostics;

namespace MmmFixtures.Tests.Export;

/// <summary>The mmmfixtures tool run as a child process (the test project references the CLI, so its dll is in the test output).</summary>
internal static class Cli
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "MmmFixtures.Cli.dll");

    /// <summary>Starts <c>dotnet MmmFixtures.Cli.dll</c> with <paramref name="arguments"/>, output captured.</summary>
    public static Process Start(params string[] arguments) => StartIn(null, null, arguments);

    /// <summary>Starts the tool in <paramref name="workingDirectory"/> (null: this process's) with extra <paramref name="environment"/> variables.</summary>
    public static Process StartIn(string? workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        // dotnet test and MSBuild name the host that runs them; a plain "dotnet" from PATH otherwise.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        start.ArgumentList.Add(Dll);
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        return Process.Start(start)!;
    }

    /// <summary>Runs the tool to its end and returns its exit code and standard error.</summary>
    public static (int Exit, string Error) Run(params string[] arguments) => RunIn(null, arguments);

    /// <summary>Runs the tool in <paramref name="workingDirectory"/> to its end and returns its exit code and standard error.</summary>
    public static (int Exit, string Error) RunIn(string? workingDirectory, params string[] arguments)
    {
        using var process = StartIn(workingDirectory, null, arguments);
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Result);
    }
}
