using CsCheck;
using MmmFixtures.Concurrency;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Mmm;

/// <summary>
/// What the truth computes on first use (the oracle, each channel's counterfactuals) computed all at once, in parallel,
/// gives the bits of computing it piece by piece on one thread.
/// </summary>
public sealed class MmmTruthComputationTests
{
    [Fact]
    public void The_oracle_and_counterfactuals_computed_at_once_on_any_threads_are_those_computed_one_by_one()
    {
        int run = 0;
        MmmPropertyTests.GenSpec.Sample(spec =>
        {
            int threads = 1 + run++ % 3;
            var expected = CallingThread.Run(() => Snapshot(MmmGenerator.Generate(spec, 1).Truth));
            var panel = MmmGenerator.Generate(spec, threads);
            panel.Truth.ComputeOracleAndCounterfactuals(threads);
            Assert.Equal(expected, Snapshot(panel.Truth));
        }, iter: 12, threads: 1);
    }

    // Every number of the oracle and the counterfactuals, as text that keeps each double's bits.
    private static string Snapshot(MmmTruth truth) => string.Join("\n", truth.Channels.Select(c =>
    {
        var o = c.Oracle;
        return string.Join(" ", new object?[]
        {
            c.Name, Bits(c.MarginalRoas), Bits(o.BetaSe), Bits(o.RoasSe), Bits(o.RelativeSe), Bits(o.Vif), o.Identifiable,
            string.Join(",", c.ResponseCurve.Select(p => Bits(p.Multiplier) + ":" + Bits(p.TotalContribution))),
            string.Join(",", c.MarginalRoasByGeo.Select(kv => kv.Key + ":" + Bits(kv.Value))),
            string.Join(",", o.BetaSeByGeo.Select(kv => kv.Key + ":" + Bits(kv.Value) + ":" + Bits(o.RoasSeByGeo[kv.Key]) + ":" +
                Bits(o.RelativeSeByGeo[kv.Key]) + ":" + Bits(o.VifByGeo[kv.Key]) + ":" + o.IdentifiableByGeo[kv.Key])),
        });
    }));

    private static string Bits(double? value) => value is double v ? BitConverter.DoubleToInt64Bits(v).ToString("x") : "null";
}
