using System.Reflection;

namespace MmmFixtures.Tests.Deploy;

/// <summary>The recipes of the repository's <c>deploy/</c> folder, found from the test project's folder.</summary>
internal static class RecipeFiles
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(
        typeof(RecipeFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!,
        "..", "..", "deploy"));

    /// <summary>The full path of <paramref name="relative"/> (e.g. <c>slurm/shards.sbatch</c>) under <c>deploy/</c>.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>The text of <paramref name="relative"/> under <c>deploy/</c>.</summary>
    public static string Text(string relative) => File.ReadAllText(PathOf(relative));
}
