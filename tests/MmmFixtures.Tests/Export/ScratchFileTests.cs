using MmmFixtures.Export;

namespace MmmFixtures.Tests.Export;

/// <summary>
/// A scratch file is spread over lanes, a file each, made at their first write: what is written to a lane at an offset is
/// read back from that lane there (the same offset of another lane holds something else), writers on different lanes run
/// at once, and disposing deletes every lane's file.
/// </summary>
public sealed class ScratchFileTests : TempFolder
{
    [Fact]
    public void Each_lane_reads_back_what_was_written_to_it_at_the_same_offsets_as_the_others()
    {
        using var scratch = ScratchFile.Create(Folder, ".lanes");
        for (int lane = 3; lane >= 0; lane--)
            scratch.Write(lane, 16, Enumerable.Range(0, 5).Select(i => lane * 100.0 + i).ToArray());
        var read = new double[5];
        for (int lane = 0; lane < 4; lane++)
        {
            scratch.Read(lane, 16, read);
            Assert.Equal(Enumerable.Range(0, 5).Select(i => lane * 100.0 + i), read);
        }
        Assert.Equal(new[] { ".lanes", ".lanes.1", ".lanes.2", ".lanes.3" }, Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_lane_reads_only_what_was_written_to_it()
    {
        using var scratch = ScratchFile.Create(Folder, ".short");
        scratch.Write(1, 0, new[] { 1.0, 2.0 });
        Assert.Throws<EndOfStreamException>(() => scratch.Read(1, 0, new double[3]));
        Assert.Throws<EndOfStreamException>(() => scratch.Read(0, 0, new double[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => scratch.Write(-1, 0, new[] { 1.0 }));
    }

    [Fact]
    public void Writers_on_their_own_lanes_at_once_each_read_back_their_values()
    {
        const int Writers = 6, Values = 4096;
        using var scratch = ScratchFile.Create(Folder, ".parallel");
        Parallel.For(0, Writers, new ParallelOptions { MaxDegreeOfParallelism = Writers }, lane =>
        {
            for (int round = 0; round < 20; round++)
                scratch.Write(lane, (long)round * Values * sizeof(double), Enumerable.Repeat(lane * 1000.0 + round, Values).ToArray());
        });
        var read = new double[Values];
        for (int lane = 0; lane < Writers; lane++)
            for (int round = 0; round < 20; round++)
            {
                scratch.Read(lane, (long)round * Values * sizeof(double), read);
                Assert.All(read, v => Assert.Equal(lane * 1000.0 + round, v));
            }
    }

    [Fact]
    public void Disposing_deletes_every_lane()
    {
        var scratch = ScratchFile.Create(Folder, ".gone");
        scratch.Write(0, 0, new[] { 1.0 });
        scratch.Write(2, 8, new[] { 2.0 });
        Assert.Equal(2, Directory.GetFiles(Folder).Length);
        scratch.Dispose();
        Assert.Empty(Directory.GetFiles(Folder));
    }
}
