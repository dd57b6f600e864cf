using CsCheck;
using MmmFixtures.Parquet;

namespace MmmFixtures.Tests.Parquet;

/// <summary>
/// The RLE / bit-packing hybrid of definition levels: hand-encoded runs and bit-packed groups, round trips of random
/// levels and widths, and input that ends early refused.
/// </summary>
public sealed class RleBitPackedHybridTests
{
    private static byte[] Encode(int[] values, int bitWidth)
    {
        var output = new ByteBuffer();
        RleBitPackedHybrid.Encode(values, bitWidth, output);
        return output.Written.ToArray();
    }

    [Fact]
    public void Eight_or_more_equal_values_are_one_run()
    {
        // header 10 << 1, then the value in one byte
        Assert.Equal(new byte[] { 0x14, 0x01 }, Encode(Enumerable.Repeat(1, 10).ToArray(), 1));
    }

    [Fact]
    public void Other_values_are_bit_packed_low_bits_first_in_groups_of_eight()
    {
        // one group: header 1 << 1 | 1, then the bits 1,0,1,1,0,0,0,1 from the lowest: 0b1000_1101
        Assert.Equal(new byte[] { 0x03, 0x8D }, Encode(new[] { 1, 0, 1, 1, 0, 0, 0, 1 }, 1));
        // three values padded to a group, 3 bits each: 5 | 2 << 3 | 7 << 6 = 0x1D5 over two bytes, then a third zero byte
        Assert.Equal(new byte[] { 0x03, 0xD5, 0x01, 0x00 }, Encode(new[] { 5, 2, 7 }, 3));
    }

    [Fact]
    public void A_run_after_a_partial_group_first_completes_the_group()
    {
        // 0,1,0 then twenty 1s: the group takes 0,1,0 and five 1s, the other fifteen 1s are a run.
        var values = new[] { 0, 1, 0 }.Concat(Enumerable.Repeat(1, 20)).ToArray();
        Assert.Equal(new byte[] { 0x03, 0b1111_1010, 0x1E, 0x01 }, Encode(values, 1));
    }

    [Fact]
    public void Any_levels_round_trip()
    {
        Gen.Int[1, 12].SelectMany(width => Gen.Select(Gen.Int[0, (1 << width) - 1], Gen.Int[1, 30], (value, run) => (value, run))
            .Array[0, 200].Select(runs => (width, runs))).Sample(c =>
        {
            var values = c.runs.SelectMany(r => Enumerable.Repeat(r.value, r.run)).ToArray();
            var encoded = Encode(values, c.width);
            var decoded = new int[values.Length];
            Assert.Equal(encoded.Length, RleBitPackedHybrid.Decode(encoded, c.width, decoded));
            Assert.Equal(values, decoded);
        }, iter: 200);
    }

    [Fact]
    public void Levels_that_end_early_are_refused()
    {
        var encoded = Encode(new[] { 1, 0, 1 }, 1);
        Assert.Throws<InvalidDataException>(() => RleBitPackedHybrid.Decode(encoded, 1, new int[9]));
    }
}
