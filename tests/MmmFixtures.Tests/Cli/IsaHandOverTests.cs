using System.Runtime.Intrinsics.X86;
using MmmFixtures.Cli;

namespace MmmFixtures.Tests.Cli;

/// <summary>The hand-over to the x86-64-v3 twin: each reason to stay, the one to go, and the CPU check against .NET's own.</summary>
public sealed class IsaHandOverTests
{
    private const string Twin = IsaHandOver.X86V3;
    private static readonly long Large = IsaHandOver.MinimumBytes, Small = IsaHandOver.MinimumBytes - 1;

    // A CPU with exactly the x86-64-v3 features, and an OS that saves the AVX registers.
    private static readonly X86V3Cpu V3 = new(7, X86V3Cpu.Leaf1EcxBits, X86V3Cpu.Leaf1EdxBits, X86V3Cpu.Leaf7EbxBits, 0x80000001, X86V3Cpu.Extended1EcxBits);
    private const ulong AvxState = 0b111;

    private static IsaHandOver.Outcome Decide(string? twin = Twin, string? setting = null, bool handedOver = false, long bytes = 1L << 40,
        bool present = true, bool cpu = true) =>
        IsaHandOver.Decide(twin, setting, handedOver, bytes, () => present, () => cpu);

    [Fact]
    public void A_large_export_with_the_twin_present_on_a_capable_cpu_is_handed_over()
    {
        Assert.Equal(IsaHandOver.Outcome.HandOver, Decide(bytes: Large));
        Assert.Equal(IsaHandOver.Outcome.HandOver, Decide(setting: "auto"));
        Assert.Equal(IsaHandOver.Outcome.HandOver, Decide(setting: ""));
    }

    [Fact]
    public void Each_reason_to_stay_keeps_the_export_in_this_process()
    {
        Assert.Equal(IsaHandOver.Outcome.NoTwin, Decide(twin: null));
        Assert.Equal(IsaHandOver.Outcome.TurnedOff, Decide(setting: "baseline"));
        Assert.Equal(IsaHandOver.Outcome.HandedOver, Decide(handedOver: true));
        Assert.Equal(IsaHandOver.Outcome.TooSmall, Decide(bytes: Small));
        Assert.Equal(IsaHandOver.Outcome.TwinMissing, Decide(present: false));
        Assert.Equal(IsaHandOver.Outcome.CpuLacks, Decide(cpu: false));
    }

    [Fact]
    public void The_twins_instruction_set_as_setting_hands_over_any_size_but_not_twice()
    {
        Assert.Equal(IsaHandOver.Outcome.HandOver, Decide(setting: Twin, bytes: 0));
        Assert.Equal(IsaHandOver.Outcome.HandedOver, Decide(setting: Twin, bytes: 0, handedOver: true));
        Assert.Equal(IsaHandOver.Outcome.CpuLacks, Decide(setting: Twin, bytes: 0, cpu: false));
    }

    [Fact]
    public void The_file_and_cpu_are_not_probed_when_the_answer_is_known_without_them()
    {
        foreach (var (twin, setting, handedOver, bytes) in new (string?, string?, bool, long)[]
                 { (null, null, false, Large), (Twin, "baseline", false, Large), (Twin, null, true, Large), (Twin, null, false, Small) })
            IsaHandOver.Decide(twin, setting, handedOver, bytes, () => throw new InvalidOperationException("probed"), () => throw new InvalidOperationException("probed"));
        Assert.Equal(IsaHandOver.Outcome.TwinMissing, IsaHandOver.Decide(Twin, null, false, Large, () => false, () => throw new InvalidOperationException("probed")));
    }

    [Theory]
    [InlineData("Baseline")]
    [InlineData("v3")]
    [InlineData("x86-64-v4")]
    public void An_unknown_setting_is_refused_naming_the_variable_and_the_choices(string setting)
    {
        var error = Assert.Throws<UserError>(() => Decide(setting: setting));
        Assert.Contains($"MMMFIXTURES_ISA={setting}", error.Message);
        Assert.Contains("auto", error.Message);
        Assert.Contains("baseline", error.Message);
        Assert.Contains("x86-64-v3", error.Message);
        Assert.Throws<UserError>(() => Decide(twin: null, setting: setting)); // refused by every build alike
    }

    [Fact]
    public void A_cpu_with_every_x86_64_v3_feature_and_the_avx_state_enabled_runs_the_twin()
    {
        Assert.True(V3.RunsX86V3(AvxState));
        Assert.True((V3 with { MaxLeaf = 0x1b, MaxExtendedLeaf = 0x80000021, Leaf1Ecx = ~0u, Leaf7Ebx = ~0u }).RunsX86V3(~0ul));
    }

    public static TheoryData<string, int> FeatureBits()
    {
        var data = new TheoryData<string, int>();
        foreach (var (word, bits) in new[] { ("Leaf1Ecx", X86V3Cpu.Leaf1EcxBits), ("Leaf1Edx", X86V3Cpu.Leaf1EdxBits), ("Leaf7Ebx", X86V3Cpu.Leaf7EbxBits), ("Extended1Ecx", X86V3Cpu.Extended1EcxBits) })
            for (int bit = 0; bit < 32; bit++)
                if ((bits >> bit & 1) != 0) data.Add(word, bit);
        return data;
    }

    [Theory]
    [MemberData(nameof(FeatureBits))]
    public void A_cpu_without_any_one_feature_does_not_run_the_twin(string word, int bit)
    {
        uint without(uint w) => w & ~(1u << bit);
        var cpu = word switch
        {
            "Leaf1Ecx" => V3 with { Leaf1Ecx = without(V3.Leaf1Ecx) },
            "Leaf1Edx" => V3 with { Leaf1Edx = without(V3.Leaf1Edx) },
            "Leaf7Ebx" => V3 with { Leaf7Ebx = without(V3.Leaf7Ebx) },
            _ => V3 with { Extended1Ecx = without(V3.Extended1Ecx) },
        };
        Assert.False(cpu.RunsX86V3(AvxState));
    }

    [Fact]
    public void Missing_leaves_or_avx_state_the_os_does_not_save_keep_the_baseline()
    {
        Assert.False((V3 with { MaxLeaf = 6 }).RunsX86V3(AvxState));
        Assert.False((V3 with { MaxExtendedLeaf = 0x80000000 }).RunsX86V3(AvxState));
        Assert.False(V3.RunsX86V3(null));   // the kernel cannot say
        Assert.False(V3.RunsX86V3(0b011));  // no YMM state
        Assert.False(V3.RunsX86V3(0b101));  // no XMM state
        Assert.False(default(X86V3Cpu).RunsX86V3(AvxState)); // no CPUID (not x86)
    }

    [Fact]
    public void This_machines_answer_is_the_runtimes()
    {
        // The JIT enables an instruction set only when the CPU and OS support it, unless a DOTNET_Enable… knob turns it off.
        if (Environment.GetEnvironmentVariables().Keys.Cast<string>().Any(k => k.StartsWith("DOTNET_Enable", StringComparison.OrdinalIgnoreCase))) return;
        bool runtime = Avx2.IsSupported && Fma.IsSupported && Bmi1.IsSupported && Bmi2.IsSupported && Lzcnt.IsSupported && Sse42.IsSupported && Popcnt.IsSupported;
        Assert.Equal(runtime, X86V3Cpu.Read().RunsX86V3(NativeProcess.EnabledXState()));
    }
}
