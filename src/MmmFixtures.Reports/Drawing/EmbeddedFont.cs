using System.IO;
using ScottPlot;
using SkiaSharp;

namespace MmmFixtures.Reports.Drawing;

/// <summary>
/// The one font every chart is drawn with, DejaVu Sans (regular and bold), shipped inside this assembly (Bitstream Vera
/// licence, Fonts/LICENSE.txt): text is measured and drawn with the same glyphs on every machine, so the bytes of a chart do
/// not depend on which fonts are installed (or whether any are).
/// </summary>
internal sealed class EmbeddedFont : IFontResolver
{
    /// <summary>The family name charts ask for.</summary>
    public const string Family = "DejaVu Sans";

    private static readonly SKTypeface Regular = Load("DejaVuSans.ttf"), Bold = Load("DejaVuSans-Bold.ttf");

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        fontName == Family ? (weight >= FontWeight.SemiBold ? Bold : Regular) : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName == Family ? (bold ? Bold : Regular) : null;

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(EmbeddedFont).Assembly.GetManifestResourceStream("MmmFixtures.Reports.Fonts." + file)
            ?? throw new FileNotFoundException($"The embedded font {file} is missing from {typeof(EmbeddedFont).Assembly.GetName().Name}.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidDataException($"The embedded font {file} cannot be read.");
    }
}
