using MmmFixtures.Cli;
using MmmFixtures.Families;

var console = CliConsole.Process;
return QuickCommands.TryRun(args, console, out int exit) ? exit : CommandLineApp.Run(args, console, DatasetFamilies.BuiltIn);
