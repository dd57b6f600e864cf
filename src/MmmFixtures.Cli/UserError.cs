using System;

namespace MmmFixtures.Cli;

/// <summary>A mistake of the user's (bad option, unknown preset, invalid spec, unwritable folder): printed as one message, exit code 2, no stack trace.</summary>
internal sealed class UserError : Exception
{
    public UserError(string message) : base(message)
    {
    }
}
