using System;

namespace MmmFixtures.Families;

/// <summary>
/// The export options cannot be honoured for this dataset: an unknown layout, or a layout the data cannot feed (e.g.
/// Meridian's geo model without populations). Thrown before anything is generated or written; the message names
/// every problem. It is an <see cref="ArgumentException"/>, so callers that catch those keep working.
/// </summary>
public sealed class ExportOptionsException : ArgumentException
{
    /// <summary>Creates the exception with a message naming every problem.</summary>
    public ExportOptionsException(string message) : base(message)
    {
    }
}
