using MmmFixtures.Cli;

namespace MmmFixtures.Tests.Cli;

/// <summary>An export larger than its disk's free space is warned about; one that fits is not.</summary>
public sealed class FreeSpaceTests : TempFolder
{
    [Fact]
    public void Needing_more_than_is_free_names_both_sizes_and_the_folder()
    {
        Assert.Null(FreeSpace.Shortfall(needed: 1_000, free: 1_000, "/data/out"));
        Assert.Equal("the export needs about 2.0 MiB but only 1.0 MiB is free on the disk of /data/out: it may fail when the disk is full (it would leave nothing, and keep a previous export)",
            FreeSpace.Shortfall(needed: 2L << 20, free: 1L << 20, "/data/out"));
    }

    [Fact]
    public void A_folder_not_made_yet_is_measured_on_its_nearest_existing_parent()
    {
        string folder = Path.Combine(Folder, "a", "b", "c");
        Assert.Null(FreeSpace.Shortfall(1, folder));
        Assert.NotNull(FreeSpace.Shortfall(long.MaxValue, folder)); // no disk has 8 EiB free
        Assert.False(Directory.Exists(Path.Combine(Folder, "a")));
    }
}
