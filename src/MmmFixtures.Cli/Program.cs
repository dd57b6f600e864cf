using MmmFixtures.Cli;
using MmmFixtures.Families;

return CommandLineApp.Run(args, CliConsole.Process, DatasetFamilies.BuiltIn);
