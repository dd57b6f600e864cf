using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Mmm.Pathology;

/// <summary>The presets by kind, and each preset's panel generated once for the pathology tests.</summary>
internal static class PathologyPanels
{
    public static readonly MmmPreset[] WellPosed =
    {
        MmmPreset.Basic, MmmPreset.Seasonal, MmmPreset.MultiRegion, MmmPreset.SmallBusiness,
        MmmPreset.GrowingBusiness, MmmPreset.MediumBusiness, MmmPreset.LargeBusiness,
    };

    /// <summary>Each pathology preset and the validation warning built to fire on it.</summary>
    public static readonly IReadOnlyDictionary<MmmPreset, string> Warning = new Dictionary<MmmPreset, string>
    {
        [MmmPreset.Collinear] = "collinear-spend",
        [MmmPreset.LowSignal] = "low-signal",
        [MmmPreset.NeverSpends] = "never-spends",
        [MmmPreset.SeasonalConfounding] = "seasonal-spend",
        [MmmPreset.ShortHistory] = "short-history",
        [MmmPreset.LongCarryover] = "long-carryover",
        [MmmPreset.WrongSignal] = "exposure-signal",
        [MmmPreset.Saturated] = "saturated",
    };

    private static readonly Dictionary<MmmPreset, Lazy<MmmPanel>> Panels =
        Enum.GetValues<MmmPreset>().ToDictionary(p => p, p => new Lazy<MmmPanel>(() => MmmGenerator.Generate(MmmPresets.Get(p))));

    public static MmmPanel Panel(MmmPreset preset) => Panels[preset].Value;

    public static double[] Column(ReadOnlySpan<double> values) => values.ToArray();
}
