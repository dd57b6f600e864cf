using System.Text;
using MmmFixtures.Export;
using MmmFixtures.Randomness;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Export;

/// <summary>
/// What an export refuses to replace or cannot replace, found before anything is generated: a previous export the user
/// added files to, a link's real folder (exported into, the link kept), a mount point, the current folder; and what
/// it keeps: the folder's permissions.
/// </summary>
public sealed class ExportFolderSafetyTests : TempFolder
{
    private static ExportResult WriteExport(string folder, string text = "new")
    {
        using var export = ExportFolder.Open(folder);
        var written = new[] { export.WriteFile("a.txt", s => s.Write(Encoding.UTF8.GetBytes(text))) };
        return export.Commit("test", 7, w => w.WriteNullValue(), written, Array.Empty<TableSchema>(), Array.Empty<ValidationFinding>());
    }

    private static string[] Entries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void Files_a_user_added_to_a_previous_export_stop_the_next_export_and_are_kept()
    {
        string target = Path.Combine(Folder, "x");
        WriteExport(target, "old");
        File.WriteAllText(Path.Combine(target, "notes.txt"), "my notes");
        Directory.CreateDirectory(Path.Combine(target, "analysis"));
        File.WriteAllText(Path.Combine(target, "analysis", "x.ipynb"), "{}");

        var ex = Assert.Throws<ExportFolderException>(() => WriteExport(target));
        Assert.Contains($"{target} holds files that are not part of the previous export: analysis/, notes.txt; move them or export elsewhere", ex.Message);
        Assert.Equal(new[] { "a.txt", "analysis", "manifest.json", "notes.txt" }, Entries(target));
        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.Equal("my notes", File.ReadAllText(Path.Combine(target, "notes.txt")));
        Assert.Equal("{}", File.ReadAllText(Path.Combine(target, "analysis", "x.ipynb")));
        Assert.Equal(new[] { "x" }, Entries(Folder));
    }

    [Fact]
    public void A_folder_named_like_a_listed_file_is_not_part_of_the_export()
    {
        string target = Path.Combine(Folder, "x");
        WriteExport(target, "old");
        File.Delete(Path.Combine(target, "a.txt"));
        Directory.CreateDirectory(Path.Combine(target, "a.txt"));
        var ex = Assert.Throws<ExportFolderException>(() => WriteExport(target));
        Assert.Contains("not part of the previous export: a.txt/;", ex.Message);
    }

    [Fact]
    public void Only_the_first_few_unexpected_entries_are_named()
    {
        string target = Path.Combine(Folder, "x");
        WriteExport(target, "old");
        for (int i = 0; i < 8; i++) File.WriteAllText(Path.Combine(target, $"n{i}.txt"), "");
        var ex = Assert.Throws<ExportFolderException>(() => WriteExport(target));
        Assert.Contains("n0.txt, n1.txt, n2.txt, n3.txt, n4.txt and 3 more;", ex.Message);
    }

    [Fact]
    public void A_previous_export_with_only_its_files_and_old_temporaries_is_replaced()
    {
        string target = Path.Combine(Folder, "x");
        WriteExport(target, "old");
        File.WriteAllText(Path.Combine(target, $".a.txt.{new string('c', 32)}.tmp"), "a previous version's temporary file");
        WriteExport(target, "new");
        Assert.Equal(new[] { "a.txt", "manifest.json" }, Entries(target));
    }

    [Fact]
    public void Files_added_while_an_export_is_written_stop_its_swap_and_the_previous_export_stays()
    {
        string target = Path.Combine(Folder, "x");
        WriteExport(target, "old");
        var ex = Assert.Throws<ExportFolderException>(() =>
        {
            using var export = ExportFolder.Open(target);
            var written = new[] { export.WriteFile("a.txt", s => s.Write("new"u8)) };
            File.WriteAllText(Path.Combine(target, "notes.txt"), "written meanwhile");
            export.Commit("test", 7, w => w.WriteNullValue(), written, Array.Empty<TableSchema>(), Array.Empty<ValidationFinding>());
        });
        Assert.Contains("notes.txt", ex.Message);
        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.Equal("written meanwhile", File.ReadAllText(Path.Combine(target, "notes.txt")));
        Assert.Equal(new[] { "x" }, Entries(Folder));
    }

