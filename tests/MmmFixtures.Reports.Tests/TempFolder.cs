namespace MmmFixtures.Reports.Tests;

/// <summary>Base class for tests that write files: a fresh temporary folder per test, deleted afterwards.</summary>
public abstract class TempFolder : IDisposable
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("mmmf-report-test-").FullName;

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
