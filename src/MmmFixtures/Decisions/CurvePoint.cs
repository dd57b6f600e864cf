namespace MmmFixtures.Decisions;

/// <summary>A response curve at one point: its value f(x), slope f′(x) and curvature f″(x).</summary>
/// <param name="Value">f(x).</param>
/// <param name="Slope">f′(x) (+∞ where the curve rises infinitely steeply, e.g. a Hill curve with slope below 1 at 0).</param>
/// <param name="Curvature">f″(x).</param>
public readonly record struct CurvePoint(double Value, double Slope, double Curvature);
