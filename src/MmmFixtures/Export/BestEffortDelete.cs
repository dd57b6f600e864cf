using System;
using System.IO;
using System.Threading.Tasks;
using MmmFixtures.Concurrency;

namespace MmmFixtures.Export;

/// <summary>
/// Deletion of leftovers that must not fail the caller: failures are swallowed, because the failure worth reporting
/// is the one that stopped the export, and what a deletion misses is removed by the next export of the same folder.
/// </summary>
internal static class BestEffortDelete
{
    /// <summary>
    /// Deletes a folder and everything in it as far as possible (every entry is tried even when one fails); a symbolic
    /// link is removed, never followed. True if it is gone.
    /// </summary>
    public static bool Folder(string path)
    {
        try
        {
            var folder = new DirectoryInfo(path);
            if (!folder.Exists) return true;
            if ((folder.Attributes & FileAttributes.ReparsePoint) != 0)
            {
                if (!File(path)) Directory.Delete(path); // a link to a folder: unlink on Unix, remove the link on Windows
                return true;
            }
            // Freeing a large file's blocks is most of the work; a replaced export's files are freed side by side.
            Parallel.ForEach(folder.GetFiles(), CallingThread.Options(), file => File(file.FullName));
            Directory.Delete(path, recursive: true); // the rest: the runtime goes on past entries it cannot delete and does not follow links
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
