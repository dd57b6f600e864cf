namespace MmmFixtures.Families;

/// <summary>A ready-made spec of a family: its name, a one-line summary of its shape and the spec for a seed.</summary>
public interface IDatasetPreset
{
    /// <summary>The preset's name, e.g. <c>Basic</c> (matched case-insensitively).</summary>
    string Name { get; }

    /// <summary>One line describing the shape, e.g. <c>52 weeks × 1 geo, 3 channels (Tv, Digital, Print), no controls</c>.</summary>
    string Summary { get; }

    /// <summary>The preset's spec with the root seed <paramref name="seed"/>.</summary>
    object Create(ulong seed);
}
