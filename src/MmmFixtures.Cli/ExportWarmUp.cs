using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmmFixtures.Export;
using MmmFixtures.Families;

namespace MmmFixtures.Cli;

/// <summary>
/// Prepares, on a thread of its own, what an export is about to need, so that it overlaps checking the folder and preparing
/// the generation instead of delaying the first block or the first file: the thread pool's threads, the native libraries,
/// and the file system's pending flush.
/// </summary>
internal static class ExportWarmUp
{
    /// <summary>
    /// Starts the thread pool's threads if the export runs on several (<paramref name="threads"/>); if a file of
    /// <paramref name="estimate"/> is too large to be hashed in managed code, flushes the file system's pending changes (see
    /// <paramref name="folder"/>) and loads SHA-256; for <paramref name="report"/>, the drawing library. A small export on one
    /// thread starts no thread and does none of it.
    /// </summary>
    /// <param name="estimate">The export's estimate.</param>
    /// <param name="folder">The export folder (full path), whose parent is flushed: an export's final flush to disk commits
    /// the file system's journal with everything pending in it, e.g. a previous export just deleted, whose freed blocks a
    /// disk mounted with discard trims at that commit (milliseconds). Committed now, that overlaps generating.</param>
    /// <param name="report">Whether the export draws a report.</param>
    /// <param name="threads">The export's threads (-1: one per processor).</param>
    public static void Start(OutputEstimate estimate, string folder, bool report, int threads)
    {
        bool pool = threads != 1;
        // On Linux SHA-256 is OpenSSL's: loading and relocating libssl and libcrypto touches ~230 pages, ~4 ms.
        bool hashing = estimate.Files.Any(f => f.Bytes > HashingStream.SmallFileBytes);
        if (!pool && !hashing && !report) return;
        // A thread of its own, not a pool thread: the pool's first work item builds the pool on the thread that queues it
        // and starts two threads (a worker and the gate), each start waited for by that thread. Here only this thread's
        // start is, and the pool is built and started alongside, its worker idle by the time the generation's loop wants it.
        // A failure is left in the task: the export meets it (and reports it) when it does the same work.
        Task.Factory.StartNew(() =>
        {
            if (pool) ThreadPool.UnsafeQueueUserWorkItem(static _ => { }, null);
            if (hashing)
            {
                if (Path.GetDirectoryName(folder) is string parent) NativeFileSystem.FlushFolder(parent);
                HashingStream.LoadPlatformHash();
            }
            if (report) Reports.ChartRenderer.Prepare();
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }
}
