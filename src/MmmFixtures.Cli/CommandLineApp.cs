using System;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace MmmFixtures.Cli;

/// <summary>The tool's command tree and its error policy: user errors print one line and exit 2, bugs exit 1 with a stack trace.</summary>
internal static class CommandLineApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("mmmfixtures: deterministic synthetic marketing datasets with known ground truth.")
        {
            MmmCommand.Create(output),
            ClickstreamCommand.Create(output),
            PresetsCommand.Create(output),
        };
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) error.WriteLine($"error: {e.Message}");
            error.WriteLine("Run 'mmmfixtures --help' for usage.");
            return ExitCodes.UserError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UserError ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return ExitCodes.UserError;
        }
        catch (Exception ex)
        {
            error.WriteLine($"internal error (please report): {ex}");
            return ExitCodes.InternalError;
        }
    }
}
