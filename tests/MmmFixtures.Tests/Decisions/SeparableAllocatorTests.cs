using System;
using System.Linq;
using MmmFixtures.Decisions;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Decisions;

/// <summary>
/// The allocator against closed forms, a non-concave case where local search fails, bounds and locks,
/// brute force on small random instances, and bad inputs.
/// </summary>
public class SeparableAllocatorTests
{
    private static Func<double, double> MichaelisMenten(double a, double k) => x => a * x / (k + x);

    private static Func<double, double> Hill(double a, double k, double s) => x => x <= 0 ? 0 : a / (1 + Math.Pow(k / x, s));

    // f, f′, f″ by hand: a·x/(k + x) has f′ = a·k/(k + x)², f″ = −2a·k/(k + x)³; a·r/(1 + r) with r = (x/k)^s has
    // f′ = a·s·r/(x(1 + r)²), f″ = a·s·r·(s − 1 − (s + 1)r)/(x²(1 + r)³) (at 0: slope 0 for s > 1, a/k for s = 1).
    private static Func<double, CurvePoint> MichaelisMentenPoint(double a, double k) =>
        x => new CurvePoint(a * x / (k + x), a * k / ((k + x) * (k + x)), -2 * a * k / ((k + x) * (k + x) * (k + x)));

    private static Func<double, CurvePoint> HillPoint(double a, double k, double s) => x =>
    {
        if (x <= 0) return new CurvePoint(0, s > 1 ? 0 : s == 1 ? a / k : double.PositiveInfinity, 0);
        double r = Math.Pow(x / k, s), q = 1 / (1 + r);
        return new CurvePoint(Hill(a, k, s)(x), a * s * r * q * q / x, a * s * r * q * q * q * (s - 1 - (s + 1) * r) / (x * x));
    };

    private static AllocationChannel WithDerivatives(AllocationChannel channel, Func<double, CurvePoint> points, double exponent) =>
        channel with { ConcaveExponent = exponent, Derivatives = points };

    private static AllocationResult Solve(double budget, params AllocationChannel[] channels) =>
        SeparableAllocator.Maximize(new AllocationProblem(channels, budget));

    [Fact]
    public void TwoMichaelisMentenChannelsMeetAtEqualMarginalReturns()
    {
        // f1 = 4x/(1+x), f2 = x/(4+x): √(a1k1)/(k1+x1) = √(a2k2)/(k2+x2) gives x1 = (B + 3)/2 = 4, x2 = 1 for B = 5.
        var result = Solve(5, new("a", MichaelisMenten(4, 1)), new("b", MichaelisMenten(1, 4)));
        Assert.Equal(4, result.Spend[0], 1e-7);
        Assert.Equal(1, result.Spend[1], 1e-7);
        Assert.Equal(3.4, result.Contribution, 1e-12);
        Assert.Equal(0.16, result.MarginalReturn[0]!.Value, 1e-6);
        Assert.Equal(0.16, result.MarginalReturn[1]!.Value, 1e-6);
        Assert.InRange(result.Gap!.Value, 0, SeparableAllocator.TargetGap);
        Assert.True(result.UpperBound >= result.Contribution);
    }

