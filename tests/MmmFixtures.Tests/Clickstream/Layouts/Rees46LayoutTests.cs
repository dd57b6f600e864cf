using System.Globalization;
using System.Text.RegularExpressions;
using MmmFixtures.Clickstream;

namespace MmmFixtures.Tests.Clickstream.Layouts;

/// <summary>
/// The rees46 folder against RecSysDatasets' REES46 converter, conversion_tools/src/cosmetics.py, class CosmeticsDataset
/// (RUCAIBox/RecSysDatasets; the cosmetics shop's files have the multi-category store's columns), and the values of the
/// public REES46 files (dotted category codes, 19-digit category ids, lower-case brands, UUID sessions).
/// </summary>
public sealed partial class Rees46LayoutTests(LayoutExport export) : IClassFixture<LayoutExport>
{
    private const string Events = "rees46/events.csv";

    private static readonly string[] Header =
        { "event_time", "event_type", "product_id", "category_id", "category_code", "brand", "price", "user_id", "user_session" };

    private string[][] Rows => export.Lines(Events).Skip(1).Select(l => l.Split(',')).ToArray();

    // __init__: a folder input is read as every file ending in .csv, each with pd.read_csv(f, usecols=fields.keys()):
    // the folder must hold event files only, each with every column the converter selects.
    [Fact]
    public void The_folder_holds_one_csv_with_every_column()
    {
        Assert.Equal(new[] { "events.csv" }, Directory.GetFiles(Path.Combine(export.Folder, "rees46")).Select(Path.GetFileName));
        Assert.Equal(Header, export.Lines(Events)[0].Split(','));
        Assert.DoesNotContain('"', export.Text(Events));
        Assert.All(Rows, r => Assert.Equal(Header.Length, r.Length));
    }

    // _process_data: datetime.strptime(et.replace(" UTC", ""), "%Y-%m-%d %H:%M:%S"); the time is the event's, in UTC.
    [Fact]
    public void Event_times_parse_as_the_converter_parses_them()
    {
        var expected = export.Data.Events.Where(e => e.Type != ClickEventType.Scroll).Select(e => e.TimestampMs / 1000).ToArray();
        var parsed = Rows.Select(r => DateTime.ParseExact(r[0].Replace(" UTC", ""), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal))
            .Select(t => new DateTimeOffset(t).ToUnixTimeSeconds()).ToArray();
        Assert.Equal(expected, parsed);
        Assert.All(Rows, r => Assert.EndsWith(" UTC", r[0]));
    }

    // fields: user_id, product_id, category_id, user_session, event_type, price, event_time are all read; pandas turns
    // an empty category_id into NaN and the whole column into floats (19-digit ids rounded), an empty session into
    // "nan": none of them is ever empty. REES46's event types are view, cart, remove_from_cart and purchase.
    [Fact]
    public void Columns_the_converter_reads_are_never_empty()
    {
        foreach (int column in new[] { 0, 1, 2, 3, 6, 7, 8 })
            Assert.All(Rows, r => Assert.NotEqual("", r[column]));
        Assert.All(Rows, r => Assert.Contains(r[1], new[] { "view", "cart", "remove_from_cart", "purchase" }));
        Assert.All(Rows, r => Assert.True(double.TryParse(r[6], NumberStyles.Float, CultureInfo.InvariantCulture, out double p) && p > 0, r[6]));
        Assert.All(Rows, r => Assert.True(int.TryParse(r[2], NumberStyles.None, CultureInfo.InvariantCulture, out _))); // < 2^31
        Assert.All(Rows, r => Assert.True(int.TryParse(r[7], NumberStyles.None, CultureInfo.InvariantCulture, out _)));
    }

    // REES46's category_id has 19 digits (2053013555631882655): beyond 2^53, so each is a multiple of 2048 and a
    // double (JSON, R's numeric, pandas' float) holds it exactly; one code per id.
    [Fact]
    public void Category_ids_have_19_digits_and_survive_a_double()
    {
        var codesById = new Dictionary<string, HashSet<string>>();
        foreach (var r in Rows)
        {
            Assert.Equal(19, r[3].Length);
            long id = long.Parse(r[3], CultureInfo.InvariantCulture);
            Assert.Equal(id, (long)(double)id);
            if (r[4] != "") (codesById.TryGetValue(r[3], out var set) ? set : codesById[r[3]] = new HashSet<string>()).Add(r[4]);
        }
        Assert.All(codesById.Values, codes => Assert.Single(codes));
    }

    // category_code is dotted lower case (electronics.smartphone), empty where the catalog hides the category (REES46
    // leaves many empty); brands are lower case, some missing.
    [Fact]
    public void Category_codes_are_dotted_and_brands_lower_case_with_some_missing()
    {
        Assert.All(Rows.Where(r => r[4] != ""), r => Assert.Matches(DottedCode(), r[4]));
        Assert.Contains(Rows, r => r[4] == "electronics.smartphone" || r[4].StartsWith("electronics.audio.", StringComparison.Ordinal));
        var hidden = export.Data.Items.Where(i => i.CategoryHidden).Select(i => i.ItemId.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        Assert.All(Rows, r => Assert.Equal(hidden.Contains(r[2]), r[4] == ""));
        Assert.All(Rows.Where(r => r[5] != ""), r => Assert.Matches(LowerCase(), r[5]));
        double missing = Rows.Count(r => r[5] == "") / (double)Rows.Length;
        Assert.InRange(missing, 0.03, 0.4);
    }

    // user_session is a UUID (the converter strips its dashes into a token): one per session of the stream, never
    // shared by two sessions or two users.
    [Fact]
    public void Sessions_are_uuids_one_per_session()
    {
        Assert.All(Rows, r => Assert.Matches(Uuid(), r[8]));
        var recorded = export.Data.Events.Where(e => e.Type != ClickEventType.Scroll).ToArray();
        var uuidsOfSession = recorded.Zip(Rows).GroupBy(p => p.First.SessionId).ToDictionary(g => g.Key, g => g.Select(p => p.Second[8]).Distinct().ToArray());
        Assert.All(uuidsOfSession.Values, uuids => Assert.Single(uuids));
        Assert.Equal(uuidsOfSession.Count, uuidsOfSession.Values.Select(u => u[0]).Distinct().Count());
        Assert.All(recorded.Zip(Rows), p => Assert.Equal(p.First.UserId.ToString(CultureInfo.InvariantCulture), p.Second[7]));
    }

    [GeneratedRegex("^[a-z0-9_]+(\\.[a-z0-9_]+)+$")]
    private static partial Regex DottedCode();

    [GeneratedRegex("^[a-z0-9]+$")]
    private static partial Regex LowerCase();

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex Uuid();
}
