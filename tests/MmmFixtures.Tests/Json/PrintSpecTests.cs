using System.Reflection;
using System.Text;
using MmmFixtures.Clickstream;
using MmmFixtures.Commerce;
using MmmFixtures.Families;
using MmmFixtures.Mmm;
using MmmFixtures.Series;

namespace MmmFixtures.Tests.Json;

/// <summary>
/// The JSON a spec writes is embedded in every manifest, so its bytes are pinned: one committed file per
/// preset of each family, plus one spec that takes every conditional branch of the writer.
/// </summary>
public class PrintSpecTests
{
    public static TheoryData<MmmPreset> MmmPresetNames => new(Enum.GetValues<MmmPreset>());
    public static TheoryData<ClickstreamPreset> ClickstreamPresetNames => new(Enum.GetValues<ClickstreamPreset>());

    [Theory]
    [MemberData(nameof(MmmPresetNames))]
    public void Every_mmm_preset_writes_its_pinned_bytes(MmmPreset preset) =>
        AssertPinned($"mmm-{preset}.json", MmmSpecJson.Write(MmmPresets.Get(preset)));

    [Theory]
    [MemberData(nameof(ClickstreamPresetNames))]
    public void Every_clickstream_preset_writes_its_pinned_bytes(ClickstreamPreset preset) =>
        AssertPinned($"clickstream-{preset}.json", ClickstreamSpecJson.Write(ClickstreamPresets.Get(preset)));

    [Theory]
    [InlineData("Default")]
    [InlineData("Small")]
    [InlineData("Large")]
    public void Every_commerce_preset_writes_its_pinned_bytes(string preset) =>
        AssertPinned($"commerce-{preset}.json", ((IDatasetFamily)CommerceFamily.Instance).WriteSpec(CommerceFamily.Instance.FindPreset(preset)!.Create(DatasetFamilies.DefaultSeed)));

    [Fact]
    public void A_spec_with_every_conditional_field_writes_its_pinned_bytes_and_reads_back()
    {
        var spec = EveryBranch();
        string json = MmmSpecJson.Write(spec);
        AssertPinned("mmm-EveryBranch.json", json);
        Assert.Equal(json, MmmSpecJson.Write(MmmSpecJson.Read(json)));
    }

    internal static MmmSpec EveryBranch() => new MmmSpecBuilder().Seed(7).Daily().StartDate(new DateTime(2023, 3, 1)).Periods(60)
        .Geos(new[] { new GeoSpec("North", 1_500_000), new GeoSpec("South") })
        .Channel("Tv", c => c.LinearTrend(0.01).Impressions(12.5, 0.1, transformOnImpressions: true).Delayed(0.4, 2, 6, normalize: false).Logistic(3))
        .Channel("Search", c => c.Seasonal(0.3, 200).Clicks(0.8).WeibullCdf(1.5, 2.5).MichaelisMenten(0.4).SaturationFirst())
        .Channel("Social", c => c.DelayedStart(10, 5, 40).WeibullPdf(2, 3, 10).Tanh(0.7))
        .Channel("Print", c => c.DelayedStart(3).NoAdstock().NoSaturation())
        .Channel("Radio", c => c.OnOff(0.2, 2, 5).SpendNoise(0.3, 0.2).Geometric(0.6).Hill(0.3, 2))
        .Control("Price", 10, -5, p => p with { Kind = SpendPattern.Seasonal, SeasonalAmplitude = 0.1, PeakDayOfYear = 30 })
        .Event("Sale", 300, new DateTime(2023, 3, 10), new DateTime(2023, 4, 2))
        .RecurringEvent("Outage", -200, 0.05, 1, 3)
        .Build() with
        {
            NoiseModel = NoiseModel.LogNormal,
            ClampNegativeY = true,
            Pathology = new PathologyLabel("EveryBranch", "Every conditional field at once.", "Reads it back unchanged."),
        };

    private static readonly string PinnedFolder = Path.Combine(
        typeof(PrintSpecTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!,
        "Json", "PrintSpec");

    private static void AssertPinned(string name, string actual)
    {
        string path = Path.Combine(PinnedFolder, name);
        byte[] bytes = Encoding.UTF8.GetBytes(actual);
        if (!File.Exists(path))
        {
            // A new pinned spec: write it beside the test for review and commit, and fail until it is committed.
            File.WriteAllBytes(path, bytes);
            Assert.Fail($"{name} did not exist; it was written to {path}: review and commit it.");
        }
        Assert.Equal(File.ReadAllBytes(path), bytes);
    }
}
