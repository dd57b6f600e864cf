using MmmFixtures.Commerce;
using MmmFixtures.Commerce.Report;
using MmmFixtures.Numerics;
using MmmFixtures.Reporting;
using MmmFixtures.Tests.Reporting;
using MmmFixtures.Validation;
using Xunit.Abstractions;

namespace MmmFixtures.Tests.Commerce.Report;

public class CommerceReportTests(ITestOutputHelper output)
{
    private static readonly CommerceFamily Family = CommerceFamily.Instance;

    // Three of the seed tenants over 120 days: every chart, quick to generate.
    private static readonly CommerceSpec Short = CommercePresets.Default with { Days = 120, Tenants = CommercePresets.Default.Tenants.Take(3).ToArray() };

    public static TheoryData<string> Presets => ReportAssertions.PresetNames(Family);

    [Theory]
    [MemberData(nameof(Presets))]
    public void Every_preset_reports_well_formed_charts_and_passes_its_checks(string preset)
    {
        var (spec, report) = ReportAssertions.OfPreset(Family, preset, output);
        Assert.Equal(["commerce-weather", "commerce-temperature-anomaly", "commerce-revenue-vs-temperature", "commerce-roas"], report.Charts.Select(c => c.Key));
        int reported = Math.Min(spec.Tenants.Count, CommerceReportScan.MaxTenants);
        Assert.Equal(reported, report.Truth[0].Rows.Count);
        Assert.Equal(reported, ReportAssertions.Chart<HeatmapChart>(report, "commerce-temperature-anomaly").Rows.Count);
        Assert.Equal(2 * reported, ReportAssertions.Chart<XyChart>(report, "commerce-roas").X.Categories!.Count);
    }

