using System.Security.Cryptography;
using System.Threading.Tasks;

namespace MmmFixtures.Cli;

/// <summary>
/// Loads, on a pool thread, the native libraries an export is about to need, so that their loading overlaps reading and
/// checking the spec instead of delaying the first file.
/// </summary>
internal static class ExportWarmUp
{
    /// <summary>Starts loading SHA-256 (every file is hashed) and, for <paramref name="report"/>, the drawing library.</summary>
    public static void Start(bool report)
    {
        // On Linux SHA-256 is OpenSSL's: loading and relocating libcrypto touches ~200 pages, ~4 ms of a small export.
        Task.Run(() => IncrementalHash.CreateHash(HashAlgorithmName.SHA256).Dispose());
        if (report) Task.Run(Reports.ChartRenderer.Prepare);
    }
}
