namespace MmmFixtures.Tests.Deploy;

/// <summary>
/// deploy/spark: the PySpark scripts compile; their shard command lines, taken from the script, run here, and the
/// dataset path the reader gives Spark matches the partitioned layout the shards write (read here with DuckDB).
/// </summary>
public sealed class SparkRecipeTests : TempFolder
{
    private static readonly string[] Scripts = ["spark/generate_shards.py", "spark/read_dataset.py"];

    [ProgramFact("python3", "python3")]
    public void The_scripts_compile()
    {
        foreach (string script in Scripts)
            Programs.Run("python3", Folder, new Dictionary<string, string>(), "-c",
                "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
                RecipeFiles.PathOf(script), Path.Combine(Folder, "compiled.pyc"));
    }
}