    [Fact]
    public void Roas_bars_and_table_are_the_truth()
    {
        var data = CommerceGenerator.Generate(Short);
        var report = Family.Report(Short, new ReportOptions());
        var chart = ReportAssertions.Chart<XyChart>(report, "commerce-roas");
        var reported = ReportAssertions.Bars(chart, "Platform-reported");
        var incremental = ReportAssertions.Bars(chart, "Incremental (truth)");
        var table = report.Truth[1].Rows;
        foreach (var t in data.Tenants)
            foreach (var (platform, truth) in new[] { ("Meta", t.Truth.Meta), ("Google", t.Truth.Google) })
            {
                string category = $"{t.Spec.Name} · {platform}";
                Assert.Equal(truth.ReportedRoas!.Value, reported[category]);
                Assert.Equal(truth.IncrementalRoas!.Value, incremental[category]);
                Assert.True(reported[category] > incremental[category]); // the platforms over-credit themselves
                var row = table.Single(r => r[0] == t.Spec.Name && r[1] == platform);
                Assert.Equal(truth.ReportedRoas.Value.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), row[3]);
                Assert.Equal(truth.IncrementalRoas.Value.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), row[4]);
            }
        var elasticities = report.Truth[0].Rows;
        Assert.Equal(["demo_tenant_1", "Fashion", "5,000", "0.15"], elasticities[0].Take(4));
        Assert.Equal(data.Tenants[0].Truth.TemperatureElasticitySe!.Value.ToString("G3", System.Globalization.CultureInfo.InvariantCulture), elasticities[0][4]);
    }

    [Fact]
    public void Focus_picks_the_named_tenant_for_the_weather_and_revenue_charts()
    {
        var tenant = CommerceGenerator.GenerateTenant(Short, 2);
        var report = Family.Report(Short, new ReportOptions("demo_tenant_3"));
        Assert.Equal("demo_tenant_3 (the weather and revenue charts)", report.Spec.Single(f => f.Name == "Focus").Value);

        var weather = ReportAssertions.Chart<XyChart>(report, "commerce-weather");
        Assert.Contains("demo_tenant_3", weather.Title);
        Assert.Equal(tenant.Weather.Select(w => w.TempC), weather.Series.Single(s => s.Name == "Realised").Y);
        Assert.Equal(tenant.Weather.Select(w => w.TempNormalC), weather.Series.Single(s => s.Name == "Normal").Y);
        Assert.Equal((tenant.Weather[0].Date - new DateTime(1970, 1, 1)).TotalDays, weather.Series[0].X[0]);
        Assert.Equal(weather.Series[0].X[0] + Short.Days - 1, weather.Series[0].X[^1]);

        // The points are ln(net) − (ln μ − e_T·zT) by hand; the line is e_T·anomaly/σ_T at both ends.
        var revenue = ReportAssertions.Chart<XyChart>(report, "commerce-revenue-vs-temperature");
        var days = revenue.Series.Single(s => s.Kind == SeriesKind.Markers);
        var d = tenant.Truth.Days[10];
        Assert.Equal(tenant.Weather[10].TempAnomaly, days.X[10]);
        Assert.Equal(DeterministicMath.Log(d.NetRevenue) - (d.LnMu - d.Temperature), days.Y[10], 12);
        var line = revenue.Series.Single(s => s.Kind == SeriesKind.Line);
        Assert.Equal([days.X.Min(), days.X.Max()], line.X);
        Assert.All(line.X.Zip(line.Y), p => Assert.Equal(0.10 * p.First / 2.5, p.Second, 12)); // demo_tenant_3: e_T = 0.10, σ_T = 2.5 °C
        // Only sampling noise is left around the line: the slope fitted through the points is the true one within a few SE.
        double mx = days.X.Average(), my = days.Y.Average();
        double slope = days.X.Zip(days.Y).Sum(p => (p.First - mx) * (p.Second - my)) / days.X.Sum(x => (x - mx) * (x - mx));
        Assert.InRange(slope, 0.10 / 2.5 - 0.01, 0.10 / 2.5 + 0.01);
    }

    [Fact]
    public void A_large_spec_reports_its_first_tenants_and_the_focus()
    {
        Assert.Equal([0, 1, 2], CommerceReportScan.Sample(3, 2));
        Assert.Equal(Enumerable.Range(0, 12), CommerceReportScan.Sample(100, 5));
        Assert.Equal(Enumerable.Range(0, 11).Append(57), CommerceReportScan.Sample(100, 57));

        // 14 short tenants: the focus, tenant 14, is reported after the first 11.
        var many = Short with { Days = 20, Tenants = Enumerable.Range(0, 14).Select(i => Short.Tenants[i % 3] with { Name = $"shop_{i:00}" }).ToArray() };
        var report = Family.Report(many, new ReportOptions("shop_13"));
        Assert.Equal(Enumerable.Range(0, 11).Select(i => $"shop_{i:00}").Append("shop_13"), report.Truth[0].Rows.Select(r => r[0]));
        Assert.StartsWith("12 of 14", report.Spec.Single(f => f.Name == "Reported tenants").Value);
        Assert.Contains("shop_13", ReportAssertions.Chart<XyChart>(report, "commerce-weather").Title);
        Assert.Equal(CommerceGenerator.GenerateTenant(many, 13).Truth.Meta.ReportedRoas!.Value,
            ReportAssertions.Bars(ReportAssertions.Chart<XyChart>(report, "commerce-roas"), "Platform-reported")["shop_13 · Meta"]);
    }

    [Fact]
    public void An_unknown_focus_names_every_tenant_and_an_invalid_spec_lists_its_problems()
    {
        var ex = Assert.Throws<ArgumentException>(() => Family.Report(Short, new ReportOptions("demo_tenant_9")));
        Assert.Contains("'demo_tenant_9'", ex.Message);
        Assert.Contains("demo_tenant_1, demo_tenant_2, demo_tenant_3", ex.Message);
        var invalid = Assert.Throws<SpecValidationException>(() => Family.Report(Short with { Days = 0 }, new ReportOptions()));
        Assert.Contains("days", invalid.Message);
    }

    [Fact]
    public void Anomaly_heat_map_holds_each_tenants_monthly_mean_anomaly()
    {
        var data = CommerceGenerator.Generate(Short);
        var heat = ReportAssertions.Chart<HeatmapChart>(Family.Report(Short, new ReportOptions()), "commerce-temperature-anomaly");
        Assert.Equal(["2024-01", "2024-02", "2024-03", "2024-04"], heat.Columns); // 120 days from 2024-01-01 end on 2024-04-29
        for (int t = 0; t < data.Tenants.Count; t++)
        {
            var february = data.Tenants[t].Weather.Where(w => w.Date.Month == 2).ToArray();
            Assert.Equal(29, february.Length);
            Assert.Equal(february.Average(w => w.TempC - w.TempNormalC), heat.Values[t][1]!.Value, 12);
        }
    }

    [Fact]
    public void The_report_is_deterministic()
    {
        Assert.Equal(ReportAssertions.Text(Family.Report(Short, new ReportOptions())), ReportAssertions.Text(Family.Report(Short, new ReportOptions())));
        Assert.NotEqual(ReportAssertions.Text(Family.Report(Short, new ReportOptions())), ReportAssertions.Text(Family.Report(Short with { Seed = 7 }, new ReportOptions())));
    }
}
