using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MmmFixtures.Clickstream.Generation;
using MmmFixtures.Clickstream.Layouts;
using MmmFixtures.Clickstream.Report;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Reporting;
using MmmFixtures.Validation;

namespace MmmFixtures.Clickstream;

/// <summary>The clickstream family's descriptor: presets, spec JSON, validation, output estimate and streamed export.</summary>
public sealed class ClickstreamFamily : DatasetFamily<ClickstreamSpec>, Sharding.IShardMerging
{
    private ClickstreamFamily()
        : base("clickstream", "E-commerce clickstreams with their truth: items, users, events, truth tables, manifest; RetailRocket, REES46 and RecBole layouts.")
    {
    }

    /// <summary>The descriptor.</summary>
    public static ClickstreamFamily Instance { get; } = new();

    /// <inheritdoc />
    protected override IEnumerable<DatasetPreset<ClickstreamSpec>> CreatePresets() =>
        Enum.GetValues(typeof(ClickstreamPreset)).Cast<ClickstreamPreset>().Select(p =>
            new DatasetPreset<ClickstreamSpec>(p.ToString(), () => Summarize(ClickstreamPresets.Get(p)), seed => ClickstreamPresets.Get(p, seed)));

    /// <inheritdoc />
    /// <remarks><c>retailrocket</c>, <c>rees46</c> and <c>recbole</c>, each written as text in its consumer's dialect whatever the export's format.</remarks>
    public override IReadOnlyList<ExportLayout> Layouts => _layouts ??= ClickstreamLayout.All.Select(l => l.Descriptor).ToArray();

    // Built on first use, not with the descriptor: every command of the tool makes the descriptor, few use its layouts.
    private IReadOnlyList<ExportLayout>? _layouts;

    /// <inheritdoc />
    public override ClickstreamSpec ReadSpec(string json) => ClickstreamSpecJson.Read(json);

    /// <inheritdoc />
    public override string WriteSpec(ClickstreamSpec spec) => ClickstreamSpecJson.Write(spec);

    /// <inheritdoc />
    public override ClickstreamSpec WithSeed(ClickstreamSpec spec, ulong seed) => spec with { Seed = seed };

    /// <inheritdoc />
    public override IReadOnlyList<SpecError> Validate(ClickstreamSpec spec) => ClickstreamSpecValidator.Validate(spec);

    /// <inheritdoc />
    /// <remarks>Streamed from the spec, chunk of users by chunk of users: memory stays flat however large the spec.</remarks>
    public override ExportResult Export(ClickstreamSpec spec, string folder, DatasetExportOptions options) =>
        ClickstreamExporter.Export(spec, folder, options);

    ExportedFile Sharding.IShardMerging.MergeTruth(object spec, string file, IReadOnlyList<string> shardFolders, ExportFolder output) =>
        ClickstreamExporter.MergeTruth((ClickstreamSpec)spec, shardFolders, output);

    /// <inheritdoc />
    /// <remarks>
    /// Funnel per persona, event mix per persona, sessions by hour × weekday and base prices per category, with every
    /// event checked against the temporal and funnel rules and personas declared vs realised. The users are simulated
    /// again and only counted, chunk by chunk, so memory stays flat for any preset. The clickstream has no focus: a
    /// non-null <see cref="ReportOptions.Focus"/> throws an <see cref="ArgumentException"/>.
    /// </remarks>
    public override DatasetReport Report(ClickstreamSpec spec, ReportOptions options) => ClickstreamReport.Build(spec, options);

    /// <inheritdoc />
    /// <remarks>A shard's summary counts its own users and says which shard it is: <c>shard 0/3: … events of 331 users in … sessions</c>.</remarks>
    public override string DescribeExport(ClickstreamSpec spec, ExportResult result)
    {
        long RowsOf(string table) => result.TableRows(table) ?? 0;
        return $"{ShardPrefix(result)}{RowsOf("events")} events of {RowsOf("users")} users in {RowsOf("truth_sessions")} sessions";
    }

