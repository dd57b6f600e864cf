using System;
using MmmFixtures.Numerics;
using MmmFixtures.Randomness;
using MmmFixtures.Randomness.Distributions;

namespace MmmFixtures.Commerce.Generation;

/// <summary>
/// The law of one order's net value given the catalog, and its exact moments. An order has
/// <c>L = min(1 + Poisson(LineItemsMean − 1), MaxLineItems)</c> lines; each line takes a product uniformly from the
/// catalog and a quantity <c>Q = min(1 + Poisson(QuantityMean − 1), MaxQuantity)</c>; gross = price × Q. With
/// probability DiscountRate the order uses the discount code, and each of its lines loses
/// <c>round(gross × DiscountPercent)</c> cents; each line is refunded in full (its discounted value) with probability
/// RefundRate. A line's net = gross − discount − refund. The expectations are exact sums over the rounded catalog
/// (in cents): <c>E[V | δ] = E[L]·E[Y_δ]</c> and <c>E[V² | δ] = E[L]·E[Y_δ²] + (E[L²] − E[L])·E[Y_δ]²</c>, δ whether the
/// order is discounted, lines independent given δ.
/// </summary>
internal sealed class BasketLaw
{
    private readonly OrderSpec _orders;
    private readonly double[] _quantity;

    public BasketLaw(OrderSpec orders)
    {
        _orders = orders;
        _quantity = CappedShiftedPoisson(orders.QuantityMean, orders.MaxQuantity);
        var lines = CappedShiftedPoisson(orders.LineItemsMean, orders.MaxLineItems);
        for (int l = 1; l <= lines.Length; l++)
        {
            LinesMean += l * lines[l - 1];
            LinesSecondMoment += (double)l * l * lines[l - 1];
        }
        for (int q = 1; q <= _quantity.Length; q++) QuantityMean += q * _quantity[q - 1];
    }

    /// <summary>E[L], the mean number of lines of an order.</summary>
    public double LinesMean { get; }

    /// <summary>E[L²].</summary>
    public double LinesSecondMoment { get; }

    /// <summary>E[Q], the mean quantity of a line.</summary>
    public double QuantityMean { get; }

    /// <summary>The expected net value of an order before prices are rounded, per unit of mean price: E[L]·E[Q]·(1 − DiscountRate·DiscountPercent)·(1 − RefundRate).</summary>
    public double NetPerUnitPrice =>
        LinesMean * QuantityMean * (1 - _orders.DiscountRate * _orders.DiscountPercent) * (1 - _orders.RefundRate);

    /// <summary>The discount of a line of <paramref name="grossCents"/>, in cents (half away from zero).</summary>
    public long DiscountCents(long grossCents) => (long)Math.Round(grossCents * _orders.DiscountPercent, MidpointRounding.AwayFromZero);

    /// <summary>Draws a line count (one Poisson draw).</summary>
    public int DrawLines(RandomStream rng) => Capped(rng, _orders.LineItemsMean, _orders.MaxLineItems);

    /// <summary>Draws a quantity (one Poisson draw).</summary>
    public int DrawQuantity(RandomStream rng) => Capped(rng, _orders.QuantityMean, _orders.MaxQuantity);

    /// <summary>The exact mean and second moment of an order's net value in cents, over the catalog's rounded prices.</summary>
    public (double Mean, double SecondMoment) OrderMoments(long[] priceCents)
    {
        double mean = 0, second = 0;
        foreach (bool discounted in new[] { false, true })
        {
            double probability = discounted ? _orders.DiscountRate : 1 - _orders.DiscountRate;
            var (y, y2) = LineMoments(priceCents, discounted);
            mean += probability * LinesMean * y;
            second += probability * (LinesMean * y2 + (LinesSecondMoment - LinesMean) * y * y);
        }
        return (mean, second);
    }

    // E[Y_δ] and E[Y_δ²] of one line's net, in cents.
    private (double Mean, double SecondMoment) LineMoments(long[] priceCents, bool discounted)
    {
        double sum = 0, sum2 = 0;
        foreach (long price in priceCents)
            for (int q = 1; q <= _quantity.Length; q++)
            {
                long gross = price * q;
                double kept = gross - (discounted ? DiscountCents(gross) : 0);
                sum += _quantity[q - 1] * kept;
                sum2 += _quantity[q - 1] * kept * kept;
            }
        double keep = (1 - _orders.RefundRate) / Math.Max(1, priceCents.Length);
        return (keep * sum, keep * sum2);
    }

    private static int Capped(RandomStream rng, double mean, int cap) =>
        (int)Math.Min(cap, 1 + rng.Poisson(Math.Max(0, mean - 1)));

    // P(min(1 + X, cap) = v) for v = 1..cap, X ~ Poisson(mean − 1); the cap takes the tail's mass.
    private static double[] CappedShiftedPoisson(double mean, int cap)
    {
        cap = Math.Max(1, cap);
        double lambda = Math.Max(0, mean - 1);
        var p = new double[cap];
        double term = DeterministicMath.Exp(-lambda), below = 0;
        for (int k = 0; k < cap - 1; k++)
        {
            p[k] = term;
            below += term;
            term *= lambda / (k + 1);
        }
        p[cap - 1] = Math.Max(0, 1 - below);
        return p;
    }
}
