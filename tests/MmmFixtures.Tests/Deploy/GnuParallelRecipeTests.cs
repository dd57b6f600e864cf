namespace MmmFixtures.Tests.Deploy;

/// <summary>
/// deploy/gnu-parallel: the script parses, and run here with GNU parallel writes shards whose merge is the
/// single-machine export.
/// </summary>
public sealed class GnuParallelRecipeTests : TempFolder
{
    [ProgramFact("bash", "bash")]
    public void The_script_parses() =>
        Programs.Run("bash", Folder, new Dictionary<string, string>(), "-n", RecipeFiles.PathOf("gnu-parallel/shards.sh"));

    [ProgramFact("parallel", "parallel")]
    public void The_script_writes_shards_whose_merge_is_the_single_machine_export()
    {
        ExportFolders.WriteSpec(Path.Combine(Folder, "spec.json"));
        var environment = ToolOnPath.Environment(Folder);
        environment["SHARDS"] = "3";
        Programs.Run("bash", Folder, environment, RecipeFiles.PathOf("gnu-parallel/shards.sh"), "spec.json", "run");

        ExportFolders.Run("clickstream", "--spec", Path.Combine(Folder, "spec.json"), "--out", Path.Combine(Folder, "whole"), "--quiet");
        ExportFolders.AssertSame(Path.Combine(Folder, "whole"), Path.Combine(Folder, "run", "all"));
        Assert.Equal(["all", "shard-0", "shard-1", "shard-2"], Directory.GetDirectories(Path.Combine(Folder, "run")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
