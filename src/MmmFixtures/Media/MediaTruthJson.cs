using System.Collections.Generic;
using System.Text.Json;
using MmmFixtures.EnumText;
using MmmFixtures.Export;

namespace MmmFixtures.Media;

/// <summary>
/// The truth's <c>adstock</c> and <c>saturation</c> objects, for every family with a media transform (an MMM geo ×
/// channel, a commerce ad platform): each parameter the kind uses, <c>null</c> for the others, and the kernel's weights.
/// </summary>
internal static class MediaTruthJson
{
    /// <summary>Whether an adstock kind has a decay α.</summary>
    public static bool UsesAlpha(AdstockKind kind) => kind is AdstockKind.Geometric or AdstockKind.Delayed;

    /// <summary>Whether an adstock kind has a Weibull shape and scale.</summary>
    public static bool UsesWeibull(AdstockKind kind) => kind is AdstockKind.WeibullCdf or AdstockKind.WeibullPdf;

    /// <summary>Whether a saturation kind has a half-saturation point.</summary>
    public static bool UsesHalfSaturation(SaturationKind kind) => kind is SaturationKind.Hill or SaturationKind.MichaelisMenten;

    /// <summary>
    /// Writes <c>"adstock": { kind, alpha, theta, shape, scale, maxLag, normalize, weights }</c>; the weights through
    /// <paramref name="repeatedWeights"/> if given (the same bytes, formatted once while they repeat).
    /// </summary>
    public static void WriteAdstock(Utf8JsonWriter w, AdstockKind kind, double? alpha, double? theta, double? shape, double? scale, int maxLag,
        bool normalize, IReadOnlyList<double> weights, RepeatedJsonNumbers? repeatedWeights = null)
    {
        w.WriteStartObject("adstock");
        w.WriteString("kind", EnumTexts.AdstockKinds[kind]);
        NumberOrNull(w, "alpha", alpha);
        NumberOrNull(w, "theta", theta);
        NumberOrNull(w, "shape", shape);
        NumberOrNull(w, "scale", scale);
        w.WriteNumber("maxLag", maxLag);
        w.WriteBoolean("normalize", normalize);
        if (repeatedWeights is not null) repeatedWeights.Write(w, "weights", weights);
        else
        {
            w.WriteStartArray("weights");
            for (int i = 0; i < weights.Count; i++) w.WriteNumberValue(weights[i]);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>Writes a declared adstock with its kernel's <paramref name="weights"/>.</summary>
    public static void WriteAdstock(Utf8JsonWriter w, AdstockSpec a, IReadOnlyList<double> weights) =>
        WriteAdstock(w, a.Kind, UsesAlpha(a.Kind) ? a.Alpha : null, a.Kind == AdstockKind.Delayed ? a.Theta : null,
            UsesWeibull(a.Kind) ? a.Shape : null, UsesWeibull(a.Kind) ? a.Scale : null, weights.Count, a.Normalize, weights);

    /// <summary>Writes <c>"saturation": { kind, halfSaturation, slope, lambda, scale }</c>.</summary>
    public static void WriteSaturation(Utf8JsonWriter w, SaturationKind kind, double? halfSaturation, double? slope, double? lambda, double? tanhScale)
    {
        w.WriteStartObject("saturation");
        w.WriteString("kind", EnumTexts.SaturationKinds[kind]);
        NumberOrNull(w, "halfSaturation", halfSaturation);
        NumberOrNull(w, "slope", slope);
        NumberOrNull(w, "lambda", lambda);
        NumberOrNull(w, "scale", tanhScale);
        w.WriteEndObject();
    }

    /// <summary>Writes a declared saturation curve.</summary>
    public static void WriteSaturation(Utf8JsonWriter w, SaturationSpec s) =>
        WriteSaturation(w, s.Kind, UsesHalfSaturation(s.Kind) ? s.HalfSaturation : null, s.Kind == SaturationKind.Hill ? s.Slope : null,
            s.Kind == SaturationKind.Logistic ? s.Lambda : null, s.Kind == SaturationKind.Tanh ? s.TanhScale : null);

    private static void NumberOrNull(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
