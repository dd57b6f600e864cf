using System.Security.Cryptography;
using MmmFixtures.Export;

namespace MmmFixtures.Tests.Export;

/// <summary>The managed SHA-256 and the hashing stream that uses it for small files: the platform's digests, at every length.</summary>
public sealed class Sha256Tests
{
    // FIPS 180-4 / NIST CSRC examples.
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    [InlineData("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")]
    public void Known_vectors(string message, string expected)
    {
        Assert.Equal(expected, Hex(System.Text.Encoding.ASCII.GetBytes(message)));
    }

    [Fact]
    public void A_million_as()
    {
        Assert.Equal("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Hex(Enumerable.Repeat((byte)'a', 1_000_000).ToArray()));
    }

    [Fact]
    public void Every_length_around_the_block_and_padding_boundaries_hashes_as_the_platform()
    {
        var random = new Random(15);
        for (int length = 0; length <= 300; length++)
        {
            var message = new byte[length];
            random.NextBytes(message);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(message)), Hex(message));
        }
    }

    [Fact]
    public void Random_messages_hash_as_the_platform()
    {
        var random = new Random(16);
        for (int i = 0; i < 200; i++)
        {
            var message = new byte[random.Next(0, 1 << 17)];
            random.NextBytes(message);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(message)), Hex(message));
        }
    }

    [Fact]
    public void A_short_digest_buffer_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Sha256.Hash(new byte[3], new byte[31]));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(HashingStream.SmallFileBytes - 1, false)]
    [InlineData(HashingStream.SmallFileBytes, false)]
    [InlineData(HashingStream.SmallFileBytes + 1, false)]
    [InlineData(5 * HashingStream.SmallFileBytes + 12345, false)]
    [InlineData(0, true)]
    [InlineData(HashingStream.SmallFileBytes - 1, true)]
    [InlineData(5 * HashingStream.SmallFileBytes + 12345, true)]
    public void The_stream_hashes_small_and_large_files_as_the_platform_however_they_are_written(int length, bool platformFromStart)
    {
        var random = new Random(length);
        var content = new byte[length];
        random.NextBytes(content);
        var written = new MemoryStream();
        using var hashing = new HashingStream(written, platformFromStart);
        for (int at = 0; at < length;)
        {
            // Pieces of every size, through each way in: written and hashed, written as spans, hashed ahead then written.
            int count = Math.Min(length - at, random.Next(0, 3) == 0 ? random.Next(0, 10) : random.Next(0, 40_000));
            switch (random.Next(3))
            {
                case 0:
                    hashing.Write(content, at, count);
                    break;
                case 1:
                    hashing.Write(content.AsSpan(at, count));
                    break;
                default:
                    hashing.HashAhead(content, at, count);
                    hashing.WriteHashed(content, at, count);
                    break;
            }
            at += count;
        }
        Assert.Equal(length, hashing.BytesWritten);
        Assert.Equal(content, written.ToArray());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), hashing.FinishHash());
    }

    private static string Hex(byte[] message)
    {
        var digest = new byte[Sha256.DigestBytes];
        Sha256.Hash(message, digest);
        return Convert.ToHexStringLower(digest);
    }
}
