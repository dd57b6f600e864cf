using System.Text.RegularExpressions;
using MmmFixtures.Commerce;
using MmmFixtures.Families;
using MmmFixtures.Mmm;
using MmmFixtures.Reporting;

namespace MmmFixtures.Reports.Tests;

/// <summary>Report text counts in words that agree with the count: "1 geo", "2 geos", never "1 geos".</summary>
public class ReportWordingTests
{
    // "1" alone (not the end of 21 or 0.1) right before a plural noun.
    private static readonly Regex OnePlural = new(@"(?<![\d.,])\b1 [A-Za-z-]+s\b", RegexOptions.CultureInvariant);

    public static TheoryData<string> SingleEntitySpecs() => new(Singles().Keys);

    // One of everything a report counts: a geo, a channel, a Fourier pair, a lag, an event date, a control; a tenant.
    private static Dictionary<string, (IDatasetFamily Family, object Spec)> Singles() => new()
    {
        ["mmm"] = (MmmFamily.Instance, new MmmSpecBuilder().Periods(30).Geos("Only").Baseline(10_000, 0, seasonalityOrder: 1)
            .Channel("Tv", c => c.BaseSpend(1_000).Geometric(0.5, maxLag: 1).Hill(1, 2).Beta(500))
            .Control("Price", 10, effect: -150)
            .Event("Sale", 500, new DateTime(2022, 1, 10))
            .Build()),
        ["commerce"] = (CommerceFamily.Instance, CommerceFamily.Instance.Presets[0].Create(42) is CommerceSpec commerce
            ? commerce with { Tenants = commerce.Tenants.Take(1).ToArray() } : throw new InvalidOperationException()),
    };

    [Theory, MemberData(nameof(SingleEntitySpecs))]
    public void A_spec_of_one_of_each_entity_reads_in_the_singular(string family)
    {
        var (descriptor, spec) = Singles()[family];
        descriptor.ThrowIfInvalid(spec);
        Assert.Empty(PluralsAfterOne(descriptor.Report(spec, new ReportOptions())));
    }

    public static TheoryData<string, string> Presets() => HtmlReportTests.Presets();

    [Theory, MemberData(nameof(Presets))]
    public void No_preset_report_says_one_of_something_in_the_plural(string familyName, string presetName)
    {
        var family = DatasetFamilies.Find(familyName)!;
        Assert.Empty(PluralsAfterOne(family.Report(family.FindPreset(presetName)!.Create(DatasetFamilies.DefaultSeed), new ReportOptions())));
    }

    [Fact]
    public void The_mmm_report_of_one_geo_channel_pair_and_lag_says_so_in_the_singular()
    {
        var (family, spec) = Singles()["mmm"];
        var report = family.Report(spec, new ReportOptions());
        Assert.Equal("30 rows = 30 periods × 1 geo", report.Checks.Single(c => c.Name == "grid").Detail);
        Assert.StartsWith("MMM panel: 30 weeks × 1 geo, 1 channel,", report.Title);
        var facts = report.Spec.ToDictionary(f => f.Name, f => f.Value);
        Assert.Contains("1 Fourier pair of seasonality", facts["Baseline"]);
        Assert.Contains("Geometric α 0.5 over 1 lag,", facts["Channel Tv"]);
        Assert.Equal("Sale (1 date, δ 500)", facts["Events"]);
    }

    private static IReadOnlyList<string> PluralsAfterOne(DatasetReport report)
    {
        var text = new List<string> { report.Title, report.Description };
        text.AddRange(report.Spec.Select(f => f.Value));
        text.AddRange(report.Checks.Select(c => c.Detail));
        text.AddRange(report.Truth.SelectMany(t => t.Rows.SelectMany(r => r)));
        text.AddRange(report.Charts.SelectMany(c => new[] { c.Title, c.Caption }));
        text.AddRange(report.Charts.OfType<XyChart>().SelectMany(c => c.Series.Select(s => s.Name)));
        return text.SelectMany(t => OnePlural.Matches(t).Select(m => $"'{m.Value}' in: {t}")).ToList();
    }
}
