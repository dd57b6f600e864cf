using MmmFixtures.Cli;
using MmmFixtures.Families;

namespace MmmFixtures.Tests.Cli;

/// <summary>Runs the tool in-process and captures what it writes.</summary>
internal static class CliRun
{
    /// <summary>The built-in tool, standard error not a terminal.</summary>
    public static (int Exit, string Out, string Error) Run(params string[] args) =>
        Run(DatasetFamilies.BuiltIn, errorIsTerminal: false, args);

    /// <summary>The tool of <paramref name="families"/>.</summary>
    public static (int Exit, string Out, string Error) Run(IEnumerable<IDatasetFamily> families, bool errorIsTerminal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CommandLineApp.Run(args, new CliConsole(output, error, errorIsTerminal), families);
        return (exit, output.ToString(), error.ToString());
    }
}