    [Fact]
    public void A_link_to_a_folder_exports_into_the_real_folder_and_the_link_stays()
    {
        string real = Path.Combine(Folder, "real");
        WriteExport(real, "old");
        string link = Directory.CreateSymbolicLink(Path.Combine(Folder, "link"), real).FullName;

        var result = WriteExport(link, "new");
        Assert.Equal(real, result.Folder);
        Assert.Equal("new", File.ReadAllText(Path.Combine(real, "a.txt")));
        Assert.Equal(real, new DirectoryInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(Path.Combine(link, "a.txt")));
        Assert.Equal(new[] { "link", "real" }, Entries(Folder));
    }

    [Fact]
    public void A_link_and_its_real_folder_share_one_lock()
    {
        string real = Path.Combine(Folder, "real");
        string link = Directory.CreateSymbolicLink(Path.Combine(Folder, "link"), real).FullName;
        WriteExport(real, "old");
        using (ExportLock.Acquire(ExportTarget.Resolve(real)))
        {
            var ex = Assert.Throws<ExportFolderException>(() => WriteExport(link));
            Assert.Contains($"Another export is writing {real}", ex.Message);
        }
    }

    [Fact]
    public void A_dangling_link_is_refused_by_name()
    {
        string missing = Path.Combine(Folder, "missing");
        string link = Directory.CreateSymbolicLink(Path.Combine(Folder, "link"), missing).FullName;
        var ex = Assert.Throws<ExportFolderException>(() => WriteExport(link));
        Assert.Contains($"{link} is a link to {missing}, which does not exist", ex.Message);
        Assert.Equal(new[] { "link" }, Entries(Folder));
    }

    [SmallDiskFact]
    public void A_mount_point_is_refused_before_anything_is_written()
    {
        using var disk = SmallDisk.Mount(Path.Combine(Folder, "mounted"), "1m");
        var ex = Assert.Throws<ExportFolderException>(() => WriteExport(disk.Folder));
        Assert.Contains($"{disk.Folder} is a mount point", ex.Message);
        Assert.Contains("export into a subfolder", ex.Message);
        Assert.Empty(Entries(disk.Folder));
        Assert.Equal(new[] { "mounted" }, Entries(Folder)); // no lock, no staging folder

        WriteExport(Path.Combine(disk.Folder, "x")); // a subfolder of it is fine
        Assert.Equal("new", File.ReadAllText(Path.Combine(disk.Folder, "x", "a.txt")));
    }

    [SmallDiskFact]
    public void A_folder_that_becomes_a_mount_point_while_exported_fails_the_swap_with_advice()
    {
        string target = Path.Combine(Folder, "x");
        var ex = Assert.Throws<ExportFolderException>(() =>
        {
            using var export = ExportFolder.Open(target); // not a mount point yet
            var written = new[] { export.WriteFile("a.txt", s => s.Write("new"u8)) };
            using var disk = SmallDisk.Mount(target, "64k");
            export.Commit("test", 7, w => w.WriteNullValue(), written, Array.Empty<TableSchema>(), Array.Empty<ValidationFinding>());
        });
        Assert.Contains($"Cannot replace {target} with the new export", ex.Message);
        Assert.Contains("export into a subfolder of it", ex.Message);
        Assert.IsAssignableFrom<IOException>(ex.InnerException);
        Assert.Equal(new[] { "x" }, Entries(Folder));
    }

    [SmallDiskFact]
    public void A_parent_folder_that_cannot_be_written_is_named_at_open()
    {
        using var disk = SmallDisk.Mount(Path.Combine(Folder, "read-only"), "64k", "ro");
        string target = Path.Combine(disk.Folder, "x");
        var ex = Assert.Throws<ExportFolderException>(() => ExportFolder.Open(target).Dispose());
        Assert.Contains($"{disk.Folder}, which holds {target}, cannot be written", ex.Message);
        Assert.NotNull(ex.InnerException);
    }

