namespace MmmFixtures.Tests.Deploy;

/// <summary>
/// A folder holding an executable <c>mmmfixtures</c> that runs the CLI this test project built (its dll is in the test
/// output), put first on the PATH of the recipes' scripts, as the installed tool is on a user's.
/// </summary>
internal static class ToolOnPath
{
    /// <summary>The environment the scripts run with: PATH starting with the folder of the stand-in tool, under <paramref name="folder"/>.</summary>
    public static Dictionary<string, string> Environment(string folder)
    {
        string bin = Directory.CreateDirectory(Path.Combine(folder, "bin")).FullName;
        string tool = Path.Combine(bin, "mmmfixtures");
        // dotnet test names the host that runs it; a plain "dotnet" from PATH otherwise.
        string dotnet = System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        File.WriteAllText(tool, $"#!/bin/sh\nexec '{dotnet}' '{Path.Combine(AppContext.BaseDirectory, "MmmFixtures.Cli.dll")}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new Dictionary<string, string> { ["PATH"] = bin + Path.PathSeparator + System.Environment.GetEnvironmentVariable("PATH") };
    }
}
