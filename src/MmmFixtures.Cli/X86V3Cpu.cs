using System.Runtime.Intrinsics.X86;

namespace MmmFixtures.Cli;

/// <summary>
/// The CPUID words that decide whether a CPU runs x86-64-v3 code, as .NET's runtime reads them at start-up
/// (<c>minipal_getcpufeatures</c> in dotnet/runtime: a Native AOT executable compiled for x86-64-v3 refuses to start unless
/// the x86-64-v2 baseline and its AVX2 group are all present).
/// </summary>
/// <param name="MaxLeaf">Leaf 0, EAX: the highest basic leaf.</param>
/// <param name="Leaf1Ecx">Leaf 1, ECX.</param>
/// <param name="Leaf1Edx">Leaf 1, EDX.</param>
/// <param name="Leaf7Ebx">Leaf 7 sub-leaf 0, EBX (0 when <paramref name="MaxLeaf"/> is below 7).</param>
/// <param name="MaxExtendedLeaf">Leaf 0x80000000, EAX: the highest extended leaf.</param>
/// <param name="Extended1Ecx">Leaf 0x80000001, ECX (0 when <paramref name="MaxExtendedLeaf"/> is below it).</param>
internal readonly record struct X86V3Cpu(uint MaxLeaf, uint Leaf1Ecx, uint Leaf1Edx, uint Leaf7Ebx, uint MaxExtendedLeaf, uint Extended1Ecx)
{
    // Leaf 1 EDX: SSE, SSE2. Leaf 1 ECX: SSE3, SSSE3, SSE4.1, SSE4.2, POPCNT (the baseline); OSXSAVE, AVX, and the AVX2 group's
    // FMA, MOVBE, F16C. Leaf 7 EBX: AVX2, BMI1, BMI2. Leaf 0x80000001 ECX: LZCNT.
    internal const uint Leaf1EdxBits = 1u << 25 | 1u << 26;
    internal const uint Leaf1EcxBits = 1u << 0 | 1u << 9 | 1u << 19 | 1u << 20 | 1u << 23 | 1u << 27 | 1u << 28 | 1u << 12 | 1u << 22 | 1u << 29;
    internal const uint Leaf7EbxBits = 1u << 5 | 1u << 3 | 1u << 8;
    internal const uint Extended1EcxBits = 1u << 5;

    /// <summary>XCR0's SSE and AVX state bits: the operating system saves XMM and YMM registers on a context switch.</summary>
    internal const ulong XmmYmmState = 0b110;

    /// <summary>
    /// True if this CPU has every x86-64-v3 feature and the operating system has enabled the AVX register state
    /// (<paramref name="enabledXState"/>: XCR0, or null where it is unknown, which counts as not enabled).
    /// </summary>
    public bool RunsX86V3(ulong? enabledXState) =>
        MaxLeaf >= 7 && MaxExtendedLeaf >= 0x80000001
        && (Leaf1Edx & Leaf1EdxBits) == Leaf1EdxBits && (Leaf1Ecx & Leaf1EcxBits) == Leaf1EcxBits
        && (Leaf7Ebx & Leaf7EbxBits) == Leaf7EbxBits && (Extended1Ecx & Extended1EcxBits) == Extended1EcxBits
        && enabledXState is ulong xcr0 && (xcr0 & XmmYmmState) == XmmYmmState;

    /// <summary>This CPU's words, or all zero (no feature) where CPUID is not available (not x86).</summary>
    public static X86V3Cpu Read()
    {
        if (!X86Base.IsSupported) return default;
        uint maxLeaf = (uint)X86Base.CpuId(0, 0).Eax;
        var (_, _, leaf1Ecx, leaf1Edx) = X86Base.CpuId(1, 0);
        uint leaf7Ebx = maxLeaf >= 7 ? (uint)X86Base.CpuId(7, 0).Ebx : 0;
        uint maxExtended = (uint)X86Base.CpuId(unchecked((int)0x80000000), 0).Eax;
        uint extended1Ecx = maxExtended >= 0x80000001 ? (uint)X86Base.CpuId(unchecked((int)0x80000001), 0).Ecx : 0;
        return new X86V3Cpu(maxLeaf, (uint)leaf1Ecx, (uint)leaf1Edx, leaf7Ebx, maxExtended, extended1Ecx);
    }
}
