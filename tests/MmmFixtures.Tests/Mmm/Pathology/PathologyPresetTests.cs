using MathNet.Numerics.Statistics;
using MmmFixtures.Mmm;
using Xunit.Abstractions;
using static MmmFixtures.Tests.Mmm.Pathology.PathologyPanels;

namespace MmmFixtures.Tests.Mmm.Pathology;

/// <summary>Each pathology preset has the property it claims, measured on its panel (not read from its spec).</summary>
public sealed class PathologyPresetTests(ITestOutputHelper output)
{
    [Fact]
    public void Collinear_tv_and_radio_spend_correlate_above_0_95()
    {
        var panel = Panel(MmmPreset.Collinear);
        double r = Correlation.Pearson(Column(panel.Spend(0)), Column(panel.Spend(1)));
        output.WriteLine($"corr(Tv, Radio) = {r:F4}");
        Assert.True(r > 0.95, $"{r}");
    }

    [Fact]
    public void LowSignal_media_signal_to_noise_is_below_1()
    {
        var panel = Panel(MmmPreset.LowSignal);
        var media = new double[panel.RowCount];
        foreach (var c in panel.Truth.Channels)
            for (int r = 0; r < media.Length; r++) media[r] += c.Contribution[r];
        double snr = media.StandardDeviation() / Column(panel.Truth.Noise).StandardDeviation();
        output.WriteLine($"SNR = {snr:F4}");
        Assert.True(snr < 1, $"{snr}");
    }

    [Fact]
    public void NeverSpends_podcast_has_zero_spend_null_roas_and_no_contribution()
    {
        var panel = Panel(MmmPreset.NeverSpends);
        var podcast = panel.Truth.Channel("Podcast");
        Assert.All(Column(panel.Spend(3)), s => Assert.Equal(0.0, s));
        Assert.Equal(0.0, podcast.TotalContribution);
        Assert.Null(podcast.Roas);
        Assert.Null(podcast.MarginalRoas);
        Assert.All(podcast.RoasByGeo.Values, Assert.Null);
        Assert.Null(podcast.OracleRoasSe);
        Assert.False(podcast.Identifiable);
        Assert.All(panel.Truth.Channels.Take(3), c => Assert.True(c.Roas > 0));
    }

    [Theory]
    [InlineData(42UL)]
    [InlineData(1UL)]
    [InlineData(7UL)]
    [InlineData(2024UL)]
    public void SeasonalConfounding_tv_and_search_spend_follow_the_kpi_seasonality_at_any_seed(ulong seed)
    {
        var panel = MmmGenerator.Generate(MmmPresets.Get(MmmPreset.SeasonalConfounding, seed));
        double[] season = Column(panel.Truth.Seasonality);
        double tv = Correlation.Pearson(Column(panel.Spend(0)), season), search = Correlation.Pearson(Column(panel.Spend(1)), season);
        double social = Correlation.Pearson(Column(panel.Spend(2)), season);
        output.WriteLine($"seed {seed}: corr(spend, seasonality) Tv {tv:F3}, Search {search:F3}, Social {social:F3}");
        Assert.True(tv > 0.9, $"Tv {tv}");
        Assert.True(search > 0.9, $"Search {search}");
        Assert.True(Math.Abs(social) < 0.5, $"Social {social}");
    }

    [Fact]
    public void ShortHistory_has_26_weekly_periods()
    {
        var panel = Panel(MmmPreset.ShortHistory);
        Assert.Equal(26, panel.Periods);
        Assert.Equal(26, panel.RowCount);
        Assert.Equal(7, (panel.Dates[1] - panel.Dates[0]).Days);
    }

    [Fact]
    public void LongCarryover_tv_puts_over_a_third_of_its_adstock_weight_beyond_lag_8()
    {
        var weights = Panel(MmmPreset.LongCarryover).Truth.Channel("Tv").ParametersByGeo[0].AdstockWeights;
        double beyond = weights.Skip(8).Sum() / weights.Sum();
        output.WriteLine($"Tv: {weights.Count} lags, weight beyond lag 8 = {beyond:P2}");
        Assert.Equal(26, weights.Count);
        Assert.True(beyond > 1.0 / 3, $"{beyond}");
    }

    [Fact]
    public void WrongSignal_display_runs_on_impressions_that_are_not_proportional_to_spend()
    {
        var panel = Panel(MmmPreset.WrongSignal);
        Assert.Equal(TransformInput.Exposure, panel.Truth.Channel("Display").ParametersByGeo[0].TransformOn);
        double[] spend = Column(panel.Spend(1)), impressions = Column(panel.Exposure(1));
        double[] perSpend = spend.Zip(impressions, (s, i) => i / s).ToArray();
        double variation = perSpend.StandardDeviation() / perSpend.Mean();
        double r = Correlation.Pearson(spend, impressions);
        output.WriteLine($"Display: impressions per unit of spend vary by {variation:P1}, corr(spend, impressions) = {r:F3}");
        Assert.True(variation > 0.25, $"{variation}");
        Assert.True(r < 0.5, $"{r}");
    }

    [Fact]
    public void Saturated_search_roas_is_over_ten_times_its_marginal_roas()
    {
        var search = Panel(MmmPreset.Saturated).Truth.Channel("Search");
        // Marginal ROAS re-measured from the curve at any k: the return of a 1% spend increase.
        double marginal = (search.ContributionAt(1.01) - search.ContributionAt(1)) / (0.01 * search.TotalSpend);
        double ratio = search.Roas!.Value / marginal;
        output.WriteLine($"Search: ROAS {search.Roas:G4}, marginal ROAS {marginal:G4}, ratio {ratio:F1}");
        Assert.Equal(search.MarginalRoas!.Value, marginal, 1e-9);
        Assert.True(ratio > 10, $"{ratio}");
    }

    [Fact]
    public void Oracle_calls_the_collinear_pair_and_every_low_signal_channel_not_identifiable()
    {
        foreach (var preset in Warning.Keys)
            foreach (var c in Panel(preset).Truth.Channels)
                output.WriteLine($"| {preset} | {c.Name} | {c.Roas:G4} | {c.MarginalRoas:G4} | {c.Oracle.RelativeSe:P1} | {c.Vif:F1} | {(c.Identifiable ? "yes" : "no")} | {c.ShareOfMedia:P1} |");
        var collinear = Panel(MmmPreset.Collinear).Truth;
        Assert.False(collinear.Channel("Tv").Identifiable);
        Assert.False(collinear.Channel("Radio").Identifiable);
        Assert.True(collinear.Channel("Tv").Vif > 10, $"VIF {collinear.Channel("Tv").Vif}");
        Assert.True(collinear.Channel("Digital").Identifiable); // flighted on its own schedule: the contrast
        Assert.All(Panel(MmmPreset.LowSignal).Truth.Channels, c => Assert.False(c.Identifiable, c.Name));
    }

    [Fact]
    public void Every_pathology_preset_is_labelled_with_its_own_name_and_no_well_posed_preset_is()
    {
        foreach (var preset in Warning.Keys)
        {
            var label = Panel(preset).Truth.Pathology;
            Assert.NotNull(label);
            Assert.Equal(preset.ToString(), label!.Name);
            Assert.False(string.IsNullOrWhiteSpace(label.Description));
            Assert.False(string.IsNullOrWhiteSpace(label.WhatAGoodModelDoes));
        }
        Assert.All(WellPosed, p => Assert.Null(MmmPresets.Get(p).Pathology));
        Assert.Equal(Enum.GetValues<MmmPreset>().Length, WellPosed.Length + Warning.Count);
    }
}
