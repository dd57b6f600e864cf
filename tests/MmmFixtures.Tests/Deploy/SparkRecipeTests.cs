using MmmFixtures.Tests.Export;

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

    [ProgramFact("python3", "python3")]
    public void The_shard_commands_of_the_spark_job_write_the_dataset_the_reader_reads_as_the_whole_events()
    {
        string spec = Path.Combine(Folder, "spec.json"), run = Path.Combine(Folder, "run");
        ExportFolders.WriteSpec(spec);
        // The scripts' own functions, imported with a stand-in for pyspark (not installed here): the command each Spark
        // partition runs for shard k of 3, then the path the reader gives spark.read.parquet.
        string stub = Directory.CreateDirectory(Path.Combine(Folder, "stub", "pyspark", "sql")).FullName;
        File.WriteAllText(Path.Combine(stub, "..", "__init__.py"), "SparkFiles = None\n");
        File.WriteAllText(Path.Combine(stub, "__init__.py"), "SparkSession = functions = None\n");
        var environment = new Dictionary<string, string>
        {
            ["PYTHONPATH"] = Path.Combine(Folder, "stub") + Path.PathSeparator + RecipeFiles.PathOf("spark"),
            ["PYTHONDONTWRITEBYTECODE"] = "1",
        };
        string[] lines = Programs.Run("python3", Folder, environment, "-c",
            "import sys, generate_shards, read_dataset\n" +
            "for k in range(3): print('\\t'.join(generate_shards.shard_command(sys.argv[1], k, 3, sys.argv[2])))\n" +
            "print(read_dataset.EVENTS.format(run=sys.argv[2]))", spec, run).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        foreach (string line in lines[..3])
        {
            string[] command = line.Split('\t');
            Assert.Equal("mmmfixtures", command[0]);
            ExportFolders.Run(command[1..]);
        }

        // Spark reads every folder the path matches as a dataset root, its key=value folders as columns; DuckDB's hive
        // partitioning reads the same files the same way. The rows are the whole export's events, each once.
        string whole = Path.Combine(Folder, "whole", "events.parquet");
        ExportFolders.Run("clickstream", "--spec", spec, "--format", "parquet", "--out", Path.Combine(Folder, "whole"), "--quiet");
        using var db = ParquetDuckDb.Open();
        string shards = $"read_parquet('{lines[3]}/*/*.parquet', hive_partitioning = true)";
        Assert.Equal(ParquetDuckDb.Rows(db, $"SELECT count(*) FROM {ParquetDuckDb.Parquet(whole)}")[0][0], ParquetDuckDb.Rows(db, $"SELECT count(*) FROM {shards}")[0][0]);
        Assert.Equal(0L, ParquetDuckDb.Rows(db, $"SELECT count(*) FROM (SELECT * EXCLUDE (date) FROM {shards} EXCEPT ALL SELECT * FROM {ParquetDuckDb.Parquet(whole)})")[0][0]);
        Assert.Equal(0L, ParquetDuckDb.Rows(db, $"SELECT count(*) FROM {shards} WHERE date <> CAST(timestamp AS DATE)")[0][0]);
    }
}
