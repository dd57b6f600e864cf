using System.Text;
using MmmFixtures.Export;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Export;

/// <summary>The export folder: staged, swapped as a whole, locked, leftovers of crashed exports recovered, user folders never replaced.</summary>
public sealed class ExportFolderTests : TempFolder
{
    private static ExportResult WriteExport(string folder, params (string Name, string Text)[] files)
    {
        using var export = ExportFolder.Open(folder);
        var written = files.Select(f => export.WriteFile(f.Name, s => s.Write(Encoding.UTF8.GetBytes(f.Text)))).ToArray();
        return export.Commit("test", 7, w => w.WriteNullValue(), written, Array.Empty<TableSchema>(), Array.Empty<ValidationFinding>());
    }

    private static string[] Entries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    private static string Hex(char digit) => new(digit, 32);

    [Fact]
    public void A_new_export_creates_missing_parents_and_leaves_nothing_beside_it()
    {
        string target = Path.Combine(Folder, "out", "deeper", "x") + Path.DirectorySeparatorChar; // trailing separator
        var result = WriteExport(target, ("a.txt", "new"));
        string full = Path.Combine(Folder, "out", "deeper", "x");
        Assert.Equal(full, result.Folder);
        Assert.Equal(new[] { "a.txt", "manifest.json" }, Entries(full));
        Assert.Equal(new[] { "x" }, Entries(Path.Combine(Folder, "out", "deeper"))); // no lock, no staging folder
        Assert.Equal(new[] { "a.txt", "manifest.json" }, result.Files.Select(f => f.Name));
    }

