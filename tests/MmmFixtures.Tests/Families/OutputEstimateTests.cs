using MmmFixtures.Clickstream;
using MmmFixtures.Families;
using MmmFixtures.Mmm;
using Xunit.Abstractions;

namespace MmmFixtures.Tests.Families;

/// <summary>The output estimate: close to every preset's real export, and instant and overflow-free for absurd specs.</summary>
public sealed class OutputEstimateTests : TempFolder
{
    private readonly ITestOutputHelper _log;

    public OutputEstimateTests(ITestOutputHelper log) => _log = log;

    [Theory]
    [MemberData(nameof(DescriptorTests.EveryExportablePreset), MemberType = typeof(DescriptorTests))]
    public void Every_file_of_every_preset_is_within_a_factor_of_2_of_the_real_export(string familyName, string presetName)
    {
        var family = DatasetFamilies.Find(familyName)!;
        object spec = family.FindPreset(presetName)!.Create(DatasetFamilies.DefaultSeed);
        var estimate = family.Estimate(spec);
        var result = family.Export(spec, Path.Combine(Folder, "out"), new DatasetExportOptions());

        Assert.Equal(result.Files.Select(f => f.Name).Order(), estimate.Files.Select(f => f.Name).Order());
        foreach (var real in result.Files)
        {
            var expected = estimate.Files.Single(f => f.Name == real.Name);
            _log.WriteLine($"{real.Name,-26} real {real.Bytes,12:N0} B {real.Rows,10:N0} rows; estimate {expected.Bytes,12:N0} B {expected.Rows,10:N0} rows ({(double)expected.Bytes / real.Bytes:F2})");
            Assert.InRange(expected.Bytes, real.Bytes / 2, real.Bytes * 2);
            if (real.Rows is long rows) Assert.InRange(expected.Rows!.Value, rows / 2, rows * 2 + 1);
        }
        long total = result.Files.Sum(f => f.Bytes);
        Assert.InRange(estimate.TotalBytes, total / 2, total * 2);
    }

    [Fact]
    public void A_clickstream_with_every_defect_and_bots_is_within_a_factor_of_2()
    {
        var spec = ClickstreamPresets.Get(ClickstreamPreset.Small) with
        {
            Users = 600,
            Defects = new DefectSpec { DuplicateEventRate = 0.2, LateEventRate = 0.1, NullCategoryRate = 0.2, BotUserShare = 0.1 },
        };
        var estimate = ClickstreamFamily.Instance.Estimate(spec);
        var result = ClickstreamFamily.Instance.Export(spec, Folder, new DatasetExportOptions());
        foreach (var real in result.Files)
        {
            var expected = estimate.Files.Single(f => f.Name == real.Name);
            _log.WriteLine($"{real.Name,-26} real {real.Bytes,12:N0} B; estimate {expected.Bytes,12:N0} B ({(double)expected.Bytes / real.Bytes:F2})");
            Assert.InRange(expected.Bytes, real.Bytes / 2, real.Bytes * 2);
        }
    }
}
