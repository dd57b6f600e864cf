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
// dotnet run -c Release --project benchmarks/MmmFixtures.Benchmarks -- --time-optimize GEOS PERIODS CHANNELS
//   generates the MMM benchmark shape and prints the CPU time of its national budget optimisation (one thread).
if (args.Length == 4 && args[0] == "--time-optimize")
{
    var spec = MmmBenchmarkSpecs.Panel(int.Parse(args[1]), int.Parse(args[2]), int.Parse(args[3]));
    var panel = MmmGenerator.Generate(spec);
    var options = new MmmFixtures.Mmm.Decisions.BudgetOptions { MaxDegreeOfParallelism = 1 };
    for (int run = 0; run < 3; run++)
    {
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var allocation = MmmFixtures.Mmm.Decisions.BudgetOptimizer.Optimize(panel, options);
        double seconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"optimize {args[1]}x{args[2]}x{args[3]}: {seconds:F3} s CPU, gap {allocation.CertificateGap:E2}, value {allocation.Objective:R}");
    }
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
// dotnet run -c Release --project benchmarks/MmmFixtures.Benchmarks -- --stream-commerce PRESET FOLDER [LAYOUT…]
//   exports a commerce preset (Small, Default, Large) into FOLDER, generated and written tenant by tenant, and prints the
//   order lines, time and rate (run it under /usr/bin/time -v to see that peak memory hardly grows with the tenants).
if (args.Length >= 3 && args[0] == "--stream-commerce")
{
    var spec = args[1] switch
    {
        "Small" => MmmFixtures.Commerce.CommercePresets.Small,
        "Default" => MmmFixtures.Commerce.CommercePresets.Default,
        "Large" => MmmFixtures.Commerce.CommercePresets.Large,
        _ => throw new ArgumentException($"Unknown commerce preset {args[1]}: Small, Default or Large."),
    };
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var result = MmmFixtures.Commerce.CommerceExporter.Export(spec, args[2],
        new MmmFixtures.Families.DatasetExportOptions { Layouts = args.Skip(3).ToArray() });
    double seconds = watch.Elapsed.TotalSeconds;
    long lines = result.Files.Where(f => f.Name.EndsWith("/orders.csv", StringComparison.Ordinal) && f.Name.Count(c => c == '/') == 1).Sum(f => f.Rows ?? 0);
    Console.WriteLine($"{args[1]}: {lines:N0} order lines, streamed export {seconds:F2} s ({lines / seconds / 1e6:F2} M order lines/s)");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
