using System.Runtime.CompilerServices;

// README code writes to relative paths (`out/retail`) and the working folder is one per process, so the
// README's tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace MmmFixtures.DocsTests;

/// <summary>
/// Where README code runs: a temporary folder as the current directory, so `out/…` paths written as a user
/// would write them never land in the repository or in bin/.
/// </summary>
public static class ReadmeWorkingFolder
{
    private static string? _runFolder;

    // Test classes declared by the README itself (the quick start's RetailTests) cannot be wrapped, so the
    // whole run starts in a temporary folder, deleted when the test process exits.
#pragma warning disable CA2255 // a module initializer in a test assembly is exactly the intended use here
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void EnterRunFolder()
    {
        _runFolder = Directory.CreateTempSubdirectory("mmmf-readme-run-").FullName;
        Environment.CurrentDirectory = _runFolder;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(_runFolder);
    }

    /// <summary>Runs one README statements block in a fresh temporary folder, then deletes the folder.</summary>
    public static void Run(Action block)
    {
        string previous = Environment.CurrentDirectory;
        string folder = Directory.CreateTempSubdirectory("mmmf-readme-block-").FullName;
        Environment.CurrentDirectory = folder;
        try { block(); }
        finally
        {
            Environment.CurrentDirectory = previous;
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void DeleteQuietly(string folder)
    {
        Environment.CurrentDirectory = Path.GetTempPath();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
