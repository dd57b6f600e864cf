using System.IO;
using System.Linq;
using System.Threading.Tasks;
using MmmFixtures.Export;
using MmmFixtures.Families;

namespace MmmFixtures.Cli;

/// <summary>
/// Loads, on a pool thread, the native libraries an export is about to need, so that their loading overlaps checking the
/// folder and generating instead of delaying the first file; and flushes what the file system has pending.
/// </summary>
internal static class ExportWarmUp
{
    /// <summary>
    /// If a file of <paramref name="estimate"/> is too large to be hashed in managed code, flushes the file system's pending
    /// changes (see <paramref name="folder"/>) and starts loading SHA-256; for <paramref name="report"/>, the drawing library.
    /// A small export starts no thread and does neither.
    /// </summary>
    /// <param name="estimate">The export's estimate.</param>
    /// <param name="folder">The export folder (full path), whose parent is flushed: an export's final flush to disk commits
    /// the file system's journal with everything pending in it, e.g. a previous export just deleted, whose freed blocks a
    /// disk mounted with discard trims at that commit (milliseconds). Committed now, that overlaps generating.</param>
    /// <param name="report">Whether the export draws a report.</param>
    public static void Start(OutputEstimate estimate, string folder, bool report)
    {
        // On Linux SHA-256 is OpenSSL's: loading and relocating libssl and libcrypto touches ~230 pages, ~4 ms.
        if (estimate.Files.Any(f => f.Bytes > HashingStream.SmallFileBytes))
            Task.Run(() =>
            {
                if (Path.GetDirectoryName(folder) is string parent) NativeFileSystem.FlushFolder(parent);
                HashingStream.LoadPlatformHash();
            });
        if (report) Task.Run(Reports.ChartRenderer.Prepare);
    }
}
