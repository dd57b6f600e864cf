namespace MmmFixtures.Mmm;

/// <summary>
/// Says that a panel is a deliberately hard case and what a good model does with it. It lives on the spec
/// (<see cref="MmmSpec.Pathology"/>), so a preset, a spec file and a user's own spec carry it alike, the manifest keeps it,
/// and the truth repeats it (<see cref="MmmTruth.Pathology"/>, <c>pathology</c> in <c>truth.json</c>). It changes no value
/// of the panel: it is a label, not a setting.
/// </summary>
/// <param name="Name">A short name such as <c>Collinear</c> (a name: 1 to 64 characters, no line breaks, commas or quotes).</param>
/// <param name="Description">What makes the panel hard (1 to <see cref="MaxTextLength"/> characters).</param>
/// <param name="WhatAGoodModelDoes">How a good model or analyst should respond (1 to <see cref="MaxTextLength"/> characters).</param>
public sealed record PathologyLabel(string Name, string Description, string WhatAGoodModelDoes)
{
    /// <summary>The longest description or advice, in characters.</summary>
    public const int MaxTextLength = 2_000;
}
