using System.Text.Json;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Mmm.Layouts;

/// <summary>
/// The robyn layout against Robyn's input checks (facebookexperimental/Robyn <c>R/R/checks.R</c>, <c>R/R/inputs.R</c>
/// <c>robyn_inputs()</c>, <c>R/R/data.R</c> for the <c>dt_holidays</c> header).
/// </summary>
[Collection(LayoutExportsCollection.Name)]
public sealed class RobynLayoutTests(LayoutExports exports)
{
    private (MmmPanel Panel, string Folder, JsonElement Json) Load(MmmPreset preset) => exports.Layout(preset, "robyn", "robyn_inputs.json");

    private static IEnumerable<(string Geo, CsvTable Table)> Files(string folder, JsonElement json) =>
        json.GetProperty("files").EnumerateObject().Select(f => (f.Name, CsvTable.Read(Path.Combine(folder, f.Value.GetString()!))));

    [Theory, MemberData(nameof(LayoutExports.Presets), MemberType = typeof(LayoutExports))]
    public void One_file_per_geo_holding_exactly_the_named_variables_without_a_geo_column(MmmPreset preset)
    {
        // Robyn models one series: a file per geo, no constant geo column (checks.R check_novar would refuse it). The
        // JSON lists cover the header exactly (no prefix guessing); check_varnames refuses duplicated names and spaces.
        var (panel, folder, json) = Load(preset);
        Assert.Equal(panel.GeoNames, json.GetProperty("files").EnumerateObject().Select(f => f.Name));
        string[] named = new[] { json.GetProperty("date_var").GetString()!, json.GetProperty("dep_var").GetString()! }
            .Concat(json.Strings("paid_media_spends")).Concat(json.Strings("paid_media_vars")).Concat(json.Strings("context_vars")).Distinct().ToArray();
        foreach (var (_, table) in Files(folder, json))
        {
            Assert.DoesNotContain("geo", table.Header);
            Assert.Equal(table.Header.OrderBy(h => h, StringComparer.Ordinal), named.OrderBy(h => h, StringComparer.Ordinal));
            Assert.All(table.Header, h => Assert.DoesNotContain(' ', h));
        }
        var vars = new[] { json.GetProperty("dep_var").GetString()!, json.GetProperty("date_var").GetString()! }
            .Concat(json.Strings("context_vars")).Concat(json.Strings("paid_media_spends")).ToArray();
        Assert.Equal(vars.Length, vars.Distinct().Count());
    }

    [Theory, MemberData(nameof(LayoutExports.Presets), MemberType = typeof(LayoutExports))]
    public void Dates_are_unique_and_regular_and_no_value_is_missing(MmmPreset preset)
    {
        // checks.R check_datevar: no duplicated dates, a daily, weekly or monthly interval; check_nas / check_inf.
        var (panel, folder, json) = Load(preset);
        string date = json.GetProperty("date_var").GetString()!;
        foreach (var (_, table) in Files(folder, json))
        {
            Assert.Equal(panel.Periods, table.Rows.Length);
            Assert.Equal(table.Rows.Length, table.Column(date).Distinct().Count());
            CsvTable.AssertRegular(table.Column(date), panel.Spec.DaysPerPeriod);
            table.AssertNoMissingValues();
        }
    }

    [Theory, MemberData(nameof(LayoutExports.Presets), MemberType = typeof(LayoutExports))]
    public void No_variable_is_constant_in_any_geo(MmmPreset preset)
    {
        // checks.R check_novar: "There are N column(s) with no-variance ... Please, remove the variable(s)".
        // A channel that never spends (the NeverSpends pathology) is constant on purpose: Robyn refusing it is that preset's hard case.
        var (panel, folder, json) = Load(preset);
        var silent = panel.Truth.Channels.Where(c => c.TotalSpend == 0).Select(c => c.Name.ToLowerInvariant() + "_S").ToHashSet();
        Assert.Equal(preset == MmmPreset.NeverSpends, silent.Count > 0);
        foreach (var (geo, table) in Files(folder, json))
            foreach (string column in table.Header)
                Assert.True(table.Column(column).Distinct().Count() > 1 != silent.Contains(column), $"{geo}: {column} is {(silent.Contains(column) ? "not " : "")}constant");
    }

    [Theory, MemberData(nameof(LayoutExports.Presets), MemberType = typeof(LayoutExports))]
    public void Media_spends_and_vars_pair_up_and_spend_is_not_negative_and_factors_are_context_variables(MmmPreset preset)
    {
        // checks.R check_depvar: dep_var_type is "conversion" or "revenue"; check_paidmedia: as many paid_media_vars as
        // paid_media_spends, no negative media values; check_factorvars: factor_vars are among context_vars.
        var (panel, folder, json) = Load(preset);
        Assert.Contains(json.GetProperty("dep_var_type").GetString(), new[] { "revenue", "conversion" });
        string[] spends = json.Strings("paid_media_spends"), vars = json.Strings("paid_media_vars");
        Assert.Equal(panel.Spec.Channels.Count, spends.Length);
        Assert.Equal(spends.Length, vars.Length);
        Assert.All(spends, s => Assert.EndsWith("_S", s));
        Assert.Subset(json.Strings("context_vars").ToHashSet(), json.Strings("factor_vars").ToHashSet());
        foreach (var (_, table) in Files(folder, json))
            Assert.All(spends.Concat(vars), c => Assert.All(table.Numbers(c), v => Assert.True(v >= 0)));
    }

    [Theory, MemberData(nameof(LayoutExports.Presets), MemberType = typeof(LayoutExports))]
    public void Holidays_have_robyns_header_and_one_row_per_event_period(MmmPreset preset)
    {
        // data.R dt_prophet_holidays: "When using own holidays, please keep the header c("ds", "holiday", "country", "year")";
        // checks.R check_prophet: prophet_country is used (and must be a country of dt_holidays) only with "holiday" among
        // prophet_vars; given without it, Robyn warns and drops it. The events come in as the factor, so it is null.
        var (panel, folder, json) = Load(preset);
        var holidays = CsvTable.Read(Path.Combine(folder, json.GetProperty("holidays_file").GetString()!));
        Assert.Equal(new[] { "ds", "holiday", "country", "year" }, holidays.Header);
        Assert.All(holidays.Rows, r => Assert.Equal(CsvTable.Date(r[0]).Year.ToString(System.Globalization.CultureInfo.InvariantCulture), r[3]));
        Assert.DoesNotContain("holiday", json.GetProperty("prophet_vars").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("prophet_country").ValueKind);
        Assert.All(holidays.Column("country"), c => Assert.Equal("XX", c));
        int eventPeriods = Enumerable.Range(0, panel.Spec.Events.Count).Sum(e => Enumerable.Range(0, panel.Periods).Count(t => panel.EventIndicator(e)[t * panel.GeoCount] != 0));
        Assert.Equal(eventPeriods, holidays.Rows.Length);
    }
}