    [Fact]
    public void Relative_paths_resolve_against_the_current_folder_and_trailing_separators_are_ignored()
    {
        var target = ExportTarget.Resolve(Path.Combine("out", "x") + Path.DirectorySeparatorChar);
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "out", "x"), target.Path);
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "out"), target.Parent);
        Assert.Equal("x", target.Name);
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "out", ".x.lock"), target.LockPath);
    }

    [Fact]
    public void A_root_folder_is_refused()
    {
        string root = Path.GetPathRoot(Folder)!;
        var ex = Assert.Throws<ExportFolderException>(() => ExportTarget.Resolve(root));
        Assert.Contains("root", ex.Message);
    }

    [Fact]
    public void A_second_export_replaces_the_first_as_a_whole()
    {
        string target = Path.Combine(Folder, "x");
        WriteExport(target, ("a.txt", "first"), ("only-in-first.txt", "gone soon"));
        WriteExport(target, ("a.txt", "second"));
        Assert.Equal(new[] { "a.txt", "manifest.json" }, Entries(target));
        Assert.Equal("second", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.Equal(new[] { "x" }, Entries(Folder));
    }

    [Fact]
    public void An_existing_empty_folder_is_exported_into()
    {
        string target = Directory.CreateDirectory(Path.Combine(Folder, "empty")).FullName;
        WriteExport(target, ("a.txt", "new"));
        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "a.txt")));
    }

    public static TheoryData<string?> NotExports => new()
    {
        null,                                           // no manifest at all
        """{ "library": "SomethingElse" }""",         // another tool's manifest
        """{ "library": "MmmFix""",                     // not JSON
        """[ "MmmFixtures" ]""",                        // JSON of another shape
    };

    [Theory]
    [MemberData(nameof(NotExports))]
    public void A_folder_holding_anything_but_an_export_is_never_replaced(string? manifest)
    {
        string target = Directory.CreateDirectory(Path.Combine(Folder, "home")).FullName;
        File.WriteAllText(Path.Combine(target, "thesis.tex"), "years of work");
        if (manifest is not null) File.WriteAllText(Path.Combine(target, "manifest.json"), manifest);
        var before = Entries(target);

        var ex = Assert.Throws<ExportFolderException>(() => WriteExport(target, ("a.txt", "new")));
        Assert.Contains(target, ex.Message);
        Assert.Contains("no MmmFixtures manifest.json", ex.Message);
        Assert.Equal(target, ex.Folder);
        Assert.Equal(before, Entries(target));
        Assert.Equal("years of work", File.ReadAllText(Path.Combine(target, "thesis.tex")));
        Assert.Equal(new[] { "home" }, Entries(Folder)); // nothing staged, no lock left
    }

    [Fact]
    public void A_target_that_is_a_file_is_refused_by_name()
    {
        string target = Path.Combine(Folder, "a-file");
        File.WriteAllText(target, "not a folder");
        var ex = Assert.Throws<ExportFolderException>(() => WriteExport(target, ("a.txt", "new")));
        Assert.Contains($"{target}: it is a file", ex.Message);
        Assert.Equal("not a folder", File.ReadAllText(target));
        Assert.Equal(new[] { "a-file" }, Entries(Folder));
    }

    [Fact]
    public void A_target_below_a_file_is_an_export_folder_error()
    {
        File.WriteAllText(Path.Combine(Folder, "a-file"), "not a folder");
        string target = Path.Combine(Folder, "a-file", "x");
        var ex = Assert.Throws<ExportFolderException>(() => WriteExport(target, ("a.txt", "new")));
        Assert.Contains(target, ex.Message);
    }

    [Fact]
    public void A_failed_export_leaves_the_previous_export_and_nothing_staged()
    {
        string target = Path.Combine(Folder, "x");
        WriteExport(target, ("a.txt", "old"));
        byte[] manifest = File.ReadAllBytes(Path.Combine(target, "manifest.json"));
        var ex = Assert.Throws<IOException>(() =>
        {
            using var export = ExportFolder.Open(target);
            export.WriteFile("a.txt", s => s.Write(new byte[100_000]));
            var half = export.CreateFile("b.txt"); // open, never committed
            half.Content.Write(new byte[1000]);
            export.WriteFile("c.txt", _ => throw new IOException("disk on fire"));
        });
        Assert.Equal("disk on fire", ex.Message);
        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.Equal(manifest, File.ReadAllBytes(Path.Combine(target, "manifest.json")));
        Assert.Equal(new[] { "x" }, Entries(Folder));
    }

    [Fact]
    public void Files_are_staged_beside_the_target_until_the_commit()
    {
        string target = Path.Combine(Folder, "x");
        WriteExport(target, ("a.txt", "old"));
        using var export = ExportFolder.Open(target);
        export.WriteFile("a.txt", s => s.Write("new"u8));
        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "a.txt")));
        string[] beside = Entries(Folder);
        Assert.Equal(3, beside.Length); // the lock, the staging folder, the target
        Assert.Contains(".x.lock", beside);
        Assert.Matches("^\\.x\\.staging-[0-9a-f]{32}$", beside.Single(e => e.Contains("staging")));
        export.Commit("test", 8, w => w.WriteNullValue(), Array.Empty<ExportedFile>(), Array.Empty<TableSchema>(), Array.Empty<ValidationFinding>());
        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "a.txt")));
    }

    [Fact]
    public void A_second_writer_fails_at_once_naming_the_folder_while_the_first_holds_the_lock()
    {
        string target = Path.Combine(Folder, "x");
        WriteExport(target, ("a.txt", "old"));
        using (ExportLock.Acquire(ExportTarget.Resolve(target)))
        {
            var ex = Assert.Throws<ExportFolderException>(() => WriteExport(target, ("a.txt", "new")));
            Assert.Contains($"Another export is writing {target}", ex.Message);
            Assert.Equal(target, ex.Folder);
            Assert.Equal("old", File.ReadAllText(Path.Combine(target, "a.txt")));
        }
        WriteExport(target, ("a.txt", "new")); // released: the next export goes through
        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.Equal(new[] { "x" }, Entries(Folder)); // the lock file is removed
    }

    [Fact]
    public void Leftovers_of_crashed_exports_are_removed_and_look_alike_user_files_are_kept()
    {
        string target = Path.Combine(Folder, "x");
        WriteExport(target, ("a.txt", "old"));
        Directory.CreateDirectory(Path.Combine(Folder, $".x.staging-{Hex('a')}", "sub"));
        File.WriteAllText(Path.Combine(Folder, $".x.staging-{Hex('a')}", "events.csv"), "half");
        Directory.CreateDirectory(Path.Combine(Folder, $".x.old-{Hex('b')}"));
        File.WriteAllText(Path.Combine(target, $".events.csv.{Hex('c')}.tmp"), "a previous version's temporary file");
        string[] users = { ".x.staging-notes", $".y.staging-{Hex('d')}", $"x.old-{Hex('e')}", ".x.old-", $".x.staging-{Hex('f')}.bak" };
        foreach (string user in users) Directory.CreateDirectory(Path.Combine(Folder, user));
        File.WriteAllText(Path.Combine(Folder, ".x.lock"), ""); // a crashed export's lock file, not locked any more

        using (ExportFolder.Open(target))
        {
            // opening recovers; the export is abandoned
        }
        Assert.Equal(users.Append("x").Order(StringComparer.Ordinal), Entries(Folder));
        Assert.Equal(new[] { "a.txt", "manifest.json" }, Entries(target));
    }

    // The parent is listed by a name pattern; wildcard characters in the target's own name must only widen the match.
    [Theory]
    [InlineData("a*b", "aXb")]
    [InlineData("a?b", "aXb")]
    [InlineData("[ab]", "a")]
    [InlineData("x.y", "x-y")]
    public void Leftovers_of_a_target_named_with_wildcards_are_removed_and_a_look_alike_targets_kept(string name, string other)
    {
        string target = Path.Combine(Folder, name);
        WriteExport(target, ("a.txt", "old"));
        Directory.CreateDirectory(Path.Combine(Folder, $".{name}.staging-{Hex('a')}"));
        Directory.CreateDirectory(Path.Combine(Folder, $".{name}.old-{Hex('b')}"));
        string[] kept = { $".{other}.staging-{Hex('c')}", $".{other}.old-{Hex('d')}" };
        foreach (string entry in kept) Directory.CreateDirectory(Path.Combine(Folder, entry));

        using (ExportFolder.Open(target))
        {
            // opening recovers; the export is abandoned
        }
        Assert.Equal(kept.Append(name).Order(StringComparer.Ordinal), Entries(Folder));
    }

    [Fact]
    public void A_swap_cut_between_its_two_renames_is_completed_by_restoring_the_previous_export()
    {
        string target = Path.Combine(Folder, "x");
        WriteExport(target, ("a.txt", "old"));
        Directory.Move(target, Path.Combine(Folder, $".x.old-{Hex('1')}")); // the first rename happened
        Directory.CreateDirectory(Path.Combine(Folder, $".x.staging-{Hex('2')}")); // the staging folder never took the name

        using (ExportFolder.Open(target))
        {
        }
        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.Equal(new[] { "x" }, Entries(Folder));
    }

    [Fact]
    public void A_swap_cut_after_its_renames_has_its_old_folder_deleted()
    {
        string target = Path.Combine(Folder, "x");
        WriteExport(target, ("a.txt", "new"));
        Directory.CreateDirectory(Path.Combine(Folder, $".x.old-{Hex('1')}"));
        File.WriteAllText(Path.Combine(Folder, $".x.old-{Hex('1')}", "a.txt"), "old");
        WriteExport(target, ("a.txt", "newer"));
        Assert.Equal("newer", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.Equal(new[] { "x" }, Entries(Folder));
    }

    [Fact]
    public void Renames_replace_the_target_where_folders_cannot_be_exchanged()
    {
        string target = Path.Combine(Folder, "x"), staging = Path.Combine(Folder, ".x.staging"), old = Path.Combine(Folder, ".x.old");
        WriteExport(target, ("a.txt", "old"));
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "a.txt"), "new");
        ExportFolder.ReplaceByRenames(staging, target, old);
        Assert.Equal(new[] { "a.txt" }, Entries(target));
        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.Equal(new[] { "x" }, Entries(Folder));
    }

    [Fact]
    public void Renames_put_the_previous_export_back_when_the_staging_folder_cannot_take_its_place()
    {
        string target = Path.Combine(Folder, "x"), old = Path.Combine(Folder, ".x.old");
        WriteExport(target, ("a.txt", "old"));
        Assert.ThrowsAny<IOException>(() => ExportFolder.ReplaceByRenames(Path.Combine(Folder, "missing"), target, old));
        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.Equal(new[] { "x" }, Entries(Folder));
    }

    [Fact]
    public void Folders_are_exchanged_in_one_step_on_linux()
    {
        string first = Directory.CreateDirectory(Path.Combine(Folder, "first")).FullName;
        string second = Directory.CreateDirectory(Path.Combine(Folder, "second")).FullName;
        File.WriteAllText(Path.Combine(first, "1.txt"), "");
        File.WriteAllText(Path.Combine(second, "2.txt"), "");
        bool exchanged = NativeFileSystem.TryExchange(first, second);
        Assert.Equal(OperatingSystem.IsLinux(), exchanged); // this repository's CI runs on Linux with a kernel and C library that have renameat2
        Assert.Equal(new[] { exchanged ? "2.txt" : "1.txt" }, Entries(first));
        Assert.Equal(new[] { exchanged ? "1.txt" : "2.txt" }, Entries(second));
        if (exchanged) Assert.Throws<IOException>(() => NativeFileSystem.TryExchange(first, Path.Combine(Folder, "missing")));
    }

    [Fact]
    public void Deleting_leftovers_removes_a_link_without_following_it()
    {
        string elsewhere = Directory.CreateDirectory(Path.Combine(Folder, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "keep.txt"), "user data");
        string leftover = Directory.CreateDirectory(Path.Combine(Folder, "leftover")).FullName;
        File.WriteAllText(Path.Combine(leftover, "big.csv"), "x");
        Directory.CreateSymbolicLink(Path.Combine(leftover, "link"), elsewhere);
        string link = Directory.CreateSymbolicLink(Path.Combine(Folder, "link"), elsewhere).FullName;

        Assert.True(BestEffortDelete.Folder(leftover));
        Assert.True(BestEffortDelete.Folder(link));
        Assert.Equal(new[] { "elsewhere" }, Entries(Folder));
        Assert.Equal("user data", File.ReadAllText(Path.Combine(elsewhere, "keep.txt")));
    }
}
