using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MmmFixtures.Commerce;
using MmmFixtures.Families;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Commerce.Export;

public sealed class CommerceExportTests : TempFolder
{
    private static readonly string[] AllLayouts = { "shopify", "fivetran", "google-ads", "klaviyo", "open-meteo" };
    private static readonly DatasetExportOptions WithLayouts = new() { Layouts = AllLayouts, MaxDegreeOfParallelism = 2 };

    // Hand-built tenants test the exporter alone; generated ones (streamed from the spec) test it on the generator's values.
    private string Export(CommerceSpec spec, DatasetExportOptions? options = null, string name = "out", bool generated = false)
    {
        string folder = Path.Combine(Folder, name);
        if (generated) CommerceExporter.Export(spec, folder, options ?? WithLayouts);
        else CommerceExporter.Export(CommerceTestData.Dataset(spec), folder, options ?? WithLayouts);
        return folder;
    }

    private static string Header(string folder, string file) => File.ReadLines(Path.Combine(folder, file)).First();

    [Fact]
    public void Canonical_files_have_the_specs_columns()
    {
        string folder = Export(CommerceTestData.Spec());
        Assert.Equal("date,temp_c,temp_max_c,temp_min_c,precip_mm,temp_roll7,precip_roll7,temp_normal_c,precip_normal_mm,temp_anomaly,precip_anomaly,temp_z,precip_z",
            Header(folder, "alpha/weather_daily.csv"));
        Assert.Equal("date,timestamp,order_id,product,sku,quantity,order_value,discount,refund,net_revenue", Header(folder, "alpha/orders.csv"));
        foreach (string ads in new[] { "alpha/meta_ads.csv", "alpha/google_ads.csv" })
            Assert.Equal("date,campaign_id,campaign_name,platform,spend,impressions,clicks,conversions,conversions_value,roas", Header(folder, ads));
        Assert.Equal("date,metric_type,count,revenue_attributed", Header(folder, "alpha/klaviyo_events.csv"));
        Assert.Equal("tenant,date,net_revenue,orders,meta_spend,google_spend,email_sends,temp_c,precip_mm,temp_z,precip_z,weekday", Header(folder, "daily_panel.csv"));
        Assert.Equal("tenant,date,ln_base,seasonality,weekday,temperature,precipitation,meta,google,email,noise,ln_mu,mu,mu_normal_weather,mu_without_meta," +
            "mu_without_google,mu_without_email,expected_orders,orders,net_revenue,poisson_noise,basket_noise", Header(folder, "truth_daily.csv"));
        Assert.Equal(new[] { "clicked", "opened", "placed_order", "received" },
            CsvTable.Read(Path.Combine(folder, "alpha/klaviyo_events.csv")).Texts("metric_type").Distinct().Order());
    }

    [Fact]
    public void Layouts_have_their_consumers_columns_in_their_subfolders()
    {
        string folder = Export(CommerceTestData.Spec());
        Assert.Equal("Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount," +
            "Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Refunded Amount,Id", Header(folder, "shopify/alpha/orders_export.csv"));
        Assert.Equal("processed_timestamp,orders_unique_key,total_price,refund_subtotal,order_adjusted_total", Header(folder, "fivetran/alpha/shopify__orders.csv"));
        Assert.Equal("date_day,platform,account_id,campaign_id,campaign_name,ad_group_id,ad_id,clicks,impressions,spend,conversions,conversions_value",
            Header(folder, "fivetran/alpha/ad_reporting.csv"));
        Assert.Equal("segments.date,campaign.id,campaign.name,metrics.cost_micros,metrics.impressions,metrics.clicks,metrics.conversions,metrics.conversions_value",
            Header(folder, "google-ads/alpha/campaign_report.csv"));
        Assert.Equal("date,metric_name,count,sum_value", Header(folder, "klaviyo/alpha/metric_aggregates.csv"));
        Assert.Equal(new[] { "Clicked Email", "Opened Email", "Placed Order", "Received Email" },
            CsvTable.Read(Path.Combine(folder, "klaviyo/alpha/metric_aggregates.csv")).Texts("metric_name").Distinct().Order());
        Assert.Equal("time,temperature_2m_mean,temperature_2m_max,temperature_2m_min,precipitation_sum", Header(folder, "open-meteo/alpha/daily.csv"));
    }