    [Fact]
    public void WithDerivativesNewtonMeetsTheClosedFormInAFewEvaluations()
    {
        // As above (x = 4 and 1 for B = 5), from the optimality conditions solved by Newton's method and certified by tangents.
        int evaluations = 0;
        Func<double, CurvePoint> Counted(Func<double, CurvePoint> f) => x => { System.Threading.Interlocked.Increment(ref evaluations); return f(x); };
        var result = Solve(5,
            WithDerivatives(new("a", MichaelisMenten(4, 1)), Counted(MichaelisMentenPoint(4, 1)), 1),
            WithDerivatives(new("b", MichaelisMenten(1, 4)), Counted(MichaelisMentenPoint(1, 4)), 1));
        Assert.Equal(4, result.Spend[0], 1e-9);
        Assert.Equal(1, result.Spend[1], 1e-9);
        Assert.Equal(3.4, result.Contribution, 1e-12);
        Assert.Equal(0.16, result.MarginalReturn[0]!.Value, 1e-12); // the curve's own slope, not a difference
        Assert.Equal(0.16, result.MarginalReturn[1]!.Value, 1e-12);
        Assert.InRange(result.Gap!.Value, 0, SeparableAllocator.TargetGap);
        Assert.InRange(evaluations, 1, 30);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SShapedCurvesFindTheGlobalBasinWhereLocalAscentFromTheEvenSplitStalls(bool derivatives)
    {
        // Three equal Hill curves (slope 4, κ = 1), B = 1.2: the even split is stationary (equal marginals) and
        // worth 3·0.0250; the global optimum puts everything in one channel, 1.2⁴/(1 + 1.2⁴) = 0.6746. Newton's method
        // (with derivatives) starts from that even split and stays there: the certificate sends it to the grid's basin.
        var curves = Enumerable.Range(0, 3).Select(i => new AllocationChannel($"c{i}", Hill(1, 1, 4)))
            .Select(c => derivatives ? WithDerivatives(c, HillPoint(1, 1, 4), 4) : c).ToArray();
        double[] local = LocalAscent(curves.Select(c => c.Response).ToArray(), Enumerable.Repeat(0.4, 3).ToArray());
        double localValue = local.Select((x, i) => curves[i].Response(x)).Sum();

        var result = Solve(1.2, curves);

        double global = Hill(1, 1, 4)(1.2);
        Assert.Equal(global, result.Contribution, 1e-12);
        Assert.Equal(1.2, result.Spend.Max(), 1e-12);
        Assert.True(localValue < 0.2 * global, $"local ascent reached {localValue}");
        Assert.InRange(result.Gap!.Value, 0, SeparableAllocator.TargetGap);
    }

    // Moves a small step from the channel losing least to the one gaining most while that pays: a local method.
    private static double[] LocalAscent(Func<double, double>[] f, double[] x)
    {
        for (double s = 1e-3; s > 1e-9; s /= 2)
            for (int iteration = 0; iteration < 10_000; iteration++)
            {
                int gainer = Enumerable.Range(0, x.Length).OrderByDescending(c => f[c](x[c] + s) - f[c](x[c])).First();
                int loser = Enumerable.Range(0, x.Length).Where(c => x[c] >= s).OrderBy(c => f[c](x[c]) - f[c](x[c] - s)).First();
                if (gainer == loser || f[gainer](x[gainer] + s) - f[gainer](x[gainer]) <= f[loser](x[loser]) - f[loser](x[loser] - s)) break;
                x[gainer] += s;
                x[loser] -= s;
            }
        return x;
    }

    [Fact]
    public void BoundsAndLocksAreHonouredExactlyAndTheBudgetIsSpentExactly()
    {
        var result = Solve(10,
            new("capped", MichaelisMenten(10, 1), 0, 2.5),
            new("locked", MichaelisMenten(1, 1), 1.75, 1.75),
            new("floored", MichaelisMenten(0.1, 1), 3, double.PositiveInfinity),
            new("free", MichaelisMenten(3, 2)));
        Assert.Equal(2.5, result.Spend[0]);
        Assert.Equal(1.75, result.Spend[1]);
        Assert.Equal(3, result.Spend[2]);
        Assert.Equal(10, result.Spend.Sum(), 1e-13);
        Assert.InRange(result.Gap!.Value, 0, SeparableAllocator.TargetGap);
    }

    [Fact]
    public void ProfitStopsSpendingWhereTheMarginalReturnFallsToOne()
    {
        // f = 4x/(1+x): f' = 4/(1+x)² = 1 at x = 1, profit 2 − 1 = 1; the rest of B = 5 is kept.
        var result = SeparableAllocator.Maximize(new AllocationProblem(
            new[] { new AllocationChannel("a", MichaelisMenten(4, 1)) }, 5, AllocationObjective.Profit));
        Assert.Equal(1, result.Spend[0], 1e-6);
        Assert.Equal(1, result.Objective, 1e-12);
        Assert.InRange(result.Gap!.Value, 0, SeparableAllocator.TargetGap);
    }

    [Theory]
    [InlineData(false, 20_000)]
    [InlineData(true, 60)]
    public void ProfitFarBelowALargeBudgetIsFoundWithFewEvaluations(bool derivatives, int most)
    {
        // The optimum spends 1 + 2 of a budget of 10⁷: the unspent budget's rounding (ulp 2e-9) once drove the exchange
        // into millions of noise-sized moves, and a λ off 1 by 1e-8 cost 0.1 in the bound (10% of the profit). With the
        // curves' derivatives, Newton's method and tangent bounds need a few dozen evaluations instead of thousands.
        long evaluations = 0;
        Func<double, double> Counted(Func<double, double> f) => x => { System.Threading.Interlocked.Increment(ref evaluations); return f(x); };
        Func<double, CurvePoint>? CountedPoints(Func<double, CurvePoint> f) =>
            derivatives ? x => { System.Threading.Interlocked.Increment(ref evaluations); return f(x); } : null;
        var result = SeparableAllocator.Maximize(new AllocationProblem(new[]
        {
            new AllocationChannel("a", Counted(MichaelisMenten(4, 1))) { ConcaveExponent = 1, Derivatives = CountedPoints(MichaelisMentenPoint(4, 1)) },
            new AllocationChannel("b", Counted(MichaelisMenten(9, 1))) { ConcaveExponent = 1, Derivatives = CountedPoints(MichaelisMentenPoint(9, 1)) },
        }, 1e7, AllocationObjective.Profit));
        // f' = a/(1+x)² = 1 at x = √a − 1: spends 1 and 2, profit (2 − 1) + (6 − 2) = 5. The spend is known to √(rounding
        // of 10⁷ / f'') ≈ 1e-4: closer, the objective's differences are below the unspent budget's rounding.
        Assert.Equal(1, result.Spend[0], 1e-4);
        Assert.Equal(2, result.Spend[1], 1e-4);
        Assert.Equal(5, result.Objective, 1e-9);
        Assert.InRange(result.Gap!.Value, 0, SeparableAllocator.TargetGap);
        Assert.InRange(evaluations, 1, most);
    }

    [Theory]
    [InlineData(AllocationObjective.Contribution)]
    [InlineData(AllocationObjective.Profit)]
    public void ABudgetOfZeroIsTheOnlyFeasibleAllocationWithNoNumberNaN(AllocationObjective objective)
    {
        var result = SeparableAllocator.Maximize(new AllocationProblem(new AllocationChannel[]
        {
            new("a", MichaelisMenten(4, 1)), new("b", Hill(1, 1, 3)) { ConcaveExponent = 3 },
        }, 0, objective));
        Assert.Equal(new[] { 0.0, 0.0 }, result.Spend);
        Assert.Equal(0, result.Objective);
        Assert.Equal(0, result.UpperBound);
        Assert.Equal(0, result.Gap);
        // No room for a difference: the marginal return is unknown (null), never NaN.
        Assert.Equal(new double?[] { null, null }, result.MarginalReturn);
    }

    [Fact]
    public void LowerBoundsThatTakeTheWholeBudgetAreTheAllocationWithFiniteMarginals()
    {
        var result = Solve(3, new("a", MichaelisMenten(4, 1), 1, 5), new("b", MichaelisMenten(1, 4), 2, 5));
        Assert.Equal(new[] { 1.0, 2.0 }, result.Spend);
        Assert.Equal(2 + 1.0 / 3, result.Objective, 1e-15);
        Assert.Equal(result.Objective, result.UpperBound);
        Assert.Equal(1, result.MarginalReturn[0]!.Value, 1e-6); // 4/(1+1)²
        Assert.Equal(4.0 / 36, result.MarginalReturn[1]!.Value, 1e-6); // 4/(4+2)²
    }

    [Fact]
    public void RandomThreeChannelInstancesBeatBruteForceAndStayUnderTheirCertificate()
    {
        var random = new Random(13);
        for (int instance = 0; instance < 12; instance++)
        {
            var p = Enumerable.Range(0, 3).Select(_ => (A: 0.5 + 3 * random.NextDouble(), K: 0.2 + random.NextDouble(), S: 0.5 + 3.5 * random.NextDouble())).ToArray();
            var f = p.Select(q => Hill(q.A, q.K, q.S)).ToArray();
            double budget = 0.2 + 2 * random.NextDouble();
            // Half the instances declare each Hill curve concave in x^s (its shape), half of those with its derivatives (Newton's
            // method and tangent bounds); the other half leave the bound to monotonicity.
            var result = Solve(budget, f.Select((g, i) => new AllocationChannel($"c{i}", g)
            {
                ConcaveExponent = instance % 2 == 0 ? Math.Max(1, p[i].S) : null,
                Derivatives = instance % 4 == 0 ? HillPoint(p[i].A, p[i].K, p[i].S) : null,
            }).ToArray());

            const int grid = 600;
            double brute = 0;
            for (int i = 0; i <= grid; i++)
                for (int j = 0; i + j <= grid; j++)
                {
                    double x0 = budget * i / grid, x1 = budget * j / grid;
                    brute = Math.Max(brute, f[0](x0) + f[1](x1) + f[2](Math.Max(0, budget - x0 - x1)));
                }
            Assert.True(result.Contribution >= brute * (1 - 1e-12), $"instance {instance}: {result.Contribution} < brute force {brute}");
            Assert.True(brute <= result.UpperBound, $"instance {instance}: brute force {brute} above the bound {result.UpperBound}");
            Assert.True(result.Gap <= SeparableAllocator.TargetGap, $"instance {instance}: gap {result.Gap}");
            Assert.Equal(budget, result.Spend.Sum(), 1e-13);
        }
    }

    // Curves that evaluate several points at once (DerivativesAtEach) reach the allocation and certificate of the same curves
    // evaluated a point at a time, bit for bit, in fewer evaluations: random Hill and Michaelis–Menten channels, both objectives,
    // some with bounds.
    [Fact]
    public void PointsEvaluatedSeveralAtOnceGiveTheBitsOfPointsOneAtATimeInFewerEvaluations()
    {
        var random = new Random(29);
        int alone = 0, together = 0;
        for (int instance = 0; instance < 24; instance++)
        {
            int n = 2 + instance % 5;
            var shapes = Enumerable.Range(0, n).Select(_ => (A: 0.5 + 3 * random.NextDouble(), K: 0.2 + random.NextDouble(),
                S: random.NextDouble() < 0.4 ? 1.0 : 1 + 2.5 * random.NextDouble(), Upper: random.NextDouble() < 0.2 ? 0.3 + random.NextDouble() : double.PositiveInfinity)).ToArray();
            double budget = 0.2 + 2 * random.NextDouble();
            var objective = instance % 3 == 0 ? AllocationObjective.Profit : AllocationObjective.Contribution;
            AllocationResult Run(bool severalAtOnce, ref int evaluations)
            {
                int counted = 0;
                var channels = shapes.Select((q, i) =>
                {
                    var points = q.S == 1 ? MichaelisMentenPoint(q.A, q.K) : HillPoint(q.A, q.K, q.S);
                    return new AllocationChannel($"c{i}", x => points(x).Value, 0, q.Upper)
                    {
                        ConcaveExponent = q.S,
                        Derivatives = x => { counted++; return points(x); },
                        DerivativesAtEach = severalAtOnce ? xs => { counted++; return xs.Select(points).ToArray(); } : null,
                    };
                }).ToArray();
                var result = SeparableAllocator.Maximize(new AllocationProblem(channels, budget, objective) { MaxDegreeOfParallelism = 1 });
                evaluations += counted;
                return result;
            }
            var expected = Run(false, ref alone);
            var actual = Run(true, ref together);
            Assert.Equal(expected.Spend.Select(Bits), actual.Spend.Select(Bits));
            Assert.Equal(expected.MarginalReturn.Select(m => m is double v ? Bits(v) : (long?)null), actual.MarginalReturn.Select(m => m is double v ? Bits(v) : (long?)null));
            Assert.Equal((Bits(expected.Objective), Bits(expected.Contribution), Bits(expected.UpperBound)),
                (Bits(actual.Objective), Bits(actual.Contribution), Bits(actual.UpperBound)));
            Assert.Equal(expected.Gap is double e ? Bits(e) : null, actual.Gap is double a ? Bits(a) : (long?)null);
        }
        Assert.True(together < alone, $"{together} evaluations several at once, {alone} one at a time");
    }

    private static long Bits(double v) => BitConverter.DoubleToInt64Bits(v);

    [Fact]
    public void BadInputsAreAllNamedInOneException()
    {
        var error = Assert.Throws<SpecValidationException>(() => Solve(-1,
            new("a", MichaelisMenten(1, 1), 2, 1),
            new("b", MichaelisMenten(1, 1), -0.5)));
        Assert.Contains(error.Errors, e => e.Path == "budget");
        Assert.Contains(error.Errors, e => e.Path == "channels[0].upper");
        Assert.Contains(error.Errors, e => e.Path == "channels[1].lower");

        var badShape = Assert.Throws<SpecValidationException>(() => Solve(1,
            new AllocationChannel("a", MichaelisMenten(1, 1)) { ConcaveExponent = 0 }));
        Assert.Contains(badShape.Errors, e => e.Path == "channels[0].concaveExponent");

        var infeasible = Assert.Throws<SpecValidationException>(() => Solve(10,
            new("a", MichaelisMenten(1, 1), 0, 3),
            new("b", MichaelisMenten(1, 1), 0, 4)));
        Assert.Contains(infeasible.Errors, e => e.Path == "channels[*].upper");
        var overLocked = Assert.Throws<SpecValidationException>(() => Solve(1, new AllocationChannel[] {
            new("a", MichaelisMenten(1, 1), 2, 2) }));
        Assert.Contains(overLocked.Errors, e => e.Path == "channels[*].lower");
    }
}
