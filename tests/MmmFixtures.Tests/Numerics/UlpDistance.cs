namespace MmmFixtures.Tests.Numerics;

/// <summary>Distance in units in the last place between two doubles, counting representable values.</summary>
internal static class UlpDistance
{
    public static long Between(double a, double b)
    {
        if (double.IsNaN(a) && double.IsNaN(b)) return 0;
        if (a == b) return 0; // also +0 == -0
        if (double.IsNaN(a) || double.IsNaN(b)) return long.MaxValue;
        long ordered(double d)
        {
            long bits = BitConverter.DoubleToInt64Bits(d);
            return bits < 0 ? long.MinValue - bits : bits;
        }
        long ia = ordered(a), ib = ordered(b);
        return ia > ib ? ia - ib : ib - ia;
    }
}