    [Fact]
    public void The_manifest_lists_every_file_with_its_hash_and_no_other_field_than_the_families()
    {
        string folder = Export(CommerceTestData.Spec());
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal(new[] { "algorithmVersion", "family", "files", "library", "libraryVersion", "seed", "spec" },
            root.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("commerce", root.GetProperty("family").GetString());
        var listed = root.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("sha256").GetString());
        var onDisk = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != "manifest.json").Order().ToArray();
        Assert.Equal(onDisk, listed.Keys.Order());
        Assert.Equal(3 * 5 + 3 * 6 + 3, onDisk.Length); // per tenant 5 canonical + 6 layout files; panel, truth_daily, truth.json
        foreach (var (name, hash) in listed)
            Assert.Equal(hash, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, name)))));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Order_lines_net_is_gross_minus_discount_and_refund_and_ads_roas_is_value_over_spend(bool generated)
    {
        string folder = Export(CommerceTestData.Spec(), generated: generated);
        foreach (string tenant in new[] { "alpha", "beta", "gamma" })
        {
            var orders = CsvTable.Read(Path.Combine(folder, tenant, "orders.csv"));
            foreach (var row in orders.Rows)
            {
                double gross = CsvTable.Number(row[6]), discount = CsvTable.Number(row[7]), refund = CsvTable.Number(row[8]), net = CsvTable.Number(row[9]);
                Assert.True(net <= gross, $"{tenant} order {row[2]}: net {net} > gross {gross}");
                Assert.Equal(gross - discount - refund, net, 1e-9);
            }
            foreach (string file in new[] { "meta_ads.csv", "google_ads.csv" })
                foreach (var row in CsvTable.Read(Path.Combine(folder, tenant, file)).Rows)
                {
                    double spend = CsvTable.Number(row[4]), value = CsvTable.Number(row[8]), roas = CsvTable.Number(row[9]);
                    Assert.Equal(spend > 0 ? value / spend : 0, roas, 1e-12);
                }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_daily_panel_sums_each_tenants_orders_and_ad_spend_per_day(bool generated)
    {
        var spec = CommerceTestData.Spec();
        string folder = Export(spec, generated: generated);
        var panel = CsvTable.Read(Path.Combine(folder, "daily_panel.csv"));
        Assert.Equal(spec.Tenants.SelectMany(t => Enumerable.Range(0, spec.Days).Select(d => (t.Name, spec.StartDate.AddDays(d).ToString("yyyy-MM-dd")))),
            panel.Rows.Select(r => (r[0], r[1])));
        foreach (var row in panel.Rows)
        {
            var orders = CsvTable.Read(Path.Combine(folder, row[0], "orders.csv")).Rows.Where(r => r[0] == row[1]).ToList();
            Assert.Equal(orders.Sum(r => CsvTable.Number(r[9])), CsvTable.Number(row[2]), 1e-6);
            Assert.Equal(orders.Select(r => r[2]).Distinct().Count(), int.Parse(row[3], CultureInfo.InvariantCulture));
            foreach (var (file, column) in new[] { ("meta_ads.csv", 4), ("google_ads.csv", 5) })
                Assert.Equal(CsvTable.Read(Path.Combine(folder, row[0], file)).Rows.Where(r => r[0] == row[1]).Sum(r => CsvTable.Number(r[4])),
                    CsvTable.Number(row[column]), 1e-6);
        }
        Assert.Equal(panel.Rows.Select(r => (r[0], r[1])), CsvTable.Read(Path.Combine(folder, "truth_daily.csv")).Rows.Select(r => (r[0], r[1])));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Shopify_orders_hold_the_order_fields_on_their_first_row_and_add_up(bool generated)
    {
        var spec = CommerceTestData.Spec();
        string folder = Export(spec, generated: generated);
        var shopify = CsvTable.Read(Path.Combine(folder, "shopify/beta/orders_export.csv"));
        var lines = CsvTable.Read(Path.Combine(folder, "beta/orders.csv"));
        Assert.Equal(lines.Rows.Count, shopify.Rows.Count);
        var orderColumns = new[] { "Financial Status", "Paid at", "Fulfillment Status", "Subtotal", "Shipping", "Taxes", "Total", "Discount Amount", "Refunded Amount", "Id" }
            .Select(shopify.Column).ToArray();
        var byOrder = shopify.Rows.Select((row, i) => (row, line: lines.Rows[i])).GroupBy(x => x.row[0]).ToList();
        Assert.Equal(lines.Texts("order_id").Distinct().Count(), byOrder.Count);
        foreach (var order in byOrder)
        {
            var first = order.First().row;
            Assert.Matches(@"^#\d{4,}$", first[0]);
            Assert.Matches(@"^customer-\d+@example\.com$", first[1]);
            Assert.All(orderColumns, c => Assert.NotEqual("", first[c]));
            Assert.All(order.Skip(1), x => Assert.All(orderColumns, c => Assert.Equal("", x.row[c])));
            Assert.All(order, x => Assert.Equal(first[0], x.row[0]));
            double subtotal = CsvTable.Number(first[shopify.Column("Subtotal")]);
            Assert.Equal(order.Sum(x => CsvTable.Number(x.line[6]) - CsvTable.Number(x.line[7])), subtotal, 1e-6);
            Assert.Equal(subtotal + CsvTable.Number(first[shopify.Column("Shipping")]) + CsvTable.Number(first[shopify.Column("Taxes")]),
                CsvTable.Number(first[shopify.Column("Total")]), 1e-6);
            Assert.Equal(order.Sum(x => CsvTable.Number(x.line[8])), CsvTable.Number(first[shopify.Column("Refunded Amount")]), 1e-6);
            Assert.Equal(order.Sum(x => CsvTable.Number(x.line[7])), CsvTable.Number(first[shopify.Column("Discount Amount")]), 1e-6);
            Assert.Matches(@"^2024-03-0\d \d\d:\d\d:\d\d -0700$", first[shopify.Column("Created at")]); // beta is the seed's tenant 2, UTC−7
        }
    }

    [Fact]
    public void Shopify_times_are_the_utc_instant_in_the_shops_offset()
    {
        string folder = Export(CommerceTestData.Spec(2, "alpha"));
        var utc = CsvTable.Read(Path.Combine(folder, "alpha/orders.csv")).Rows[0][1];
        var local = CsvTable.Read(Path.Combine(folder, "shopify/alpha/orders_export.csv")).Rows[0][12];
        Assert.Equal(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture),
            DateTimeOffset.ParseExact(local, "yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture));
        Assert.Equal("+0530", ShopifyLayout.OffsetText(5.5));
        Assert.Equal("-0500", ShopifyLayout.OffsetText(-5));
        Assert.Equal("+0000", ShopifyLayout.OffsetText(0));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Fivetran_google_ads_klaviyo_and_open_meteo_project_the_same_values(bool generated)
    {
        string folder = Export(CommerceTestData.Spec(), generated: generated);
        var orders = CsvTable.Read(Path.Combine(folder, "fivetran/gamma/shopify__orders.csv"));
        var shopify = CsvTable.Read(Path.Combine(folder, "shopify/gamma/orders_export.csv"));
        var firstRows = shopify.Rows.Where(r => r[shopify.Column("Id")] != "").ToList();
        Assert.Equal(firstRows.Select(r => r[shopify.Column("Id")]), orders.Texts("orders_unique_key"));
        Assert.Equal(firstRows.Select(r => CsvTable.Number(r[shopify.Column("Total")])), orders.Numbers("total_price"));
        foreach (var row in orders.Rows)
            Assert.Equal(CsvTable.Number(row[2]) - CsvTable.Number(row[3]), CsvTable.Number(row[4]), 1e-6);
        var panel = CsvTable.Read(Path.Combine(folder, "daily_panel.csv")).Rows.Where(r => r[0] == "gamma").ToList();
        var ads = CsvTable.Read(Path.Combine(folder, "fivetran/gamma/ad_reporting.csv"));
        Assert.Equal(ads.Rows.Select(r => r[0]).Order(StringComparer.Ordinal), ads.Texts("date_day"));
        foreach (var (platform, column) in new[] { ("facebook_ads", 4), ("google_ads", 5) })
            foreach (var day in panel)
                Assert.Equal(CsvTable.Number(day[column]), ads.Rows.Where(r => r[0] == day[1] && r[1] == platform).Sum(r => CsvTable.Number(r[9])), 1e-6);
        var google = CsvTable.Read(Path.Combine(folder, "gamma/google_ads.csv"));
        var report = CsvTable.Read(Path.Combine(folder, "google-ads/gamma/campaign_report.csv"));
        Assert.Equal(google.Numbers("spend").Select(s => (long)Math.Round(s * 1_000_000)), report.Texts("metrics.cost_micros").Select(long.Parse));
        Assert.Equal(google.Texts("clicks"), report.Texts("metrics.clicks"));
        var weather = CsvTable.Read(Path.Combine(folder, "gamma/weather_daily.csv"));
        var meteo = CsvTable.Read(Path.Combine(folder, "open-meteo/gamma/daily.csv"));
        Assert.Equal(weather.Texts("precip_mm"), meteo.Texts("precipitation_sum"));
        Assert.Equal(weather.Texts("temp_max_c"), meteo.Texts("temperature_2m_max"));
        var klaviyo = CsvTable.Read(Path.Combine(folder, "klaviyo/gamma/metric_aggregates.csv"));
        Assert.Equal(CsvTable.Read(Path.Combine(folder, "gamma/klaviyo_events.csv")).Texts("count"), klaviyo.Texts("count"));
    }

    [Fact]
    public void Truth_json_holds_each_tenants_parameters_and_platform_roas()
    {
        string folder = Export(CommerceTestData.Spec());
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "truth.json")));
        var tenants = truth.RootElement.GetProperty("tenants").EnumerateArray().ToList();
        Assert.Equal(new[] { "alpha", "beta", "gamma" }, tenants.Select(t => t.GetProperty("tenant").GetString()));
        var beta = tenants[1];
        Assert.Equal(-0.18, beta.GetProperty("precipitationElasticity").GetDouble());
        Assert.Equal(0.012, beta.GetProperty("precipitationElasticitySe").GetDouble());
        Assert.Equal("heatwave", beta.GetProperty("weather").GetProperty("anomalies")[0].GetProperty("kind").GetString());
        Assert.Equal("2024-03-02", beta.GetProperty("weather").GetProperty("anomalies")[0].GetProperty("start").GetString());
        Assert.Equal(2.4, beta.GetProperty("meta").GetProperty("reportedRoas").GetDouble());
        Assert.Equal(0.4, beta.GetProperty("meta").GetProperty("incrementalRoas").GetDouble());
        Assert.Equal(JsonValueKind.Null, beta.GetProperty("google").GetProperty("incrementalRoas").ValueKind);
        Assert.Equal(80.25, beta.GetProperty("averageOrderValue").GetDouble());
        Assert.Equal(0.15, beta.GetProperty("basketLaw").GetProperty("discountRate").GetDouble());
        Assert.Equal(7, beta.GetProperty("weekdayEffects").GetArrayLength());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Exports_are_byte_identical_across_thread_counts_and_runs(bool generated)
    {
        var spec = CommerceTestData.Spec(days: 9, "a1", "b2", "c3", "d4", "e5", "f6", "g7", "h8", "i9", "j10", "k11");
        string[] folders = new[] { 1, 2, 8, 8 }.Select((threads, run) =>
            Export(spec, WithLayouts with { MaxDegreeOfParallelism = threads }, $"run{run}", generated)).ToArray();
        var reference = Snapshot(folders[0]);
        Assert.Equal(11 * 11 + 4, reference.Count);
        foreach (string folder in folders.Skip(1)) Assert.Equal(reference, Snapshot(folder));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_tenants_files_do_not_depend_on_the_other_tenants(bool generated)
    {
        var spec = CommerceTestData.Spec();
        var before = Snapshot(Export(spec, name: "before", generated: generated));
        var added = Snapshot(Export(spec with { Tenants = spec.Tenants.Append(spec.Tenants[0] with { Name = "delta" }).ToArray() }, name: "added", generated: generated));
        var edited = Snapshot(Export(spec with { Tenants = new[] { spec.Tenants[0], spec.Tenants[1] with { BaseRevenue = 9_999, UtcOffsetHours = 2 }, spec.Tenants[2] } }, name: "edited", generated: generated));
        foreach (var (file, bytes) in before.Where(f => f.Key.Contains("alpha/") || f.Key.Contains("gamma/")))
        {
            Assert.Equal(bytes, added[file]);
            Assert.Equal(bytes, edited[file]);
        }
        Assert.Contains(before, f => f.Key.Contains("beta/") && f.Value != edited[f.Key]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void No_file_holds_a_date_outside_the_data_period(bool generated)
    {
        var spec = CommerceTestData.Spec();
        string folder = Export(spec, generated: generated);
        string today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dates = new Regex(@"\d{4}-\d{2}-\d{2}");
        foreach (string file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            string text = File.ReadAllText(file);
            Assert.DoesNotContain(today, text);
            foreach (Match m in dates.Matches(text))
            {
                var date = DateTime.ParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                // UTC times of a shop west of Greenwich run into the day after the period's last local day.
                Assert.True(date >= spec.StartDate && date <= spec.EndDate, $"{Path.GetRelativePath(folder, file)} holds {m.Value}");
            }
        }
    }

    [Fact]
    public void An_invalid_spec_writes_nothing()
    {
        var spec = CommerceTestData.Spec();
        string folder = Path.Combine(Folder, "out");
        var bad = spec with { Days = 0 };
        Assert.Throws<SpecValidationException>(() => CommerceExporter.Export(new CommerceDataset(bad, CommerceTestData.Dataset(spec).Tenants), folder, WithLayouts));
        Assert.Throws<SpecValidationException>(() => CommerceExporter.Export(bad, folder, WithLayouts));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void An_unknown_layout_is_refused_with_the_allowed_names_before_anything_is_written()
    {
        string folder = Path.Combine(Folder, "out");
        var error = Assert.Throws<ExportOptionsException>(() => CommerceExporter.Export(CommerceTestData.Dataset(CommerceTestData.Spec()), folder,
            new DatasetExportOptions { Layouts = new[] { "shopify", "meridian" } }));
        Assert.Contains("'meridian'", error.Message);
        Assert.All(AllLayouts, name => Assert.Contains(name, error.Message));
        Assert.Equal(AllLayouts, CommerceExporter.Layouts.Select(l => l.Name));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_dataset_that_is_not_its_specs_tenants_is_refused()
    {
        var spec = CommerceTestData.Spec();
        var dataset = CommerceTestData.Dataset(spec);
        Assert.Throws<ArgumentException>(() => CommerceExporter.Export(dataset with { Tenants = dataset.Tenants.Reverse().ToArray() }, Path.Combine(Folder, "out"), WithLayouts));
        Assert.Throws<ArgumentOutOfRangeException>(() => CommerceExporter.Export(dataset, Path.Combine(Folder, "out"), new DatasetExportOptions { MaxDegreeOfParallelism = 0 }));
        Assert.False(Directory.Exists(Path.Combine(Folder, "out")));
    }

    private static Dictionary<string, string> Snapshot(string folder) => CommerceStreamingExportTests.Snapshot(folder);
}
