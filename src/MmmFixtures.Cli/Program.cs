using System;
using MmmFixtures.Cli;

return CommandLineApp.Run(args, Console.Out, Console.Error);
