using BenchmarkDotNet.Running;
using MmmFixtures.Benchmarks;
using MmmFixtures.Mmm;

// dotnet run -c Release --project benchmarks/MmmFixtures.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/MmmFixtures.Benchmarks -- --write-spec GEOS PERIODS CHANNELS FILE
//   writes the MMM benchmark shape as a JSON spec (used by benchmarks/cli-export.sh).
if (args.Length == 5 && args[0] == "--write-spec")
{
    var spec = MmmBenchmarkSpecs.Panel(int.Parse(args[1]), int.Parse(args[2]), int.Parse(args[3]));
    File.WriteAllText(args[4], MmmSpecJson.Write(spec));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
