using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MmmFixtures.Generators.Tests;

/// <summary>
/// A real <c>dotnet build</c> of a small consumer project that references this build's runtime and generator:
/// a per-file <c>.editorconfig</c> severity and a <c>#pragma warning disable</c> reach the analyzer's diagnostics
/// (which compilation-wide options in a driver test cannot prove), and every other fixture still generates.
/// </summary>
public class RealBuildTests
{
    private const string Bad = """
        using MmmFixtures;
        [MmmDataset(Periods = 0)]
        [Channel("Tv")]
        public partial class Bad;
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

        public static class Uses
        {
            public static double Sum() => Good.Instance.Rows[0].Tv + Bad.Instance.Rows[0].Tv + Silenced.Instance.Rows.Count + Loud.Instance.Rows.Count;
        }
        """;

    [Fact]
    public void Editorconfig_and_pragma_reach_the_diagnostics_in_a_real_build()
    {
        var folder = Directory.CreateTempSubdirectory("mmmf-consumer-");
        try
        {
            string runtime = typeof(MmmFixtures.Mmm.MmmSpec).Assembly.Location;
            string generator = typeof(MmmFixtureGenerator).Assembly.Location;
            File.WriteAllText(Path.Combine(folder.FullName, "Consumer.csproj"), $"""
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
            File.WriteAllText(Path.Combine(folder.FullName, ".editorconfig"), """
                root = true

                [Bad.cs]
                dotnet_diagnostic.MMMF005.severity = warning
                """);
            foreach (var (name, text) in new[] { ("Bad.cs", Bad), ("Silenced.cs", Silenced), ("Loud.cs", Loud), ("Uses.cs", Uses) })
                File.WriteAllText(Path.Combine(folder.FullName, name), text);

            var output = Build(folder.FullName);

            // file(line,column): severity id — from MSBuild's canonical error format, one entry per distinct diagnostic.
            var found = Regex.Matches(output, @"(\w+\.cs)\((\d+),(\d+)\): (warning|error) (\w+):")
                .Select(m => $"{m.Groups[1].Value}({m.Groups[2].Value},{m.Groups[3].Value}) {m.Groups[4].Value} {m.Groups[5].Value}")
                .Distinct().Order().ToArray();
            Assert.True(new[] { "Bad.cs(2,13) warning MMMF005", "Loud.cs(2,27) error MMMF005" }.SequenceEqual(found), output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Build(string folder)
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
