using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MmmFixtures.Commerce.Report;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Reporting;
using MmmFixtures.Validation;

namespace MmmFixtures.Commerce;

/// <summary>The commerce family's descriptor: presets, spec JSON, validation, output estimate, layouts and streamed export.</summary>
public sealed class CommerceFamily : DatasetFamily<CommerceSpec>, Sharding.IShardMerging
{
    private CommerceFamily()
        : base("commerce", "Multi-tenant shops with weather-sensitive demand and its truth: per tenant weather, orders, Meta/Google ads and Klaviyo e-mail; daily_panel.csv, truth_daily.csv, truth.json, manifest.json.")
    {
    }

    /// <summary>The descriptor.</summary>
    public static CommerceFamily Instance { get; } = new();

    /// <inheritdoc />
    protected override IEnumerable<DatasetPreset<CommerceSpec>> CreatePresets() =>
        new (string Name, Func<CommerceSpec> Spec)[] { ("Default", () => CommercePresets.Default), ("Small", () => CommercePresets.Small), ("Large", () => CommercePresets.Large) }
            .Select(p => new DatasetPreset<CommerceSpec>(p.Name, () => Summarize(p.Spec()), seed => p.Spec() with { Seed = seed }));

    /// <inheritdoc />
    public override IReadOnlyList<ExportLayout> Layouts => CommerceExporter.Layouts;

    /// <inheritdoc />
    public override CommerceSpec ReadSpec(string json) => CommerceSpecJson.Read(json);

    /// <inheritdoc />
    public override string WriteSpec(CommerceSpec spec) => CommerceSpecJson.Write(spec);

    /// <inheritdoc />
    public override CommerceSpec WithSeed(CommerceSpec spec, ulong seed) => spec with { Seed = seed };

    /// <inheritdoc />
    public override IReadOnlyList<SpecError> Validate(CommerceSpec spec) => CommerceSpecValidator.Validate(spec);

    ExportedFile Sharding.IShardMerging.MergeTruth(object spec, string file, IReadOnlyList<string> shardFolders, ExportFolder output) =>
        CommerceExporter.MergeTruth((CommerceSpec)spec, shardFolders, output);

    /// <inheritdoc />
    /// <remarks>Streamed tenant by tenant: memory does not grow with the number of tenants.</remarks>
    public override ExportResult Export(CommerceSpec spec, string folder, DatasetExportOptions options) =>
        CommerceExporter.Export(spec, folder, options);

    /// <inheritdoc />
    /// <remarks>
    /// Normal vs realised temperature of the focus tenant (<see cref="ReportOptions.Focus"/>, default the first), every
    /// tenant's monthly temperature anomaly, the focus tenant's revenue against the temperature anomaly with the true
    /// elasticity line, and platform-reported vs incremental ROAS; the truth's identities measured on the generated rows;
    /// elasticities with oracle SEs and ROAS per tenant. Tenants are generated one at a time per thread and summarised.
    /// An unknown focus throws an <see cref="ArgumentException"/> listing the tenants.
    /// </remarks>
    public override DatasetReport Report(CommerceSpec spec, ReportOptions options) => CommerceReport.Build(spec, options);

    /// <inheritdoc />
    /// <remarks>A shard's summary counts the tenants it holds: <c>shard 0/2: … order lines of 1 of 3 tenants over 365 days</c>.</remarks>
    public override string DescribeExport(CommerceSpec spec, ExportResult result)
    {
        // The canonical orders table of each tenant, in whichever format it was written (both formats hold the same rows: count one).
        string orders = System.IO.Path.GetFileNameWithoutExtension(CommerceTables.OrdersFile);
        // A shard writes the orders of its own tenants only: the tenants counted are those whose orders table it holds.
        long[] tenantLines = spec.Tenants.Select(t => result.TableRows($"{t.Name}/{orders}")).OfType<long>().ToArray();
        string tenants = result.Shard is null ? CountText.Of(spec.Tenants.Count, "tenant") : $"{tenantLines.Length} of {CountText.Of(spec.Tenants.Count, "tenant")}";
        return $"{ShardPrefix(result)}{CountText.Of(tenantLines.Sum(), "order line")} of {tenants} over {CountText.Of(spec.Days, "day")}";
    }

