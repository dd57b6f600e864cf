using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Mmm;

public sealed class MmmExportTests : TempFolder
{
    [Fact]
    public void Export_writes_data_components_truth_and_a_manifest_that_lists_them()
    {
        var panel = MmmGenerator.Generate(MmmPresets.Get(MmmPreset.SmallBusiness));
        var files = MmmExporter.Export(panel, Folder).Files;
        Assert.Equal(new[] { "data.csv", "truth_components.csv", "truth.json", "manifest.json" }, files.Select(f => f.Name));

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "manifest.json")));
        foreach (var entry in manifest.RootElement.GetProperty("files").EnumerateArray())
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(Folder, entry.GetProperty("name").GetString()!));
            Assert.Equal(bytes.Length, entry.GetProperty("bytes").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), entry.GetProperty("sha256").GetString());
        }
        Assert.Equal("mmm", manifest.RootElement.GetProperty("family").GetString());
        Assert.Equal(4, manifest.RootElement.GetProperty("spec").GetProperty("channels").GetArrayLength());
    }

    [Fact]
    public void Component_columns_of_each_row_sum_to_its_y_and_the_data_file_holds_no_truth()
    {
        var panel = MmmGenerator.Generate(MmmPresets.Get(MmmPreset.GrowingBusiness));
        MmmExporter.Export(panel, Folder);
        string[] data = File.ReadAllLines(Path.Combine(Folder, "data.csv"));
        string[] components = File.ReadAllLines(Path.Combine(Folder, "truth_components.csv"));
        Assert.Equal("date,geo,population,y,x1_tv,x2_search,x3_social,x4_display,x5_video,x6_email,x1_tv_impressions,x2_search_clicks,x3_social_impressions,x4_display_impressions,x5_video_impressions,c1_price,c2_promotion", data[0]);
        Assert.DoesNotContain("contribution", data[0]);
        Assert.Equal(panel.RowCount + 1, data.Length);
        Assert.Equal(data.Length, components.Length);
        for (int r = 1; r < data.Length; r++)
        {
            string[] d = data[r].Split(','), c = components[r].Split(',');
            Assert.Equal(d[0], c[0]);
            Assert.Equal(d[1], c[1]);
            double y = double.Parse(d[3], CultureInfo.InvariantCulture);
            double sum = c.Skip(2).Sum(v => double.Parse(v, CultureInfo.InvariantCulture));
            Assert.True(Math.Abs(y - sum) <= 1e-9 * Math.Abs(y), $"row {r}: {y} vs {sum}");
            Assert.Equal(panel.Y[r - 1], y); // shortest round-trip text reads back to the same double
        }
        Assert.Equal("2022-01-03", data[1][..10]);
    }

    [Fact]
    public void Truth_json_has_parameters_roas_and_curves_per_channel()
    {
        var panel = MmmGenerator.Generate(MmmPresets.Get(MmmPreset.MultiRegion));
        MmmExporter.Export(panel, Folder);
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "truth.json")));
        var channels = truth.RootElement.GetProperty("channels");
        Assert.Equal(3, channels.GetArrayLength());
        var tv = channels[0];
        Assert.Equal("Tv", tv.GetProperty("name").GetString());
        Assert.Equal(panel.Truth.Channels[0].Roas, tv.GetProperty("roas").GetDouble());
        Assert.Equal(4, tv.GetProperty("byGeo").GetArrayLength());
        Assert.Equal(31, tv.GetProperty("responseCurve").GetArrayLength());
        var north = tv.GetProperty("byGeo")[0];
        Assert.Equal("North", north.GetProperty("geo").GetString());
        Assert.Equal(panel.Truth.Channels[0].ParametersByGeo[0].Alpha, north.GetProperty("adstock").GetProperty("alpha").GetDouble());
        Assert.Equal(JsonValueKind.Null, north.GetProperty("adstock").GetProperty("theta").ValueKind);
    }

    [Fact]
    public void Roas_is_null_when_a_channel_never_spent()
    {
        var spec = new MmmSpecBuilder().Periods(10).Channel("Tv", c => c.BaseSpend(0)).Channel("Search", c => c.BaseSpend(100)).Build();
        var panel = MmmGenerator.Generate(spec);
        Assert.Null(panel.Truth.Channels[0].Roas);
        Assert.Null(panel.Truth.Channels[0].MarginalRoas);
        MmmExporter.Export(panel, Folder);
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "truth.json")));
        Assert.Equal(JsonValueKind.Null, truth.RootElement.GetProperty("channels")[0].GetProperty("roas").ValueKind);
    }

    [Fact]
    public void Validation_warns_about_negative_y_small_channels_collinear_spend_and_low_signal_and_clamp_restores_y()
    {
        var spec = new MmmSpecBuilder().Periods(52)
            .Channel("Tv", c => c.BaseSpend(1_000).Constant().SpendNoise(0.5, 0.2).Beta(10))
            .Channel("Tv2", c => c.BaseSpend(2_000).Constant().SpendNoise(0.5, 0.2).Beta(3_000))
            .Control("Crisis", 1, effect: -20_000)
            .Noise(0.05)
            .Build();
        var report = MmmPanelValidator.Validate(MmmGenerator.Generate(spec));
        Assert.True(report.IsValid);
        var codes = report.Warnings.Select(w => w.Code).ToArray();
        Assert.Contains("negative-y", codes);
        Assert.Contains("small-channel", codes);
        Assert.Contains("low-signal", codes);
        Assert.DoesNotContain("collinear-spend", codes); // independent noise streams

        var collinear = spec with { Channels = new[] { spec.Channels[0], spec.Channels[1] with { Spend = spec.Channels[1].Spend with { Kind = SpendPattern.LinearTrend, Trend = 0.05, Volatility = 0 } }, spec.Channels[1] with { Name = "Tv3", Spend = spec.Channels[1].Spend with { Kind = SpendPattern.LinearTrend, Trend = 0.04, Volatility = 0 } } } };
        Assert.Contains("collinear-spend", MmmPanelValidator.Validate(MmmGenerator.Generate(collinear)).Warnings.Select(w => w.Code));

        var clamped = MmmGenerator.Generate(spec with { ClampNegativeY = true });
        Assert.All(clamped.Y.ToArray(), y => Assert.True(y >= 0));
        Assert.DoesNotContain("negative-y", MmmPanelValidator.Validate(clamped).Warnings.Select(w => w.Code));
        MmmPropertyTests.AssertInvariants(clamped);
    }
}
