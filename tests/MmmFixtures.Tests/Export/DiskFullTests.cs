using MmmFixtures.Clickstream;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Export;

/// <summary>An export that runs out of disk space: a clear IOException, the previous export untouched, every staged byte given back.</summary>
public sealed class DiskFullTests : TempFolder
{
    [SmallDiskFact]
    public void An_export_larger_than_the_disk_fails_leaving_the_previous_export_and_no_staged_data()
    {
        using var disk = SmallDisk.Mount(Path.Combine(Folder, "disk"), "2m");
        string target = Path.Combine(disk.Folder, "x");
        MmmExporter.Export(MmmGenerator.Generate(MmmPresets.Get(MmmPreset.SmallBusiness)), target);
        var previous = CompleteExport.Read(target);
        long used = disk.Used;

        // The Small clickstream preset with 2 000 users writes about 2.8 MB: more than the whole disk.
        var ex = Assert.ThrowsAny<IOException>(() => ClickstreamExporter.Export(ClickstreamPresets.Get(ClickstreamPreset.Small) with { Users = 2_000 }, target));
        Assert.Contains("No space left on device", ex.Message);

        Assert.Equal(previous, CompleteExport.Read(target));
        Assert.Equal(new[] { "x" }, Directory.EnumerateFileSystemEntries(disk.Folder).Select(Path.GetFileName));
        Assert.Equal(used, disk.Used);

        // The disk is usable again: a small export replaces the previous one.
        ClickstreamExporter.Export(ClickstreamPresets.Get(ClickstreamPreset.Small) with { Users = 50 }, target);
        Assert.Equal(42UL, CompleteExport.Read(target).Seed);
    }
}
