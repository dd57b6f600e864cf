namespace MmmFixtures.Families;

/// <summary>How a family writes an export; the bytes written do not depend on these.</summary>
public sealed record DatasetExportOptions
{
    /// <summary>Threads for generating and formatting, or -1 (default) for one per processor.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
