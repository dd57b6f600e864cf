using System;

namespace MmmFixtures.Reports;

/// <summary>The size of a drawn chart, in pixels (SVG user units).</summary>
public sealed class ChartSize
{
    /// <summary>The smallest side a chart may have: below it, title, axes and legend do not fit.</summary>
    public const int MinSide = 200;

    /// <summary>The largest side a chart may have.</summary>
    public const int MaxSide = 4000;

    /// <summary>A size of <paramref name="width"/> × <paramref name="height"/> pixels, each from <see cref="MinSide"/> to <see cref="MaxSide"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A side is outside [<see cref="MinSide"/>, <see cref="MaxSide"/>]; the message names every bad side.</exception>
    public ChartSize(int width, int height)
    {
        string bad = (Bad(nameof(width), width) + Bad(nameof(height), height)).Trim();
        if (bad.Length > 0) throw new ArgumentOutOfRangeException(bad.Contains("width") ? nameof(width) : nameof(height), bad);
        Width = width;
        Height = height;
    }

    /// <summary>The width in pixels.</summary>
    public int Width { get; }

    /// <summary>The height in pixels.</summary>
    public int Height { get; }

    /// <summary>The size of an x–y chart in the report: wide enough for a legend to the right of the data.</summary>
    public static ChartSize Default { get; } = new(960, 420);

    private static string Bad(string name, int value) =>
        value is < MinSide or > MaxSide ? $"{name} is {value}; allowed {MinSide} to {MaxSide}. " : "";
}
