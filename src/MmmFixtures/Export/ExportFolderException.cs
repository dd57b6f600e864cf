using System;
using System.IO;

namespace MmmFixtures.Export;

/// <summary>
/// An export folder cannot be written or read back (no manifest of this library, another algorithm version): another export is writing it; it is a file, a mount point, the current folder
/// or one of its ancestors, or a link leading nowhere; it holds something other than an MmmFixtures export (which an
/// export never replaces); or the file system failed while it was prepared or swapped (the failure is the inner
/// exception). The previous export, if any, is kept.
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
