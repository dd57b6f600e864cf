using System.Globalization;

namespace MmmFixtures.Tests.Clickstream.Layouts;

/// <summary>
/// The recbole folder against RecBole's loader (RUCAIBox/RecBole): recbole/config/configurator.py joins data_path and
/// the dataset name; recbole/data/dataset/dataset.py reads &lt;dataset&gt;.inter / .user / .item (_load_inter_feat,
/// _load_user_or_item_feat) with _load_feat: the header's fields are name:type, separated by field_separator (a tab
/// by default), read with pd.read_csv(delimiter=field_separator, dtype=float64 for float fields, str otherwise).
/// </summary>
public sealed class RecBoleLayoutTests(LayoutExport export) : IClassFixture<LayoutExport>
{
    private static readonly string[] Types = { "token", "token_seq", "float", "float_seq" }; // recbole/utils/enum_type.py FeatureType

    public static TheoryData<string> Files => new() { "inter", "user", "item" };

    private static string PathOf(string suffix) => $"recbole/clickstream/clickstream.{suffix}";

    // configurator: data_path = os.path.join(data_path, dataset); dataset.py: os.path.join(dataset_path, f"{token}.inter").
    [Fact]
    public void The_atomic_files_sit_where_RecBole_looks_for_the_dataset()
    {
        Assert.Empty(Directory.GetFiles(Path.Combine(export.Folder, "recbole")));
        Assert.Equal(new[] { "clickstream.inter", "clickstream.item", "clickstream.user" },
            Directory.GetFiles(Path.Combine(export.Folder, "recbole", "clickstream")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    // _load_feat: head = f.readline()[:-1] (the line must end in one '\n', no '\r'); field, ftype = field_type.split(":")
    // (exactly one colon); FeatureType(ftype) raises on an unknown type.
    [Theory, MemberData(nameof(Files))]
    public void Headers_are_typed_fields(string suffix)
    {
        string text = export.Text(PathOf(suffix));
        Assert.DoesNotContain('\r', text);
        foreach (string field in text[..text.IndexOf('\n')].Split('\t'))
        {
            var parts = field.Split(':');
            Assert.Equal(2, parts.Length);
            Assert.Contains(parts[1], Types);
        }
    }

    // The default USER_ID_FIELD, ITEM_ID_FIELD and TIME_FIELD (recbole/properties/overall.yaml) are user_id, item_id, timestamp.
    [Fact]
    public void The_default_fields_are_present()
    {
        Assert.Equal("user_id:token\titem_id:token\ttimestamp:float\tevent_type:token\tsession_id:token\tprice:float", export.Lines(PathOf("inter"))[0]);
        Assert.Equal("user_id:token\tregistration_time:float", export.Lines(PathOf("user"))[0]);
        Assert.Equal("item_id:token\tcategory:token\tbrand:token\tprice:float\tcreated_at:float", export.Lines(PathOf("item"))[0]);
    }

    // pd.read_csv with the tab delimiter: a tab, line break or quote inside a value would shift or merge fields; float
    // fields are read as float64 and must parse (an empty float is filled with the column mean by _fill_nan, so none is left empty).
    [Theory, MemberData(nameof(Files))]
    public void Rows_are_clean_tab_separated_values_that_parse(string suffix)
    {
        var lines = export.Lines(PathOf(suffix));
        var types = lines[0].Split('\t').Select(f => f.Split(':')[1]).ToArray();
        Assert.DoesNotContain('"', export.Text(PathOf(suffix)));
        Assert.All(lines.Skip(1), line =>
        {
            var values = line.Split('\t');
            Assert.Equal(types.Length, values.Length);
            for (int i = 0; i < values.Length; i++)
                if (types[i] == "float") Assert.True(double.TryParse(values[i], NumberStyles.Float, CultureInfo.InvariantCulture, out _), line);
            Assert.NotEqual("", values[0]);
        });
    }

    // Interactions join: every user and item of .inter has its row in .user and .item; every event is there, its
    // timestamp the event's unix seconds.
    [Fact]
    public void Interactions_are_the_events_and_join_their_users_and_items()
    {
        var users = export.Lines(PathOf("user")).Skip(1).Select(l => l.Split('\t')[0]).ToHashSet();
        var items = export.Lines(PathOf("item")).Skip(1).Select(l => l.Split('\t')[0]).ToHashSet();
        var inter = export.Lines(PathOf("inter")).Skip(1).Select(l => l.Split('\t')).ToArray();
        Assert.Equal(export.Data.Events.Count, inter.Length);
        Assert.All(inter, r => Assert.Contains(r[0], users));
        Assert.All(inter, r => Assert.Contains(r[1], items));
        Assert.Equal(export.Data.Events.Select(e => e.TimestampMs / 1000.0), inter.Select(r => double.Parse(r[2], CultureInfo.InvariantCulture)));
    }
}
