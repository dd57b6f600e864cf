using MmmFixtures.Json;
using MmmFixtures.EnumText;

namespace MmmFixtures.Media;

/// <summary>
/// The JSON form of a media transform's parts, shared by every family that has one (an MMM channel's and a commerce
/// ad platform's <c>adstock</c> and <c>saturation</c> objects). A kind's parameters are written only for the kinds
/// that use them; reading accepts them all.
/// </summary>
internal static class MediaSpecJson
{
    /// <summary>The fields of an <see cref="AdstockSpec"/>.</summary>
    public static readonly JsonFields<AdstockSpec> Adstock = new(
        JsonField.Enum<AdstockSpec, AdstockKind>("kind", EnumTexts.AdstockKinds, a => a.Kind, (a, v) => a with { Kind = v }),
        JsonField.Number<AdstockSpec>("alpha", a => a.Alpha, (a, v) => a with { Alpha = v }, a => a.Kind is AdstockKind.Geometric or AdstockKind.Delayed),
        JsonField.Number<AdstockSpec>("theta", a => a.Theta, (a, v) => a with { Theta = v }, a => a.Kind == AdstockKind.Delayed),
        JsonField.Number<AdstockSpec>("shape", a => a.Shape, (a, v) => a with { Shape = v }, IsWeibull),
        JsonField.Number<AdstockSpec>("scale", a => a.Scale, (a, v) => a with { Scale = v }, IsWeibull),
        JsonField.Integer<AdstockSpec>("maxLag", a => a.MaxLag, (a, v) => a with { MaxLag = v }, a => a.Kind != AdstockKind.None),
        JsonField.Boolean<AdstockSpec>("normalize", a => a.Normalize, (a, v) => a with { Normalize = v }, a => a.Kind != AdstockKind.None));

    /// <summary>The fields of a <see cref="SaturationSpec"/>.</summary>
    public static readonly JsonFields<SaturationSpec> Saturation = new(
        JsonField.Enum<SaturationSpec, SaturationKind>("kind", EnumTexts.SaturationKinds, s => s.Kind, (s, v) => s with { Kind = v }),
        JsonField.Number<SaturationSpec>("halfSaturation", s => s.HalfSaturation, (s, v) => s with { HalfSaturation = v },
            s => s.Kind is SaturationKind.Hill or SaturationKind.MichaelisMenten),
        JsonField.Number<SaturationSpec>("slope", s => s.Slope, (s, v) => s with { Slope = v }, s => s.Kind == SaturationKind.Hill),
        JsonField.Number<SaturationSpec>("lambda", s => s.Lambda, (s, v) => s with { Lambda = v }, s => s.Kind == SaturationKind.Logistic),
        JsonField.Number<SaturationSpec>("scale", s => s.TanhScale, (s, v) => s with { TanhScale = v }, s => s.Kind == SaturationKind.Tanh));

    private static bool IsWeibull(AdstockSpec a) => a.Kind is AdstockKind.WeibullCdf or AdstockKind.WeibullPdf;
}
