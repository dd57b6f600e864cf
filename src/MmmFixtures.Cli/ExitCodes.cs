namespace MmmFixtures.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>A bug: an unexpected exception (reported with its stack trace).</summary>
    public const int InternalError = 1;
    /// <summary>The user's input was wrong; the message says what to fix.</summary>
    public const int UserError = 2;
}
