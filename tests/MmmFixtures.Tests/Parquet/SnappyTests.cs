using CsCheck;
using MmmFixtures.Parquet;

namespace MmmFixtures.Tests.Parquet;

/// <summary>
/// The Snappy block format: hand-encoded blocks decode to what the format says (literals, short and long copies,
/// overlapping copies), the compressor's output round-trips for any input and shrinks repetitive input, and corrupt
/// blocks are refused.
/// </summary>
public sealed class SnappyTests
{
    private static byte[] Compress(byte[] input)
    {
        var output = new ByteBuffer();
        Snappy.Compress(input, output);
        return output.Written.ToArray();
    }

    private static byte[] Decompress(byte[] block)
    {
        var output = new byte[Snappy.UncompressedLength(block)];
        Snappy.Decompress(block, output);
        return output;
    }

    [Fact]
    public void Short_inputs_are_a_length_and_one_literal()
    {
        Assert.Equal(new byte[] { 0 }, Compress(Array.Empty<byte>()));
        // length 3, then a literal tag (3 - 1) << 2 and the bytes
        Assert.Equal(new byte[] { 3, 0x08, (byte)'a', (byte)'b', (byte)'c' }, Compress("abc"u8.ToArray()));
    }

    [Fact]
    public void Hand_encoded_copies_decode_as_the_format_says()
    {
        // "ab", then a 1-byte-offset copy of 8 bytes from 2 back (tag 1 | (8 - 4) << 2, offset 2): overlapping, so it repeats "ab".
        Assert.Equal("ababababab"u8.ToArray(), Decompress(new byte[] { 10, 0x04, (byte)'a', (byte)'b', 0x11, 0x02 }));
        // "xyz", then a 2-byte-offset copy of 3 bytes from 3 back (tag 2 | (3 - 1) << 2, offset 3, 0).
        Assert.Equal("xyzxyz"u8.ToArray(), Decompress(new byte[] { 6, 0x08, (byte)'x', (byte)'y', (byte)'z', 0x0A, 3, 0 }));
    }

    [Fact]
    public void A_long_run_compresses_to_a_literal_and_copies()
    {
        var input = Enumerable.Repeat((byte)7, 100_000).ToArray();
        var block = Compress(input);
        Assert.True(block.Length < 6_000, $"{block.Length} bytes");
        Assert.Equal(input, Decompress(block));
    }

    [Fact]
    public void Any_input_round_trips_and_compresses_deterministically()
    {
        // Bytes from a small alphabet in runs: matches of every length and offset, across the 64 KiB block boundary.
        var gen = Gen.Select(Gen.Int[1, 255], Gen.Int[1, 40], (symbol, run) => Enumerable.Repeat((byte)symbol, run % 7 == 0 ? run : 1))
            .Array[0, 30_000].Select(runs => runs.SelectMany(r => r).ToArray());
        gen.Sample(input =>
        {
            var block = Compress(input);
            Assert.Equal(input, Decompress(block));
            Assert.Equal(block, Compress(input));
        }, iter: 60);
    }

    [Fact]
    public void Random_bytes_round_trip()
    {
        Gen.Byte.Array[0, 200_000].Sample(input => Assert.Equal(input, Decompress(Compress(input))), iter: 20);
    }

    [Theory]
    [InlineData(new byte[] { 5, 0x04, (byte)'a', (byte)'b' }, "ends early")]
    [InlineData(new byte[] { 4, 0x04, (byte)'a', (byte)'b', 0x01, 0x05 }, "copies from outside its output")]
    [InlineData(new byte[] { 2, 0x10, (byte)'a' }, "has a literal past its end")]
    [InlineData(new byte[] { 2, 0x01 }, "ends in a copy")]
    public void Corrupt_blocks_are_refused(byte[] block, string message)
    {
        var output = new byte[Snappy.UncompressedLength(block)];
        var error = Assert.Throws<InvalidDataException>(() => Snappy.Decompress(block, output));
        Assert.Contains(message, error.Message);
    }
}
