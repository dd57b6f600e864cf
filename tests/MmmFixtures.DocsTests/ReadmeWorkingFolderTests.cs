namespace MmmFixtures.DocsTests;

/// <summary>README statements run in a folder of their own that is gone afterwards, and the caller's folder comes back.</summary>
public sealed class ReadmeWorkingFolderTests
{
    [Fact]
    public void A_block_runs_in_a_fresh_temporary_folder_that_is_deleted_afterwards()
    {
        string before = Environment.CurrentDirectory;
        string inside = "";
        ReadmeWorkingFolder.Run(() =>
        {
            inside = Environment.CurrentDirectory;
            Assert.Empty(Directory.EnumerateFileSystemEntries(inside));
            File.WriteAllText("written-by-a-block.txt", "x");   // a relative path, as README code writes
        });

        Assert.Equal(before, Environment.CurrentDirectory);
        Assert.NotEqual(before, inside);
        Assert.StartsWith(Path.GetTempPath(), inside + Path.DirectorySeparatorChar);
        Assert.False(Directory.Exists(inside));
    }

    [Fact]
    public void A_failing_block_still_restores_the_folder_and_cleans_up()
    {
        string before = Environment.CurrentDirectory;
        string inside = "";
        Assert.Throws<InvalidOperationException>(() => ReadmeWorkingFolder.Run(() =>
        {
            inside = Environment.CurrentDirectory;
            throw new InvalidOperationException("a README block failed");
        }));

        Assert.Equal(before, Environment.CurrentDirectory);
        Assert.False(Directory.Exists(inside));
    }

    [Fact]
    public void Tests_declared_by_the_readme_start_outside_the_repository()
    {
        // The quick start's RetailTests writes out/retail relative to wherever the run starts.
        Assert.StartsWith(Path.GetTempPath(), Environment.CurrentDirectory + Path.DirectorySeparatorChar);
    }
}
