using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MmmFixtures.Generators.Tests;

/// <summary>
/// A real <c>dotnet build</c> of a small consumer project that references this build's runtime and generator:
/// a per-file <c>.editorconfig</c> severity and a <c>#pragma warning disable</c> reach the analyzer's diagnostics
/// (which compilation-wide options in a driver test cannot prove), and every other fixture still generates; a
/// commerce fixture builds without warnings and its typed truth runs.
/// </summary>
public class RealBuildTests
{
    private const string Bad = """
        using MmmFixtures;
        [MmmDataset(Periods = 0)]
        [Channel("Tv")]
        public partial class Bad;
        [CommerceDataset(Days = 14)]
        [Tenant("Fashion", WetAfterDry = 1.5)]
        public partial class BadShops;
        """;

    private const string Silenced = """
        using MmmFixtures;
        #pragma warning disable MMMF005
        [MmmDataset(Periods = 0)]
        #pragma warning restore MMMF005
        public partial class Silenced;
        """;

    private const string Loud = """
        using MmmFixtures;
        [MmmDataset(Periods = 12, Geos = 0)]
        public partial class Loud;
        """;

    // Uses members of every fixture: a fixture that did not generate would be a CS0117 here.
    private const string Uses = """
        using MmmFixtures;
        [MmmDataset(Periods = 12)]
        [Channel("Tv")]
        public partial class Good;

        [CommerceDataset(Days = 14)]
        [Tenant("Fashion", TemperatureElasticity = 0.15)]
        public partial class Shops;

        public static class Uses
        {
            public static double Sum() => Good.Instance.Rows[0].Tv + Bad.Instance.Rows[0].Tv + Silenced.Instance.Rows.Count + Loud.Instance.Rows.Count
                + Shops.Instance.Truth.Fashion.TemperatureElasticity + Shops.Instance.Rows(Shops.Tenant.Fashion)[0].NetRevenue
                + BadShops.Instance.Truth[BadShops.Tenant.Fashion].PrecipitationElasticity;
        }
        """;

    // A consumer that reads a commerce fixture's typed rows and truth, and builds cleanly.
    private const string Shops = """
        using MmmFixtures;
        [CommerceDataset(Seed = 3, Days = 14)]
        [Tenant("Fashion", TemperatureElasticity = 0.15, PrecipitationElasticity = -0.08)]
        [Tenant("Drinks", Category = CommerceCategory.Beverage, TemperatureElasticity = -0.2)]
        public partial class Shops;

        public static class Reads
        {
            public static double DrinksTemperatureElasticity() => Shops.Instance.Truth.Drinks.TemperatureElasticity;
            public static int FashionDays() => Shops.Instance.Rows(Shops.Tenant.Fashion).Count;
        }
        """;

    [Fact]
    public void Editorconfig_and_pragma_reach_the_diagnostics_in_a_real_build()
    {
        var folder = Directory.CreateTempSubdirectory("mmmf-consumer-");
        try
        {
            var output = Build(folder.FullName, """
                root = true

                [Bad.cs]
                dotnet_diagnostic.MMMF005.severity = warning
                """, ("Bad.cs", Bad), ("Silenced.cs", Silenced), ("Loud.cs", Loud), ("Uses.cs", Uses));
            Assert.True(new[] { "Bad.cs(2,13) warning MMMF005", "Bad.cs(6,20) warning MMMF005", "Loud.cs(2,27) error MMMF005" }.SequenceEqual(Found(output)), output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_commerce_fixture_builds_cleanly_and_its_typed_truth_runs()
    {
        var folder = Directory.CreateTempSubdirectory("mmmf-consumer-");
        try
        {
            var output = Build(folder.FullName, "root = true", ("Shops.cs", Shops));
            Assert.True(Found(output).Length == 0 && File.Exists(Path.Combine(folder.FullName, "bin", "Debug", "net10.0", "Consumer.dll")), output);
            // The consumer's runtime reference is the assembly this test already loaded, so the fixture runs here.
            var reads = System.Reflection.Assembly.LoadFrom(Path.Combine(folder.FullName, "bin", "Debug", "net10.0", "Consumer.dll")).GetType("Reads")!;
            Assert.Equal(-0.2, reads.GetMethod("DrinksTemperatureElasticity")!.Invoke(null, null));
            Assert.Equal(14, reads.GetMethod("FashionDays")!.Invoke(null, null));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // file(line,column): severity id — from MSBuild's canonical error format, one entry per distinct diagnostic.
    private static string[] Found(string output) => Regex.Matches(output, @"(\w+\.cs)\((\d+),(\d+)\): (warning|error) (\w+):")
        .Select(m => $"{m.Groups[1].Value}({m.Groups[2].Value},{m.Groups[3].Value}) {m.Groups[4].Value} {m.Groups[5].Value}")
        .Distinct().Order().ToArray();

    /// <summary>Writes a consumer project (this build's runtime and generator, <paramref name="editorconfig"/>, <paramref name="files"/>) into <paramref name="folder"/> and builds it.</summary>
    private static string Build(string folder, string editorconfig, params (string Name, string Text)[] files)
    {
        string runtime = typeof(MmmFixtures.Mmm.MmmSpec).Assembly.Location;
        string generator = typeof(MmmFixtureGenerator).Assembly.Location;
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="MmmFixtures" HintPath="{runtime}" />
                <Analyzer Include="{generator}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), editorconfig);
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(folder, name), text);
        return Run(folder);
    }

    private static string Run(string folder)
    {
        var start = new ProcessStartInfo("dotnet", "build Consumer.csproj -nologo -nodeReuse:false -p:UseSharedCompilation=false -clp:NoSummary")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The test host's MSBuild settings must not leak into the child build.
        foreach (string key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k == "VSTEST_HOST_DEBUG").ToList())
            start.Environment.Remove(key);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output + error.Result;
    }
}
