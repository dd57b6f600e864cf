using System.Globalization;
using MmmFixtures.Clickstream;

namespace MmmFixtures.Tests.Clickstream.Layouts;

/// <summary>
/// The retailrocket folder against RecSysDatasets' converter, conversion_tools/src/extended_dataset.py,
/// class RETAILROCKETDataset (RUCAIBox/RecSysDatasets), and the Kaggle dataset's documented format.
/// </summary>
public sealed class RetailRocketLayoutTests(LayoutExport export) : IClassFixture<LayoutExport>
{
    private const string Events = "retailrocket/events.csv", Part1 = "retailrocket/item_properties_part1.csv",
        Part2 = "retailrocket/item_properties_part2.csv", Tree = "retailrocket/category_tree.csv";

    // __init__: inter_file = input_path/events.csv, item_file1/2 = input_path/item_properties_part{1,2}.csv;
    // category_tree.csv is the third file of the Kaggle dataset.
    [Fact]
    public void The_folder_holds_the_files_the_converter_opens()
    {
        Assert.Equal(new[] { "category_tree.csv", "events.csv", "item_properties_part1.csv", "item_properties_part2.csv" },
            Directory.GetFiles(Path.Combine(export.Folder, "retailrocket")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("timestamp,visitorid,event,itemid,transactionid", export.Lines(Events)[0]);
        Assert.Equal("timestamp,itemid,property,value", export.Lines(Part1)[0]);
        Assert.Equal("timestamp,itemid,property,value", export.Lines(Part2)[0]);
        Assert.Equal("categoryid,parentid", export.Lines(Tree)[0]);
    }

    // convert_inter: skips line 0, then line.split(',') and reads [0] timestamp, [1] visitor, [2] event, [3] item, and
    // [4] (deleted, or stripped as the transaction id): every line has exactly five comma-separated fields, no quoting.
    // The events are the Kaggle names view / addtocart / transaction; transactionid is empty except on transactions.
    [Fact]
    public void Every_event_line_splits_into_five_fields_with_known_event_names()
    {
        var lines = export.Lines(Events).Skip(1).ToArray();
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            var f = line.Split(',');
            Assert.Equal(5, f.Length);
            Assert.Contains(f[2], new[] { "view", "addtocart", "transaction" });
            Assert.True(long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out _), line);
            Assert.True(int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out _), line); // < 2^31
            Assert.True(int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out _), line);
            if (f[2] == "transaction") Assert.True(long.Parse(f[4], CultureInfo.InvariantCulture) < 1L << 53, line);
            else Assert.Equal("", f[4]);
        });
        Assert.Contains(lines, l => l.Split(',')[2] == "transaction");
    }

    // convert_inter with --duplicate_removal keeps the latest timestamp by comparing the text (line_list[0] > dic[key][0]):
    // that orders times only if every timestamp has the same number of digits, as Kaggle's 13-digit unix milliseconds.
    [Fact]
    public void Timestamps_are_13_digit_unix_milliseconds_of_the_events()
    {
        var times = export.Lines(Events).Skip(1).Select(l => l.Split(',')[0]).ToArray();
        Assert.All(times, t => Assert.Equal(13, t.Length));
        var expected = export.Data.Events.Where(e => e.Type is ClickEventType.View or ClickEventType.AddToCart or ClickEventType.Purchase)
            .Select(e => e.TimestampMs.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected, times);
    }

    // convert_item: for each line after the header, '\t'.join(line.split(',')) is written as is, newline included: a
    // value with a comma would add a field, and a part not ending in a newline would run into the next part's first row.
    [Fact]
    public void Item_property_lines_split_into_four_fields_and_each_part_ends_with_a_newline()
    {
        foreach (string part in new[] { Part1, Part2 })
        {
            Assert.EndsWith("\n", export.Text(part));
            Assert.DoesNotContain('"', export.Text(part));
            Assert.All(export.Lines(part).Skip(1), line => Assert.Equal(4, line.Split(',').Length));
        }
    }

    // The Kaggle file is item_properties.csv split in two by size: the parts hold different rows, and together every item.
    [Fact]
    public void The_two_parts_split_the_items_between_them()
    {
        var items1 = export.Lines(Part1).Skip(1).Select(l => int.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToHashSet();
        var items2 = export.Lines(Part2).Skip(1).Select(l => int.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToHashSet();
        Assert.NotEmpty(items1);
        Assert.NotEmpty(items2);
        Assert.Empty(items1.Intersect(items2));
        Assert.Equal(Enumerable.Range(1, LayoutExport.Spec.Catalog.Items), items1.Concat(items2).Order());
    }

    // Every event's item has properties: available = 1 and its price (property 790, "n" + three decimals as Kaggle
    // writes numbers), and a categoryid that is a node of the tree unless the catalog hides the item's category.
    [Fact]
    public void Every_events_item_has_its_price_availability_and_category()
    {
        var properties = export.Lines(Part1).Skip(1).Concat(export.Lines(Part2).Skip(1)).Select(l => l.Split(','))
            .GroupBy(f => int.Parse(f[1], CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.ToDictionary(f => f[2], f => f[3]));
        var nodes = export.Lines(Tree).Skip(1).Select(l => l.Split(',')[0]).ToHashSet();
        foreach (int itemId in export.Lines(Events).Skip(1).Select(l => int.Parse(l.Split(',')[3], CultureInfo.InvariantCulture)).Distinct())
        {
            var item = export.Data.Items[itemId - 1];
            var p = properties[itemId];
            Assert.Equal("1", p["available"]);
            Assert.Equal("n" + item.CurrentPrice.ToString("0.000", CultureInfo.InvariantCulture), p["790"]);
            if (item.CategoryHidden) Assert.False(p.ContainsKey("categoryid"));
            else Assert.Contains(p["categoryid"], nodes);
        }
        Assert.Contains(export.Data.Items, i => i.CategoryHidden);
    }

    // category_tree.csv: categoryid, parentid (empty for a root, as in the Kaggle file); a tree: ids unique, every
    // parent exists, following parents always ends at a root.
    [Fact]
    public void The_category_tree_is_a_tree()
    {
        var parentOf = export.Lines(Tree).Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[1]);
        Assert.Equal(export.Lines(Tree).Length - 1, parentOf.Count);
        Assert.Contains(parentOf.Values, p => p == "");
        foreach (string id in parentOf.Keys)
        {
            var seen = new HashSet<string>();
            for (string at = id; at != ""; at = parentOf[at])
            {
                Assert.True(seen.Add(at), $"cycle through {at}");
                Assert.True(parentOf.ContainsKey(at), $"{at} has no row");
            }
        }
    }

    // A C# rendering of convert_inter (interaction_type transaction, no duplicate removal) and convert_item, run on the
    // files: every written row has as many tab-separated fields as the typed header the converter writes.
    [Fact]
    public void The_converters_parsing_gives_rows_as_wide_as_its_headers()
    {
        var inter = new List<string>();
        foreach (string line in File.ReadLines(Path.Combine(export.Folder, Events)).Skip(1))
        {
            var f = line.Split(',').ToList();
            if (f[2] != "transaction") continue;
            f[4] = f[4].Trim();
            f.RemoveAt(2);
            inter.Add(string.Join('\t', f));
        }
        Assert.NotEmpty(inter);
        Assert.All(inter, row => Assert.Equal(4, row.Split('\t').Length)); // timestamp:float visitor_id:token item_id:token transaction_id:token
        Assert.All(inter, row => Assert.DoesNotContain("", row.Split('\t')));

        var converted = new System.Text.StringBuilder();
        foreach (string part in new[] { Part1, Part2 })
            foreach (string line in System.Text.RegularExpressions.Regex.Split(export.Text(part), "(?<=\n)").Where(l => l != "").Skip(1))
                converted.Append(string.Join('\t', line.Split(','))); // fout.write('\t'.join(line_list)): the line's own newline ends the row
        var rows = converted.ToString().Split('\n')[..^1];
        Assert.Equal(export.Lines(Part1).Length + export.Lines(Part2).Length - 2, rows.Length);
        Assert.All(rows, row => Assert.Equal(4, row.Split('\t').Length)); // item_timestamp:float item_id:token property:token value:token_seq
    }
}
