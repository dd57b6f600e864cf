namespace MmmFixtures.Mmm;

/// <summary>
/// Buffers a thread reuses for a whole phase of an export (a generation block's values, a reader's tile): allocated once,
/// written before they are read.
/// </summary>
internal static class PhaseBuffer
{
    /// <summary>A buffer of <paramref name="length"/> values, not zeroed (every value is written before it is read).</summary>
#if NET
    // Not zeroed: only what is written is touched (page-faulted). Pinned: it lives as long as the phase, and in the pinned heap
    // it neither counts toward the young generation's budget (triggering collections) nor is copied by one (touching it twice).
    public static double[] Of(int length) => System.GC.AllocateUninitializedArray<double>(length, pinned: true);
#else
    public static double[] Of(int length) => new double[length];
#endif
}
