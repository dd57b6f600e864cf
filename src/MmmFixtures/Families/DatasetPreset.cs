using System;

namespace MmmFixtures.Families;

/// <summary>A ready-made spec of a family whose spec type is <typeparamref name="TSpec"/>.</summary>
/// <typeparam name="TSpec">The family's spec type.</typeparam>
public sealed class DatasetPreset<TSpec> : IDatasetPreset where TSpec : class
{
    private readonly Func<ulong, TSpec> _create;
    private readonly Lazy<string> _summary;

    /// <summary>Creates a preset.</summary>
    /// <param name="name">The preset's name.</param>
    /// <param name="summary">One line describing its shape.</param>
    /// <param name="create">Makes the spec for a root seed.</param>
    public DatasetPreset(string name, string summary, Func<ulong, TSpec> create)
        : this(name, Known(summary ?? throw new ArgumentNullException(nameof(summary))), create)
    {
    }

    /// <summary>Creates a preset whose summary is made on first use: a run that only looks presets up by name does not build them all to describe them.</summary>
    /// <param name="name">The preset's name.</param>
    /// <param name="summarize">Makes the line describing its shape (called at most once).</param>
    /// <param name="create">Makes the spec for a root seed.</param>
    public DatasetPreset(string name, Func<string> summarize, Func<ulong, TSpec> create)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        _summary = new Lazy<string>(summarize ?? throw new ArgumentNullException(nameof(summarize)));
        _create = create ?? throw new ArgumentNullException(nameof(create));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Summary => _summary.Value;

    /// <summary>The preset's spec with the root seed <paramref name="seed"/>.</summary>
    public TSpec Create(ulong seed) => _create(seed);

    object IDatasetPreset.Create(ulong seed) => Create(seed);

    private static Func<string> Known(string summary) => () => summary;
}
