using System;
using System.Runtime.InteropServices;

namespace MmmFixtures.Memory;

/// <summary>
/// Pinned arrays on transparent huge pages (2 MiB), where Linux leaves them to the program (its usual <c>madvise</c>
/// mode). On a virtual machine each first-touched 4 KiB page can cost ~15 µs; a 2 MiB page costs about what a few dozen
/// small ones do (measured here: 4 MiB first touched in 0.4–0.7 ms instead of 20–28 ms). Only whole 2 MiB stretches at
/// 2 MiB-aligned addresses become huge pages, and the kernel zeroes all of one at its first touch: this is for memory of a
/// few MB that is mostly used (a table's CSV blocks, a small panel's held curves), not for a few KB.
/// </summary>
internal static class HugePages
{
    /// <summary>The size and alignment of a huge page: 2 MiB.</summary>
    public const int Size = 2 << 20;

#if NET
    private const int AdviseHugePage = 14; // MADV_HUGEPAGE

    private static readonly bool IsLinux = OperatingSystem.IsLinux();
#endif

    /// <summary>
    /// Room for <paramref name="length"/> elements from <c>Start</c> of a pinned, unzeroed array, which the caller writes
    /// before it reads them; that stretch starts 2 MiB-aligned and is asked to be huge pages before any of it is touched.
    /// Where there are none (another system, a kernel without them), it is made of small pages as usual; so is room of less
    /// than a quarter of a huge page, whose whole 2 MiB would be mostly unused memory (one such buffer per thread adds up).
    /// </summary>
    public static (T[] Array, int Start) Array<T>(int length) where T : unmanaged
    {
#if NET
        int size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        if ((long)length * size < Size / 4) return (UnzeroedArray.Of<T>(length), 0);
        long bytes = ((long)length * size + Size - 1) & -Size;
        // A page more than the stretch: wherever the array starts, an aligned stretch lies inside it. The rest is never
        // touched, so it takes address space but no memory.
        var array = UnzeroedArray.Of<T>(checked((int)((bytes + Size) / size)));
        IntPtr first = Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
        int skip = (int)(-first.ToInt64() & (Size - 1)); // a multiple of the element's size: arrays start 8-byte aligned
        if (IsLinux) Advise(first + skip, bytes);
        return (array, skip / size);
#else
        return (new T[length], 0); // not pinned here: no address to align
#endif
    }

#if NET
    private static void Advise(IntPtr start, long bytes)
    {
        try
        {
            // Best effort: a kernel without transparent huge pages refuses (EINVAL), and the pages stay small.
            madvise(start, (nuint)bytes, AdviseHugePage);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // No C library call: small pages.
        }
    }

    // "libc" is mapped by the runtime to the platform's C library (libc.so.6 on Linux).
    [DllImport("libc")]
    private static extern int madvise(IntPtr address, nuint length, int advice);
#endif
}