    /// <summary>
    /// Per tenant: weather rows = days; order lines ≈ days · (base revenue / AOV) · lift · mean line items, where lift is
    /// the expected demand multiplier of weekends, the ad platforms at half saturation and e-mail; ad rows = days ×
    /// campaigns; e-mail rows = 4 metrics × days × send probability. The root panel and per-day truth have one row per
    /// tenant and day. Widths are typical text widths of each column (doubles in shortest round-trip form).
    /// </summary>
    public override OutputEstimate Estimate(CommerceSpec spec)
    {
        double days = spec.Days, tenantDays = days * spec.Tenants.Count;
        double name = spec.Tenants.Count == 0 ? 0 : spec.Tenants.Average(t => (double)t.Name.Length);
        FileEstimate Root(TableSchema schema, double row) => FileEstimate.Table(schema.FileName, tenantDays, TypicalWidths.Header(schema.Header), name + row).ByEntity();
        var files = new List<FileEstimate>
        {
            Root(CommerceTables.Panel, TypicalWidths.Date + Money + 4 + 2 * Money + 2 + 4 * TypicalWidths.Number + 1 + 12),
            Root(CommerceTables.TruthDaily, TypicalWidths.Date + 19 * TypicalWidths.Number + 4 + 22),
            // Per tenant about 4.6 kB of parameters (weather, basket law, both platforms' transforms and rates), plus each campaign.
            FileEstimate.Document(CommerceExporter.TruthFile, 100 + spec.Tenants.Sum(t => 4_600.0 + 80 * (t.Meta.Campaigns.Count + t.Google.Campaigns.Count))).ByEntity(),
        };
        foreach (var t in spec.Tenants)
        {
            double orders = days * t.BaseRevenue / t.Orders.AverageOrderValue * DemandLift(t);
            FileEstimate Table(string file, IReadOnlyList<ColumnSchema> columns, double rows, double row) =>
                FileEstimate.Table($"{t.Name}/{file}", rows, TypicalWidths.Header(columns.Select(c => c.Name).ToArray()), row).ByEntity();
            files.Add(Table(CommerceTables.WeatherFile, CommerceTables.WeatherColumns, days, TypicalWidths.Date + 12 * TypicalWidths.Number + 13));
            files.Add(Table(CommerceTables.OrdersFile, CommerceTables.OrderColumns, orders * t.Orders.LineItemsMean,
                TypicalWidths.Date + TypicalWidths.Timestamp + TypicalWidths.Digits(orders) + 13 + 7 + 1 + 4 * LineMoney + 9));
            files.Add(Table(CommerceTables.MetaAdsFile, CommerceTables.AdColumns("meta"), days * t.Meta.Campaigns.Count, AdRow));
            files.Add(Table(CommerceTables.GoogleAdsFile, CommerceTables.AdColumns("google"), days * t.Google.Campaigns.Count, AdRow));
            files.Add(Table(CommerceTables.EmailFile, CommerceTables.EmailColumns, 4 * days * t.Email.SendProbability, TypicalWidths.Date + 10 + 5 + 2 + 3));
        }
        // The manifest holds the spec (about 3.3 KB per tenant) and per tenant five files with their column maps.
        files.Add(FileEstimate.Document(ExportManifest.FileName, 3_000 + 9_000.0 * spec.Tenants.Count));
        return new OutputEstimate(files);
    }

    // Money to the cent: a daily total (1234.56), a line's values (45.67, mostly 0 for discount and refund); an ad row:
    // date, ids, names, platform, spend, counts, value and a round-trip ROAS (0 on days without conversions).
    private const int Money = 8;
    private const int LineMoney = 4;
    private const int AdRow = TypicalWidths.Date + 10 + 12 + 6 + 6 + 5 + 3 + 1 + 4 + 12 + 9;

    // The expected demand multiplier over base: weekends, each used platform at half saturation, e-mail with its carry-over.
    private static double DemandLift(TenantSpec t)
    {
        double media = (t.Meta.Campaigns.Count > 0 ? t.Meta.Beta / 2 : 0) + (t.Google.Campaigns.Count > 0 ? t.Google.Beta / 2 : 0)
            + t.Email.Beta * t.Email.SendProbability / (1 - t.Email.Carryover);
        return (1 + 2.0 / 7 * t.WeekendLift) * (1 + media);
    }

    private static string Summarize(CommerceSpec spec)
    {
        string names = string.Join(", ", spec.Tenants.Select(t => $"{t.Name} ({t.Category})"));
        if (names.Length > 70) names = names.Substring(0, 69) + "…";
        return $"{CountText.Of(spec.Tenants.Count, "tenant")} × {CountText.Of(spec.Days, "day")} from {spec.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {names}";
    }
}
