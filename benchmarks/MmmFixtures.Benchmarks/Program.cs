using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/MmmFixtures.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
