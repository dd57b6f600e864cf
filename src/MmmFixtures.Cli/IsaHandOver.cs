using System;
using System.IO;

namespace MmmFixtures.Cli;

/// <summary>
/// Hands a large export to the tool's ISA twin: a second executable beside this one, the same code compiled for a newer
/// instruction set (x86-64-v3: AVX2, FMA, BMI2), which the platform's package may carry (see the project file). Native AOT
/// code uses only the instruction set it was compiled for, and the twin refuses to start on an older CPU, so the entry point
/// stays compiled for the baseline and, when the twin pays and can run, replaces itself with it (<c>execve</c>: same
/// arguments, same environment plus <see cref="MarkerVariable"/>). Both write the same bytes; only the time differs.
/// </summary>
internal static class IsaHandOver
{
    /// <summary>The setting: <c>auto</c> (default), <c>baseline</c> (never hand over), or the twin's set (hand over any export).</summary>
    public const string SettingVariable = "MMMFIXTURES_ISA";

    /// <summary>Set by the hand-over, to the set of the executable that handed over: the twin never hands over again.</summary>
    public const string MarkerVariable = "MMMFIXTURES_ISA_HANDED_OVER";

    /// <summary>The instruction sets a twin may be built for: those whose support this tool can check.</summary>
    public const string X86V3 = "x86-64-v3";

    /// <summary>
    /// The smallest estimated export handed over under <c>auto</c>. Starting the twin costs ~15-20 ms of CPU on a small VM
    /// (a second process start, whose fresh pages fault again, and the spec read and estimated again); the twin saves ~10 %
    /// of an MMM export's CPU and less of the other families'. Measured (2 cores, AOT, medians of 15-21 interleaved runs):
    /// MMM 8.9 MiB loses 4 ms of CPU, 17.8 MiB (100×260×10) breaks even, 36 MiB wins 27 ms, 1.3 GiB (1000×520×50) ~23 %.
    /// </summary>
    public const long MinimumBytes = 32L << 20;

    /// <summary>What <see cref="Decide"/> chose, and why.</summary>
    internal enum Outcome
    {
        /// <summary>This executable has no twin (a JIT or ReadyToRun build, a platform without one, or the twin itself).</summary>
        NoTwin,
        /// <summary><see cref="SettingVariable"/> is <c>baseline</c>.</summary>
        TurnedOff,
        /// <summary>This process was handed over already.</summary>
        HandedOver,
        /// <summary>The export is estimated below <see cref="MinimumBytes"/>.</summary>
        TooSmall,
        /// <summary>The twin's file is not beside this executable.</summary>
        TwinMissing,
        /// <summary>The CPU or the operating system lacks a feature of the twin's instruction set.</summary>
        CpuLacks,
        /// <summary>Replace this process with the twin.</summary>
        HandOver,
    }

    /// <summary>The instruction set this executable was compiled for (e.g. x86-64-v2), or null for a JIT or ReadyToRun build.</summary>
    public static string? BuildIsa => AppContext.GetData("MmmFixtures.Cli.InstructionSet") as string;

    // The entry point's twin's set, compiled into the entry point only.
    private static string? TwinIsa => AppContext.GetData("MmmFixtures.Cli.IsaTwin") as string;

    /// <summary>
    /// Whether an export of <paramref name="estimatedBytes"/> is handed to the twin built for <paramref name="twinIsa"/> (null:
    /// none), given the <paramref name="setting"/> of <see cref="SettingVariable"/> and whether this process was
    /// <paramref name="handedOver"/> already. The file and CPU checks are asked only when all else says yes.
    /// </summary>
    /// <exception cref="UserError">The setting is not one of auto, baseline or a twin's instruction set.</exception>
    internal static Outcome Decide(string? twinIsa, string? setting, bool handedOver, long estimatedBytes, Func<bool> twinPresent, Func<bool> cpuRunsTwin)
    {
        bool always = setting == X86V3;
        if (setting is not (null or "" or "auto" or "baseline") && !always)
            throw new UserError($"{SettingVariable}={setting} is not a setting: use auto (the default: large exports run on the {X86V3} build where the CPU has it), baseline or {X86V3}.");
        if (twinIsa is null) return Outcome.NoTwin;
        if (setting == "baseline") return Outcome.TurnedOff;
        if (handedOver) return Outcome.HandedOver;
        if (!always && estimatedBytes < MinimumBytes) return Outcome.TooSmall;
        if (!twinPresent()) return Outcome.TwinMissing;
        return cpuRunsTwin() ? Outcome.HandOver : Outcome.CpuLacks;
    }

    /// <summary>
    /// Replaces this process with the twin if an export of <paramref name="estimatedBytes"/> is handed over (see
    /// <see cref="Decide"/>); returns if not, or if starting the twin failed.
    /// </summary>
    public static void RunOnTwinIfItPays(long estimatedBytes)
    {
        string? twin = TwinIsa, self = Environment.ProcessPath;
        string path = self is null ? "" : self + "." + twin;
        var outcome = Decide(twin, Environment.GetEnvironmentVariable(SettingVariable), Environment.GetEnvironmentVariable(MarkerVariable) is not null,
            estimatedBytes, () => self is not null && File.Exists(path), () => twin == X86V3 && X86V3Cpu.Read().RunsX86V3(NativeProcess.EnabledXState()));
        if (outcome == Outcome.HandOver)
            NativeProcess.Replace(path, Environment.GetCommandLineArgs(), NativeProcess.EnvironmentWith($"{MarkerVariable}={BuildIsa}"));
    }
}
