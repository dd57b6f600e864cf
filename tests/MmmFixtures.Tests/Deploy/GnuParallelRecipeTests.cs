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
}