    /// <summary>
    /// A user registers uniformly from <c>registrationLeadDays</c> before the start to the last day, so the expected
    /// active days are <c>(L·D + (D−1)(D+1)/2) / (L+D−1)</c> for a period of D days. Sessions per user are
    /// Σ share × sessionsPerWeek × active weeks (bots take the bot behaviour); a session of persona (V views, scroll s,
    /// cart c, remove r, purchase p) has V views, V·s scrolls, (V−p)·c + p carts, (V−p)·c·r removes and p purchases,
    /// and duplicates add a share of every event. Row widths are the typical widths of each column.
    /// </summary>
    public override OutputEstimate Estimate(ClickstreamSpec spec)
    {
        double users = spec.Users, items = spec.Catalog.Items;
        double weeks = ExpectedActiveDays(spec) / 7;
        double bots = spec.Defects.BotUserShare;
        var perUser = spec.Personas.Aggregate(SessionMix.Of(UserSimulator.Bot).Times(UserSimulator.Bot.SessionsPerWeek * bots * weeks),
            (sum, p) => sum.Plus(SessionMix.Of(p).Times(p.Share * (1 - bots) * p.SessionsPerWeek * weeks)));
        double duplicates = 1 + spec.Defects.DuplicateEventRate;
        double sessions = users * perUser.Sessions, events = users * perUser.Events * duplicates;

        int userId = TypicalWidths.Digits(users), itemId = TypicalWidths.Digits(items);
        int sessionId = TypicalWidths.Digits(users * 65_536), eventId = TypicalWidths.Digits(users * 16_777_216);
        double category = spec.Catalog.Categories.Average(c => (double)c.Name.Length);
        double persona = spec.Personas.Average(p => (double)p.Name.Length);
        const int Price = 7, Duration = 6, EventType = 5, BoolText = 5;
        var userTables = ClickstreamTables.UserTables(spec).ToDictionary(t => t.Schema.FileName, t => TypicalWidths.Header(t.Schema.Header));
        FileEstimate UserTable(string name, double rows, double row) => FileEstimate.Table(name, rows, userTables[name], row).ByEntity();
        FileEstimate ItemTable(string name, bool truth, double row) => FileEstimate.Table(name, items, TypicalWidths.Header(ClickstreamTables.ItemTable(truth).Header), row);
        return new OutputEstimate(new[]
        {
            ItemTable("items.csv", truth: false, itemId + category + Price + 2 + Price + TypicalWidths.Timestamp + 6),
            UserTable("users.csv", users, userId + TypicalWidths.Timestamp + 2),
            UserTable("events.csv", events, eventId + userId + sessionId + TypicalWidths.Timestamp + EventType + itemId + Price + Duration + 9),
            UserTable("truth_users.csv", users, userId + persona + BoolText + 3 + 4 + (TypicalWidths.Number + 1) * spec.Catalog.Categories.Count + 5),
            UserTable("truth_sessions.csv", sessions, sessionId + userId + 2 * TypicalWidths.Timestamp + 2 + 2 * BoolText + 4 + 8),
            ItemTable("truth_items.csv", truth: true, itemId + category + TypicalWidths.Number + 4 + 4 + BoolText + 6),
            UserTable("truth_defects.csv", users * perUser.Events * (spec.Defects.DuplicateEventRate + spec.Defects.LateEventRate), eventId + 9 + TypicalWidths.Timestamp + 3),
            FileEstimate.Document("truth.json", 1_000 + 350.0 * spec.Personas.Count + 150.0 * spec.Catalog.Categories.Count),
            FileEstimate.Document(ExportManifest.FileName, 1_500 + 250.0 * (spec.Personas.Count + spec.Catalog.Categories.Count) + 7 * TypicalWidths.ManifestPerFile
                + (CanonicalColumns + spec.Catalog.Categories.Count) * TypicalWidths.ManifestPerColumn),
        });
    }

    // The canonical tables' columns besides the per-category affinities (counted on the Small export's column map).
    private const int CanonicalColumns = 40;

    private static double ExpectedActiveDays(ClickstreamSpec spec)
    {
        double lead = spec.RegistrationLeadDays, days = spec.Days, span = lead + days - 1;
        return span <= 0 ? days : (lead * days + (days - 1) * (days + 1) / 2) / span;
    }

    private static string Summarize(ClickstreamSpec spec)
    {
        string personas = string.Join(", ", spec.Personas.Select(p => $"{p.Name} {(p.Share * 100).ToString("0.#", CultureInfo.InvariantCulture)}%"));
        return $"{CountText.Of(spec.Users, "user")}, {CountText.Of(spec.Catalog.Items, "item")}, {CountText.Of(spec.Days, "day")}; personas {personas}";
    }

    /// <summary>Expected sessions and events of each kind (per session, or summed over sessions).</summary>
    private readonly record struct SessionMix(double Sessions, double Views, double Scrolls, double Carts, double Removes, double Purchases)
    {
        public static SessionMix Of(PersonaSpec p)
        {
            double browsing = p.ViewsPerSession - p.PurchaseRate;
            return new(1, p.ViewsPerSession, p.ViewsPerSession * p.ScrollRate, browsing * p.CartRate + p.PurchaseRate,
                browsing * p.CartRate * p.RemoveRate, p.PurchaseRate);
        }

        public double Events => Views + Scrolls + Carts + Removes + Purchases;

        public SessionMix Times(double k) => new(Sessions * k, Views * k, Scrolls * k, Carts * k, Removes * k, Purchases * k);

        public SessionMix Plus(SessionMix o) =>
            new(Sessions + o.Sessions, Views + o.Views, Scrolls + o.Scrolls, Carts + o.Carts, Removes + o.Removes, Purchases + o.Purchases);
    }
}
