namespace MmmFixtures.Memory;

/// <summary>
/// Arrays whose every element the caller writes before it reads it (a generation block, a row tile, a CSV chunk's block,
/// a held panel's column): not zeroed, so only what is written is touched, and each first-touched page costs a page fault.
/// </summary>
internal static class UnzeroedArray
{
    /// <summary>An array of <paramref name="length"/> elements, not zeroed and pinned.</summary>
#if NET
    // Pinned: such arrays live as long as a phase of an export, and in the pinned heap they neither count toward the young
    // generation's budget (triggering collections) nor are copied by one (touching them twice).
    public static T[] Of<T>(int length) where T : unmanaged => System.GC.AllocateUninitializedArray<T>(length, pinned: true);
#else
    public static T[] Of<T>(int length) where T : unmanaged => new T[length];
#endif
}
