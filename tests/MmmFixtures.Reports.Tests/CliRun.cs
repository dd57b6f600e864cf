using MmmFixtures.Cli;
using MmmFixtures.Families;

namespace MmmFixtures.Reports.Tests;

/// <summary>Runs the tool in-process and captures what it writes.</summary>
internal static class CliRun
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CommandLineApp.Run(args, new CliConsole(output, error, false), DatasetFamilies.BuiltIn);
        return (exit, output.ToString(), error.ToString());
    }
}
