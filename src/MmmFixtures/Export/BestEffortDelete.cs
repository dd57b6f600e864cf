using System;
using System.IO;

namespace MmmFixtures.Export;

/// <summary>
/// Deletion of leftovers that must not fail the caller: failures are swallowed, because the failure worth reporting
/// is the one that stopped the export, and what a deletion misses is removed by the next export of the same folder.
/// </summary>
internal static class BestEffortDelete
{
    /// <summary>
    /// Deletes a folder and everything in it as far as possible (the runtime's recursive delete goes on past an entry
    /// it cannot delete and removes symbolic links without following them); true if it is gone.
    /// </summary>
    public static bool Folder(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Deletes a file if it can; true if it is gone.</summary>
    public static bool File(string path)
    {
        try
        {
            System.IO.File.Delete(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