    [Fact]
    public void The_current_folder_and_its_ancestors_are_refused()
    {
        string empty = Directory.CreateDirectory(Path.Combine(Folder, "empty")).FullName;
        var (exit, error) = Cli.RunIn(empty, "clickstream", "--preset", "Small", "--out", ".");
        Assert.Equal(2, exit);
        Assert.Contains($"{empty} is the current folder; export into a subfolder", error);
        (exit, error) = Cli.RunIn(empty, "clickstream", "--preset", "Small", "--out", "..");
        Assert.Equal(2, exit);
        Assert.Contains($"{Folder} holds the current folder; export into a subfolder", error);
        Assert.True(Directory.Exists(empty));
        Assert.Empty(Entries(empty));
    }

    [Theory]
    [InlineData(0b111_101_000)]                 // 0750
    [InlineData(0b010_111_111_000)]             // 02770: setgid, files created inside take the folder's group
    public void An_export_keeps_its_folder_s_permissions(int mode)
    {
        if (OperatingSystem.IsWindows()) return; // no Unix modes
        string target = Path.Combine(Folder, "x");
        WriteExport(target, "old");
        File.SetUnixFileMode(target, (UnixFileMode)mode);
        WriteExport(target, "new");
        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.Equal((UnixFileMode)mode, File.GetUnixFileMode(target));
    }

    [Fact]
    public void Mount_points_are_read_from_the_fifth_field_of_mountinfo_with_octal_escapes_decoded()
    {
        const string mountinfo = """
            22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
            35 22 0:31 / /home/ann/my\040data rw - tmpfs tmpfs rw
            36 22 8:1 /srv/out /work/out\134x\011y rw - ext4 /dev/sda1 rw
            """;
        Assert.Equal(new[] { "/", "/home/ann/my data", "/work/out\\x\ty" }, MountPoints.Parse(new StringReader(mountinfo)));
    }

    [Fact]
    public void The_fifth_field_is_the_one_splitting_each_line_at_every_space_gives()
    {
        // Lines of spaces (runs, leading, trailing), letters and escapes, against the split the reader once did.
        ulong state = 15;
        var lines = Enumerable.Range(0, 2_000).Select(_ => new string(Enumerable.Range(0, (int)(SplitMix64.Next(ref state) % 16))
            .Select(_ => " a\\047"[(int)(SplitMix64.Next(ref state) % 6)]).ToArray())).ToArray();
        var expected = lines.Select(line => line.Split(' ')).Where(fields => fields.Length > 4).Select(fields => fields[4]).ToArray();
        var parsed = MountPoints.Parse(new StringReader(string.Join("\n", lines))).ToArray();
        Assert.Equal(expected.Select(f => MountPoints.Parse(new StringReader("0 1 2 3 " + f)).Single()), parsed);
        Assert.Equal(expected.Length, parsed.Length);
    }

    [Fact]
    public void File_system_failures_while_opening_become_export_folder_errors_keeping_the_cause()
    {
        var denied = new UnauthorizedAccessException("Access to the path is denied.");
        var ex = Assert.IsType<ExportFolderException>(ExportFolder.AsExportFolderError("/data/x", "Cannot create the staging folder /data/.x.staging-1", denied));
        Assert.Equal("Cannot create the staging folder /data/.x.staging-1 to export into /data/x: Access to the path is denied.", ex.Message);
        Assert.Same(denied, ex.InnerException);
        Assert.Equal("/data/x", ex.Folder);
        var io = new IOException("disk gone");
        Assert.Same(denied, Assert.IsType<ExportFolderException>(ExportFolder.AsExportFolderError("/d", "s", denied)).InnerException);
        Assert.Same(io, ExportFolder.AsExportFolderError("/d", "s", io).InnerException);
        var already = new ExportFolderException("/d", "refused");
        Assert.Same(already, ExportFolder.AsExportFolderError("/d", "s", already));
        var bug = new InvalidOperationException("a bug");
        Assert.Same(bug, ExportFolder.AsExportFolderError("/d", "s", bug));
    }
}
