namespace MmmFixtures;

/// <summary>
/// Versions recorded in every export. <see cref="Version"/> changes whenever any value an existing
/// spec produces would change (a new stream layout, a different formula, a different sampler): the
/// golden-hash tests pin the current one, and the changelog says why it moved.
/// </summary>
public static class GenerationAlgorithm
{
    /// <summary>The generation algorithm's version.</summary>
    public const int Version = 3;

    /// <summary>The library's version (the package version: the assembly's informational version, written in at build time).</summary>
    public static string LibraryVersion => ThisLibrary.InformationalVersion;
}
