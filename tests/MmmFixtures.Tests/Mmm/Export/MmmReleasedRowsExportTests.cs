using CsCheck;
using MmmFixtures.Families;
using MmmFixtures.Mmm;
using MmmFixtures.Series;

namespace MmmFixtures.Tests.Mmm.Export;

/// <summary>
/// The export of a panel generated for it alone (<see cref="MmmFamily"/> without a report) releases the panel's rows once
/// written, to lower its peak memory: it writes the same bytes as the export of a panel the caller keeps.
/// </summary>
public sealed class MmmReleasedRowsExportTests : TempFolder
{
    public static TheoryData<MmmPreset> Presets => new(MmmPreset.Basic, MmmPreset.MultiRegion, MmmPreset.MediumBusiness,
        MmmPreset.NeverSpends, MmmPreset.Saturated, MmmPreset.LongCarryover);

    [Theory]
    [MemberData(nameof(Presets))]
    public void The_family_export_writes_the_bytes_of_the_panel_export(MmmPreset preset) =>
        AssertSameExport(MmmPresets.Get(preset, 11), new DatasetExportOptions());

    [Fact]
    public void With_every_layout_and_both_formats_the_bytes_are_the_same() =>
        AssertSameExport(MmmPresets.Get(MmmPreset.MultiRegion, 5),
            new DatasetExportOptions { Format = ExportFormat.Both, Layouts = MmmLayouts.All.Select(l => l.Name).ToArray() });

    [Fact]
    public void On_random_valid_specs_the_bytes_are_the_same()
    {
        int run = 0;
        MmmPropertyTests.GenSpec.Sample(spec =>
        {
            var folder = Path.Combine(Folder, $"random-{run++}");
            AssertSameExport(spec, new DatasetExportOptions { MaxDegreeOfParallelism = 2 }, folder);
        }, iter: 12, threads: 1);
    }

    [Fact]
    public void A_released_panel_refuses_its_rows_and_keeps_its_truth()
    {
        var spec = MmmPresets.Get(MmmPreset.NeverSpends, 3) with
        {
            Controls = new[] { new ControlSpec { Name = "Price", Value = new PatternSpec { Level = 3 }, Effect = 40 } },
        };
        var panel = MmmGenerator.Generate(spec);
        var kept = MmmGenerator.Generate(spec);
        MmmExporter.Export(panel, Folder, new DatasetExportOptions(), releaseRows: true);

        Assert.Throws<InvalidOperationException>(() => panel.Y.Length);
        Assert.Throws<InvalidOperationException>(() => panel.Spend(0).Length);
        Assert.Throws<InvalidOperationException>(() => panel.Truth.Noise.Length);
        Assert.Throws<InvalidOperationException>(() => panel.Truth.Channels[0].Contribution.Length);
        Assert.Throws<InvalidOperationException>(() => panel.Truth.Controls[0].Effect.Length);
        Assert.Equal(kept.RowCount, panel.RowCount);
        Assert.Equal(kept.Truth.HasClamp, panel.Truth.HasClamp);
        // The spending channels' curves were kept for the optimiser: they still answer, with the kept panel's values.
        var spending = kept.Truth.Channels.Select((c, i) => (c, i)).Where(x => x.c.TotalSpend > 0).ToArray();
        Assert.NotEmpty(spending);
        Assert.Contains(kept.Truth.Channels, c => c.TotalSpend == 0);
        foreach (var (channel, i) in spending)
        {
            Assert.Equal(channel.ContributionAt(1.7), panel.Truth.Channels[i].ContributionAt(1.7));
            Assert.Equal(channel.ContributionAt(channel.ParametersByGeo[0].Geo, 0.4), panel.Truth.Channels[i].ContributionAt(channel.ParametersByGeo[0].Geo, 0.4));
        }
        Assert.Equal(kept.Truth.OptimalAllocation.TotalContribution, panel.Truth.OptimalAllocation.TotalContribution);
    }

    private void AssertSameExport(MmmSpec spec, DatasetExportOptions options, string? folder = null)
    {
        folder ??= Folder;
        string kept = Path.Combine(folder, "kept"), released = Path.Combine(folder, "released");
        MmmExporter.Export(MmmGenerator.Generate(spec), kept, options);
        MmmFamily.Instance.Export(spec, released, options);
        var files = Directory.GetFiles(kept, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(kept, f)).Order().ToArray();
        Assert.Equal(files, Directory.GetFiles(released, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(released, f)).Order());
        foreach (string file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(kept, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(released, file))), $"{file} differs");
    }
}
