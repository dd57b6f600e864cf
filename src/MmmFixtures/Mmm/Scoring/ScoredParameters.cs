using System;
using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Mmm.Scoring;

/// <summary>
/// The channel parameters an estimate may state, by name, and their true national value: the mean over the geos where
/// the channel ran of <see cref="ChannelGeoParameters"/> (the declared value when the panel has no geo hierarchy).
/// </summary>
public static class ScoredParameters
{
    private static readonly (string Name, string Column, Func<ChannelGeoParameters, double?> Value)[] All =
    {
        ("beta", "beta", p => p.Beta),
        ("alpha", "alpha", p => p.Alpha),
        ("theta", "theta", p => p.Theta),
        ("weibullShape", "weibull_shape", p => p.WeibullShape),
        ("weibullScale", "weibull_scale", p => p.WeibullScale),
        ("halfSaturation", "half_saturation", p => p.HalfSaturation),
        ("slope", "slope", p => p.Slope),
        ("lambda", "lambda", p => p.Lambda),
        ("tanhScale", "tanh_scale", p => p.TanhScale),
    };

    /// <summary>The parameter names, as in JSON: β, adstock α and θ, Weibull shape and scale, saturation κ, Hill slope, logistic λ, tanh c.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(p => p.Name).ToArray();

    /// <summary>The same names in snake case, as CSV columns (<c>half_saturation</c>).</summary>
    public static IReadOnlyList<string> Columns { get; } = All.Select(p => p.Column).ToArray();

    /// <summary>The true national value of <paramref name="name"/> for <paramref name="channel"/>, or null when its adstock or saturation kind has no such parameter.</summary>
    public static double? TrueValue(ChannelTruth channel, string name)
    {
        var accessor = All.First(p => p.Name == name).Value;
        var ran = channel.ParametersByGeo.Where(p => p.SignalScale > 0).ToArray();
        var geos = ran.Length > 0 ? ran : channel.ParametersByGeo.ToArray();
        if (geos.Any(p => accessor(p) is null)) return null;
        return geos.Sum(p => accessor(p)!.Value) / geos.Length;
    }
}
