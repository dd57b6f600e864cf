using System.Linq;
using System.Threading.Tasks;
using MmmFixtures.Export;
using MmmFixtures.Families;

namespace MmmFixtures.Cli;

/// <summary>
/// Loads, on a pool thread, the native libraries an export is about to need, so that their loading overlaps checking the
/// folder and generating instead of delaying the first file.
/// </summary>
internal static class ExportWarmUp
{
    /// <summary>
    /// Starts loading SHA-256 if a file of <paramref name="estimate"/> is too large to be hashed in managed code and, for
    /// <paramref name="report"/>, the drawing library. A small export starts no thread and loads neither.
    /// </summary>
    public static void Start(OutputEstimate estimate, bool report)
    {
        // On Linux SHA-256 is OpenSSL's: loading and relocating libssl and libcrypto touches ~230 pages, ~4 ms.
        if (estimate.Files.Any(f => f.Bytes > HashingStream.SmallFileBytes)) Task.Run(HashingStream.LoadPlatformHash);
        if (report) Task.Run(Reports.ChartRenderer.Prepare);
    }
}
