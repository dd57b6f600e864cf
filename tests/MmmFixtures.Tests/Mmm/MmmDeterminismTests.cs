using System.Security.Cryptography;
using MmmFixtures.Mmm;
using MmmFixtures.Series;

namespace MmmFixtures.Tests.Mmm;

/// <summary>Addressable determinism: same bytes across runs and thread counts; editing one entity leaves the others' draws alone.</summary>
public sealed class MmmDeterminismTests : TempFolder
{
    // Golden SHA-256 of the MediumBusiness seed-42 export (algorithm version 2). Change these only
    // together with GenerationAlgorithm.Version, and say why in the changelog.
    private static readonly Dictionary<string, string> Golden = new()
    {
        ["data.csv"] = "6813ec9638575d7f6807f0fde13f1ff735798e1cb517d014caaaa59fbb551037",
        ["truth_components.csv"] = "af725e32fc4132c0ae4ec8c040e33234c2844309529129e690b5d12f3358bec4",
        ["truth.json"] = "a0bb5ba9b40d1d867aea2c9a068c60f2ef145ce1e66ceaa56a72f2d06e5c35ef",
    };

    [Fact]
    public void Golden_hashes_of_the_MediumBusiness_seed_42_export()
    {
        Assert.Equal(3, MmmFixtures.GenerationAlgorithm.Version);
        MmmExporter.Export(MmmGenerator.Generate(MmmPresets.Get(MmmPreset.MediumBusiness, 42)), Folder);
        foreach (var (file, hash) in Golden)
            Assert.True(hash == Sha256(Path.Combine(Folder, file)), $"{file}: {Sha256(Path.Combine(Folder, file))}");
    }

    [Fact]
    public void Exports_are_identical_across_runs_and_thread_counts()
    {
        var spec = MmmPresets.Get(MmmPreset.GrowingBusiness, 7);
        string a = Path.Combine(Folder, "a"), b = Path.Combine(Folder, "b");
        MmmExporter.Export(MmmGenerator.Generate(spec, maxDegreeOfParallelism: 1), a);
        MmmExporter.Export(MmmGenerator.Generate(spec, maxDegreeOfParallelism: 8), b);
        foreach (string file in Directory.GetFiles(a).Select(Path.GetFileName)!)
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file!)), File.ReadAllBytes(Path.Combine(b, file!)));
    }

    [Fact]
    public void Adding_a_channel_or_a_control_leaves_other_channels_spend_unchanged()
    {
        var spec = MmmPresets.Get(MmmPreset.MultiRegion);
        var before = MmmGenerator.Generate(spec);
        var extended = spec with
        {
            Channels = new[] { new ChannelSpec { Name = "Podcast", Spend = new PatternSpec { Kind = SpendPattern.OnOff } } }.Concat(spec.Channels).ToArray(),
            Controls = spec.Controls.Append(new ControlSpec { Name = "Weather", Effect = 10 }).ToArray(),
        };
        var after = MmmGenerator.Generate(extended);
        for (int c = 0; c < spec.Channels.Count; c++)
        {
            Assert.Equal(before.Spend(c).ToArray(), after.Spend(c + 1).ToArray());
            Assert.Equal(before.Truth.Channels[c].Contribution.ToArray(), after.Truth.Channels[c + 1].Contribution.ToArray());
        }
        Assert.Equal(before.Truth.Noise.ToArray(), after.Truth.Noise.ToArray());
    }

    [Fact]
    public void Adding_a_geo_leaves_other_geos_unchanged_and_a_geo_alone_equals_itself_among_others()
    {
        var spec = MmmPresets.Get(MmmPreset.MultiRegion);
        var four = MmmGenerator.Generate(spec);
        var five = MmmGenerator.Generate(spec with { Geos = spec.Geos.Append(new GeoSpec("Central", 1_000_000)).ToArray() });
        var southAlone = MmmGenerator.Generate(spec with { Geos = new[] { new GeoSpec("South") } });
        for (int t = 0; t < spec.Periods; t++)
        {
            for (int g = 0; g < 4; g++)
            {
                Assert.Equal(four.Y[four.RowIndex(t, g)], five.Y[five.RowIndex(t, g)]);
                Assert.Equal(four.Spend(0)[four.RowIndex(t, g)], five.Spend(0)[five.RowIndex(t, g)]);
            }
            Assert.Equal(four.Y[four.RowIndex(t, 1)], southAlone.Y[t]);
            Assert.Equal(four.Truth.Channels[2].Contribution[four.RowIndex(t, 1)], southAlone.Truth.Channels[2].Contribution[t]);
        }
        Assert.Equal(four.Truth.Geos[1].Base, southAlone.Truth.Geos[0].Base);
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
