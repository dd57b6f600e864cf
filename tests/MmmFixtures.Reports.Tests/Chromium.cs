using System.Diagnostics;

namespace MmmFixtures.Reports.Tests;

/// <summary>Headless Chromium (Debian's <c>chromium</c> package), to see a page as a person's browser does.</summary>
internal static class Chromium
{
    public static string? Executable { get; } = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    /// <summary>Runs Chromium headless on <paramref name="page"/> with <paramref name="arguments"/>; returns standard output.</summary>
    public static string Run(string page, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("chromium is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // No sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        foreach (string argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                     "--user-data-dir=" + Path.Combine(Path.GetDirectoryName(page)!, "chromium-profile") }.Concat(arguments))
            start.ArgumentList.Add(argument);
        start.ArgumentList.Add(new Uri(page).AbsoluteUri);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish with {page} in 120 s");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"chromium exited {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}

/// <summary>A fact that needs Chromium: skipped, saying so, where it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null) Skip = "chromium is not installed (apt-get install chromium): the screenshot test cannot run here";
    }
}
