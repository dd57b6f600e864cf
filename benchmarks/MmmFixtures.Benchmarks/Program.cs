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
// dotnet run -c Release --project benchmarks/MmmFixtures.Benchmarks -- --stream-clickstream USERS
//   streams the default clickstream with USERS users and prints events, time and rate (run it under
//   /usr/bin/time -f %M to see that peak memory does not grow with the number of events).
if (args.Length == 2 && args[0] == "--stream-clickstream")
{
    var spec = new MmmFixtures.Clickstream.ClickstreamSpec { Seed = 42, Users = int.Parse(args[1]) };
    var watch = System.Diagnostics.Stopwatch.StartNew();
    long events = 0;
    foreach (var _ in MmmFixtures.Clickstream.ClickstreamGenerator.StreamEvents(spec)) events++;
    Console.WriteLine($"streamed {events:N0} events of {spec.Users:N0} users in {watch.Elapsed.TotalSeconds:F2} s ({events / watch.Elapsed.TotalSeconds / 1e6:F2} M events/s)");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
