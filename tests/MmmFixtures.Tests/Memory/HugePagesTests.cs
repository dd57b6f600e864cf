using System.Runtime.InteropServices;
using MmmFixtures.Export;
using MmmFixtures.Memory;

namespace MmmFixtures.Tests.Memory;

/// <summary>Huge-page arrays give the room asked for, starting at a huge page's boundary; the CSV block pool carves and reuses blocks from them.</summary>
public sealed class HugePagesTests
{
    [Theory]
    [InlineData(HugePages.Size / 4 / sizeof(double))]
    [InlineData(HugePages.Size / sizeof(double))]
    [InlineData(HugePages.Size / sizeof(double) + 1)]
    public void An_array_has_the_room_asked_for_from_a_2_MiB_aligned_start(int length)
    {
        var (doubles, start) = HugePages.Array<double>(length);
        Assert.InRange(start, 0, doubles.Length - length);
        Assert.Equal(0, Marshal.UnsafeAddrOfPinnedArrayElement(doubles, start).ToInt64() % HugePages.Size);
        doubles.AsSpan(start, length).Fill(1.5); // every element of the room can be written and read back
        Assert.All(doubles.AsSpan(start, length).ToArray(), v => Assert.Equal(1.5, v));

        var (bytes, byteStart) = HugePages.Array<byte>(length * sizeof(double));
        Assert.InRange(byteStart, 0, bytes.Length - length * sizeof(double));
        Assert.Equal(0, Marshal.UnsafeAddrOfPinnedArrayElement(bytes, byteStart).ToInt64() % HugePages.Size);
    }

    [Fact]
    public void Room_of_less_than_a_quarter_page_is_an_array_of_its_own_on_small_pages()
    {
        var (doubles, start) = HugePages.Array<double>(HugePages.Size / 4 / sizeof(double) - 1);
        Assert.Equal(0, start);
        Assert.Equal(HugePages.Size / 4 / sizeof(double) - 1, doubles.Length);
    }

    [Fact]
    public void The_block_pool_carves_disjoint_blocks_past_one_page_and_hands_returned_ones_out_again()
    {
        var pool = new BlockPool();
        int count = HugePages.Size / BlockPool.BlockSize + 3; // into a second page
        var blocks = Enumerable.Range(0, count).Select(_ => pool.Rent()).ToList();
        Assert.All(blocks, b => Assert.Equal(BlockPool.BlockSize, b.Count));
        Assert.Equal(2, blocks.Select(b => b.Array).Distinct().Count());
        foreach (var page in blocks.GroupBy(b => b.Array))
        {
            var offsets = page.Select(b => b.Offset).OrderBy(o => o).ToList();
            Assert.All(offsets.Zip(offsets.Skip(1)), pair => Assert.True(pair.Second - pair.First >= BlockPool.BlockSize));
        }

        pool.Return(blocks[5]);
        var again = pool.Rent();
        Assert.Same(blocks[5].Array, again.Array);
        Assert.Equal(blocks[5].Offset, again.Offset);
    }
}
