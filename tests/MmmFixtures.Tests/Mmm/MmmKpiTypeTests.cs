using MmmFixtures.Families;
using MmmFixtures.Mmm;
using MmmFixtures.Tests.Mmm.Layouts;

namespace MmmFixtures.Tests.Mmm;

public sealed class MmmKpiTypeTests : TempFolder
{
    private static readonly MmmSpec Revenue = MmmPresets.Get(MmmPreset.MultiRegion);
    private static readonly MmmSpec Conversions = Revenue with { KpiType = KpiType.Conversions, RevenuePerKpi = 2.5 };

    [Fact]
    public void A_conversions_kpi_keeps_every_value_and_states_roas_in_revenue()
    {
        // The same draws: y and contributions count conversions; ROAS = contribution × 2.5 / spend.
        var revenue = MmmGenerator.Generate(Revenue);
        var conversions = MmmGenerator.Generate(Conversions);
        Assert.Equal(revenue.Y.ToArray(), conversions.Y.ToArray());
        for (int c = 0; c < revenue.Truth.Channels.Count; c++)
        {
            var r = revenue.Truth.Channels[c];
            var k = conversions.Truth.Channels[c];
            Assert.Equal(r.TotalContribution * 2.5 / r.TotalSpend, k.Roas!.Value, 12);
            Assert.Equal(r.MarginalRoas!.Value * 2.5, k.MarginalRoas!.Value, 9);
            Assert.Equal(r.RoasByGeo["North"]!.Value * 2.5, k.RoasByGeo["North"]!.Value, 12);
        }
    }

    [Fact]
    public void Data_csv_gains_revenue_per_kpi_after_y_and_the_spec_json_round_trips()
    {
        MmmExporter.Export(MmmGenerator.Generate(Conversions), Folder);
        var data = CsvTable.Read(Path.Combine(Folder, "data.csv"));
        Assert.Equal(new[] { "date", "geo", "population", "y", "revenue_per_kpi" }, data.Header.Take(5));
        Assert.All(data.Numbers("revenue_per_kpi"), v => Assert.Equal(2.5, v));
        string json = MmmSpecJson.Write(Conversions);
        Assert.Contains("\"kpiType\": \"Conversions\"", json);
        Assert.Equal(json, MmmSpecJson.Write(MmmSpecJson.Read(json)));
        Assert.DoesNotContain("kpiType", MmmSpecJson.Write(Revenue));
        Assert.Contains("\"kpiType\": \"Conversions\"", File.ReadAllText(Path.Combine(Folder, "truth.json")));
    }

    [Fact]
    public void A_revenue_kpi_worth_other_than_1_and_a_revenue_per_kpi_out_of_range_are_refused()
    {
        var errors = MmmSpecValidator.Validate(Revenue with { RevenuePerKpi = 2 });
        Assert.Equal("revenuePerKpi", Assert.Single(errors).Path);
        Assert.Contains("must be 1 when kpiType is revenue", Assert.Single(errors).ToString());
        var range = MmmSpecValidator.Validate(Conversions with { RevenuePerKpi = 0 });
        Assert.Contains("(0, 1000000000]", Assert.Single(range).ToString());
        Assert.Equal("revenuePerKpi", MmmSpecValidator.Validate(Conversions with { RevenuePerKpi = double.NaN }).Single().Path);
    }

    [Fact]
    public void Meridian_reads_a_conversions_kpi_as_non_revenue_with_its_revenue_per_kpi_and_robyn_as_conversion()
    {
        // load.py DataFrameDataLoader: kpi_type 'non-revenue' with revenue_per_kpi runs the analysis on revenue;
        // checks.R check_depvar: dep_var_type is "conversion" or "revenue".
        MmmExporter.Export(MmmGenerator.Generate(Conversions), Folder, new DatasetExportOptions { Layouts = new[] { "meridian", "robyn" } });
        var meridian = LayoutJson.Read(Path.Combine(Folder, "meridian", "meridian_columns.json"));
        Assert.Equal("non-revenue", meridian.GetProperty("kpi_type").GetString());
        Assert.Equal("revenue_per_kpi", meridian.GetProperty("coord_to_columns").GetProperty("revenue_per_kpi").GetString());
        Assert.All(CsvTable.Read(Path.Combine(Folder, "meridian", "data.csv")).Numbers("revenue_per_kpi"), v => Assert.Equal(2.5, v));
        var robyn = LayoutJson.Read(Path.Combine(Folder, "robyn", "robyn_inputs.json"));
        Assert.Equal("conversion", robyn.GetProperty("dep_var_type").GetString());
        Assert.Equal("conversions", robyn.GetProperty("dep_var").GetString());
        Assert.Contains("conversions", CsvTable.Read(Path.Combine(Folder, "robyn", "North.csv")).Header);
    }
}
