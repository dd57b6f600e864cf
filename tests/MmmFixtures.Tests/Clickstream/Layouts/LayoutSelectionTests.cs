using MmmFixtures.Clickstream;
using MmmFixtures.Families;

namespace MmmFixtures.Tests.Clickstream.Layouts;

/// <summary>Choosing layouts: known names only, each in its subfolder, listed in the manifest, deterministic, and never changing the canonical files.</summary>
public sealed class LayoutSelectionTests : TempFolder
{
    private static readonly ClickstreamSpec Spec = ClickstreamPresets.Get(ClickstreamPreset.Small, 5) with { Users = 300 };

    [Fact]
    public void The_family_lists_its_three_layouts()
    {
        Assert.Equal(new[] { "retailrocket", "rees46", "recbole" }, ClickstreamFamily.Instance.Layouts.Select(l => l.Name));
        Assert.All(ClickstreamFamily.Instance.Layouts, l => Assert.False(string.IsNullOrWhiteSpace(l.Description)));
    }

    [Fact]
    public void An_unknown_layout_is_refused_by_name_before_anything_is_written()
    {
        string target = Path.Combine(Folder, "out");
        var ex = Assert.Throws<ExportOptionsException>(() =>
            ClickstreamExporter.Export(Spec, target, new DatasetExportOptions { Layouts = new[] { "rees46", "meridian", "RetailRocket" } }));
        Assert.Contains("'meridian'", ex.Message);
        Assert.Contains("'RetailRocket'", ex.Message);
        Assert.Contains("retailrocket, rees46, recbole", ex.Message);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void Layouts_go_to_their_subfolders_listed_in_the_manifest_and_leave_the_canonical_files_unchanged()
    {
        string plain = Path.Combine(Folder, "plain"), withLayouts = Path.Combine(Folder, "layouts");
        var canonical = ClickstreamExporter.Export(Spec, plain, new DatasetExportOptions()).Files;
        var all = ClickstreamExporter.Export(Spec, withLayouts, new DatasetExportOptions { Layouts = new[] { "recbole", "retailrocket" } }).Files;

        Assert.Equal(new[] { "items.csv", "users.csv", "events.csv", "truth_users.csv", "truth_sessions.csv", "truth_items.csv", "truth_defects.csv", "truth.json", "manifest.json" },
            canonical.Select(f => f.Name));
        Assert.Empty(Directory.GetDirectories(plain));
        Assert.Equal(new[] { "recbole", "retailrocket" }, Directory.GetDirectories(withLayouts).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in canonical.Where(f => f.Name != "manifest.json"))
            Assert.Equal(file.Sha256, all.Single(f => f.Name == file.Name).Sha256);
        string manifest = File.ReadAllText(Path.Combine(withLayouts, "manifest.json"));
        foreach (string layoutFile in new[] { "retailrocket/events.csv", "retailrocket/item_properties_part1.csv", "retailrocket/category_tree.csv", "recbole/clickstream/clickstream.inter", "recbole/clickstream/clickstream.item" })
        {
            Assert.Contains(all, f => f.Name == layoutFile);
            Assert.Contains($"\"{layoutFile}\"", manifest);
        }
    }

    [Fact]
    public void Layout_files_are_identical_across_runs_thread_counts_and_in_memory_or_streamed()
    {
        var options = new DatasetExportOptions { Layouts = new[] { "retailrocket", "rees46", "recbole" } };
        var streamed = ClickstreamExporter.Export(Spec, Path.Combine(Folder, "a"), options with { MaxDegreeOfParallelism = 1 }).Files;
        var inMemory = ClickstreamExporter.Export(ClickstreamGenerator.Generate(Spec), Path.Combine(Folder, "b"), options with { MaxDegreeOfParallelism = 8 }).Files;
        Assert.Equal(streamed.Select(f => (f.Name, f.Sha256)), inMemory.Select(f => (f.Name, f.Sha256)));
    }

    // A previous export's nested layout folders (recbole/clickstream/) are its own files: the next export replaces them.
    [Fact]
    public void An_export_with_layouts_is_replaced_by_the_next_one()
    {
        ClickstreamExporter.Export(Spec, Folder, new DatasetExportOptions { Layouts = new[] { "recbole", "retailrocket" } });
        ClickstreamExporter.Export(Spec, Folder, new DatasetExportOptions { Layouts = new[] { "recbole" } });
        Assert.Equal(new[] { "recbole" }, Directory.GetDirectories(Folder).Select(Path.GetFileName));
        ClickstreamExporter.Export(Spec, Folder, new DatasetExportOptions());
        Assert.Empty(Directory.GetDirectories(Folder));
    }

    // Ids a 32-bit reader (R's integer) loads: users and items (int). Event, session and transaction ids are
    // user · 2^24 + n, user · 2^16 + n and session · 16 + n: below 2^53 (exact as doubles) up to the largest allowed
    // number of users, past 2^31 beyond 127, 32 767 and 2 047 users (documented); the layouts keep them so that they join the truth.
    [Fact]
    public void Ids_stay_below_2_to_the_53_up_to_the_largest_spec()
    {
        long maxUsers = (long)MmmFixtures.Rules.ClickstreamRules.Users.Range.Max;
        Assert.True((maxUsers + 1) << 24 < 1L << 53);
        Assert.True(((maxUsers + 1) << 16) * 16 < 1L << 53);
        var data = ClickstreamGenerator.Generate(Spec);
        Assert.All(data.Events, e => Assert.Equal(e.UserId, e.EventId >> 24));
        Assert.All(data.Events, e => Assert.Equal(e.UserId, e.SessionId >> 16));
        Assert.All(data.Events.Where(e => e.TransactionId != 0), e => Assert.Equal(e.SessionId, e.TransactionId >> 4));
    }

    // Category names are free text (spaces, dots, tabs, accents, punctuation): the layouts' codes stay tokens, distinct per category.
    [Fact]
    public void Any_category_names_give_distinct_token_codes()
    {
        var spec = Spec with
        {
            Catalog = Spec.Catalog with
            {
                Categories = new[] { new CategorySpec("Home & Garden"), new CategorySpec("home"), new CategorySpec("home."), new CategorySpec("home!"), new CategorySpec("Électronique 2.0\tplus") },
            },
        };
        ClickstreamExporter.Export(spec, Folder, new DatasetExportOptions { Layouts = new[] { "rees46", "recbole" } });
        var codes = File.ReadLines(Path.Combine(Folder, "rees46", "events.csv")).Skip(1).Select(l => l.Split(',')[4]).Where(c => c != "").ToArray();
        Assert.All(codes, c => Assert.Matches("^[a-z0-9_]+(\\.[a-z0-9_]+)+$", c));
        Assert.Equal(5, codes.Select(c => c.Split('.')[0]).Distinct().Count());
        Assert.All(File.ReadLines(Path.Combine(Folder, "recbole", "clickstream", "clickstream.item")), l => Assert.Equal(5, l.Split('\t').Length));
    }
}
