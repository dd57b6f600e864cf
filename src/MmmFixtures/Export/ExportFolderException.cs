using System;
using System.IO;

namespace MmmFixtures.Export;

/// <summary>
/// An export folder cannot be written: another export is writing it, it is a file, or it is a folder that holds
/// something other than an MmmFixtures export (which an export never replaces). The previous export, if any, is untouched.
/// </summary>
public sealed class ExportFolderException : IOException
{
    /// <summary>Creates the exception for <paramref name="folder"/>.</summary>
    /// <param name="folder">The export folder's full path.</param>
    /// <param name="message">What is wrong, naming the folder.</param>
    /// <param name="inner">The failure that revealed it, or null.</param>
    public ExportFolderException(string folder, string message, Exception? inner = null) : base(message, inner) => Folder = folder;

    /// <summary>The export folder's full path.</summary>
    public string Folder { get; }
}
