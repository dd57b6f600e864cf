using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace MmmFixtures.Cli;

/// <summary>
/// The two Linux C library calls the ISA hand-over needs (bound with the other libc calls when the tool is linked, see
/// the project file): <c>execve</c>, which replaces this process with another executable, and Linux's
/// <c>arch_prctl(ARCH_GET_XCOMP_SUPP)</c>, the register state the kernel enabled in XCR0 (.NET has no XGETBV).
/// </summary>
internal static class NativeProcess
{
    private const long ArchPrctl = 158;              // SYS_arch_prctl on x86-64
    private const long GetSupportedXState = 0x1021; // ARCH_GET_XCOMP_SUPP (Linux 5.16+)

    /// <summary>
    /// The state components the kernel enabled in XCR0 (it writes exactly its user features there and reports them), or
    /// null where it cannot say (not Linux x64, a kernel before 5.16).
    /// </summary>
    public static ulong? EnabledXState()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64) return null;
        try
        {
            return syscall(ArchPrctl, GetSupportedXState, out ulong mask) == 0 ? mask : null;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Replaces this process with <paramref name="path"/>, given <paramref name="arguments"/> (its argv, the program name
    /// first) and <paramref name="environment"/> (<c>NAME=value</c> each). Returns only if that failed (a missing or
    /// non-executable file, not Linux): this process then carries on.
    /// </summary>
    public static void Replace(string path, IReadOnlyList<string> arguments, IReadOnlyList<string> environment)
    {
        if (!OperatingSystem.IsLinux()) return;
        var argv = new IntPtr[arguments.Count + 1]; // each array ends with a null pointer
        var envp = new IntPtr[environment.Count + 1];
        try
        {
            for (int i = 0; i < arguments.Count; i++) argv[i] = Marshal.StringToCoTaskMemUTF8(arguments[i]);
            for (int i = 0; i < environment.Count; i++) envp[i] = Marshal.StringToCoTaskMemUTF8(environment[i]);
            execve(path, argv, envp);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // No C library to ask: stay.
        }
        finally
        {
            foreach (IntPtr p in argv) Marshal.FreeCoTaskMem(p);
            foreach (IntPtr p in envp) Marshal.FreeCoTaskMem(p);
        }
    }

    /// <summary>This process's environment as <c>NAME=value</c> strings, plus <paramref name="extra"/>.</summary>
    public static List<string> EnvironmentWith(string extra)
    {
        var entries = new List<string>();
        foreach (DictionaryEntry e in System.Environment.GetEnvironmentVariables()) entries.Add($"{e.Key}={e.Value}");
        entries.Add(extra);
        return entries;
    }

    // "libc" is the C library (see NativeFileSystem); glibc's syscall passes its arguments through as they are.
    [DllImport("libc", SetLastError = true)]
    private static extern int execve(string path, IntPtr[] argv, IntPtr[] envp);

    [DllImport("libc")]
    private static extern long syscall(long number, long code, out ulong mask);
}
