using System.Text.RegularExpressions;

namespace MmmFixtures.Tests.Deploy;

/// <summary>
/// deploy/slurm: the scripts parse (<c>bash -n</c>), the array has one task per shard, and its tasks, run here with
/// <c>SLURM_ARRAY_TASK_ID</c> set as Slurm sets it, then the merge script, write the single-machine export.
/// </summary>
public sealed partial class SlurmRecipeTests : TempFolder
{
    private static readonly string[] Scripts = ["slurm/shards.sbatch", "slurm/merge.sbatch", "slurm/submit.sh"];

    [GeneratedRegex(@"^#SBATCH --array=0-([0-9]+)$", RegexOptions.Multiline)]
    private static partial Regex Array();

    [GeneratedRegex(@"^shards=([0-9]+)$", RegexOptions.Multiline)]
    private static partial Regex ShardCount();

    private static int Number(Regex pattern, string script)
    {
        var match = Assert.Single(pattern.Matches(RecipeFiles.Text(script)));
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The shard count the array and both scripts agree on.</summary>
    private static int Shards()
    {
        int shards = Number(ShardCount(), "slurm/shards.sbatch");
        Assert.Equal(shards, Number(ShardCount(), "slurm/merge.sbatch"));
        Assert.Equal(shards - 1, Number(Array(), "slurm/shards.sbatch"));
        return shards;
    }

    [ProgramFact("bash", "bash")]
    public void The_scripts_parse()
    {
        foreach (string script in Scripts) Programs.Run("bash", Folder, new Dictionary<string, string>(), "-n", RecipeFiles.PathOf(script));
    }

    [Fact]
    public void The_array_has_one_task_per_shard_and_the_merge_takes_them_all() => Assert.True(Shards() >= 2);

    [ProgramFact("bash", "bash")]
    public void The_array_tasks_then_the_merge_write_the_single_machine_export()
    {
        ExportFolders.WriteSpec(Path.Combine(Folder, "spec.json"));
        // Slurm starts each task in the submission folder with the submitter's environment and its own task id.
        var environment = ToolOnPath.Environment(Folder);
        environment["SPEC"] = "spec.json";
        environment["RUN"] = "run";
        environment["SLURM_CPUS_PER_TASK"] = "1";
        for (int k = 0; k < Shards(); k++)
        {
            environment["SLURM_ARRAY_TASK_ID"] = k.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Programs.Run("bash", Folder, environment, RecipeFiles.PathOf("slurm/shards.sbatch"));
        }
        environment.Remove("SLURM_ARRAY_TASK_ID");
        Programs.Run("bash", Folder, environment, RecipeFiles.PathOf("slurm/merge.sbatch"));

        ExportFolders.Run("clickstream", "--spec", Path.Combine(Folder, "spec.json"), "--out", Path.Combine(Folder, "whole"), "--quiet");
        ExportFolders.AssertSame(Path.Combine(Folder, "whole"), Path.Combine(Folder, "run", "all"));
    }
}
