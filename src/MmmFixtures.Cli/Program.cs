using System;
using MmmFixtures.Cli;
using MmmFixtures.Families;

return QuickCommands.TryRun(args, Console.Out) ? ExitCodes.Success : CommandLineApp.Run(args, CliConsole.Process, DatasetFamilies.BuiltIn);
