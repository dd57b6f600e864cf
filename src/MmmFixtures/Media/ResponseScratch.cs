using System;

namespace MmmFixtures.Media;

/// <summary>
/// Per-thread scratch of the response kernels: blocks of per-period values reused from call to call, instead of stack
/// buffers zeroed on every call or fresh arrays (whose memory is slow to touch on first use).
/// </summary>
internal static class ResponseScratch
{
    /// <summary>The periods of one block.</summary>
    public const int Block = 256;

    [ThreadStatic] private static double[]? t_blocks;

    /// <summary>Block <paramref name="index"/> (0, 1 or 2) of this thread's, <paramref name="length"/> ≤ <see cref="Block"/> long; its contents are left over.</summary>
    public static Span<double> Blocks(int index, int length) => (t_blocks ??= new double[3 * Block]).AsSpan(index * Block, length);
}
