using System;
using System.ComponentModel;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace MmmFixtures.Export;

/// <summary>
/// The POSIX calls an export folder needs that .NET does not expose: Linux's atomic exchange of two folders
/// (<c>renameat2</c> with <c>RENAME_EXCHANGE</c>), <c>fsync</c> of a folder, which makes renames in it durable,
/// <c>realpath</c>, a path with every link resolved, and <c>sync_file_range</c>, disk writes started without waiting. They are skipped where they do not exist (Windows, other Unixes,
/// old C libraries); callers fall back.
/// </summary>
internal static class NativeFileSystem
{
    private const int AtCurrentFolder = -100; // AT_FDCWD
    private const uint RenameExchange = 2;    // RENAME_EXCHANGE
    private const int OpenReadOnly = 0;       // O_RDONLY on Linux and macOS
    private const uint SyncFileRangeWrite = 2; // SYNC_FILE_RANGE_WRITE
    private const int InvalidArgument = 22, NotImplemented = 38, NotSupported = 95; // EINVAL, ENOSYS, EOPNOTSUPP on Linux

    private static readonly bool IsLinux = RuntimeInformation.IsOSPlatform(OSPlatform.Linux);
    private static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    /// <summary>
    /// Swaps two existing folders in one step, so every reader sees one or the other at each path. Returns false,
    /// having changed nothing, where the system has no such exchange (not Linux, a kernel or C library without
    /// <c>renameat2</c>, a file system that refuses it).
    /// </summary>
    /// <exception cref="IOException">The exchange exists but failed (e.g. permissions): nothing changed.</exception>
    public static bool TryExchange(string first, string second)
    {
        if (!IsLinux) return false;
        int result, error;
        try
        {
            result = renameat2(AtCurrentFolder, first, AtCurrentFolder, second, RenameExchange);
            error = Marshal.GetLastWin32Error();
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
        if (result == 0) return true;
        if (error is InvalidArgument or NotImplemented or NotSupported) return false;
        throw Failure($"Cannot exchange {first} and {second}", error);
    }

    /// <summary>
    /// Starts writing <paramref name="file"/>'s dirty pages to disk and returns without waiting for them (Linux's
    /// <c>sync_file_range</c> with <c>SYNC_FILE_RANGE_WRITE</c>), so that a later flush to disk finds them written.
    /// Returns false, having started nothing, where the system has no such call or refuses it: the caller flushes itself.
    /// </summary>
    public static bool TryStartWriteBack(SafeFileHandle file)
    {
        if (!IsLinux) return false;
        bool added = false;
        try
        {
            file.DangerousAddRef(ref added);
            return sync_file_range((int)file.DangerousGetHandle(), 0, 0, SyncFileRangeWrite) == 0; // offset 0, count 0: the whole file
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
        finally
        {
            if (added) file.DangerousRelease();
        }
    }

    /// <summary>Makes the entries of <paramref name="folder"/> (files created, renamed or removed in it) durable; best effort, nothing on Windows.</summary>
    public static void FlushFolder(string folder)
    {
        if (IsWindows) return; // NTFS journals its metadata, and a folder cannot be opened for flushing there
        try
        {
            int descriptor = open(folder, OpenReadOnly);
            if (descriptor < 0) return;
            fsync(descriptor);
            close(descriptor);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // No C library to ask: the renames are still atomic, only their durability is the file system's.
        }
    }

    /// <summary>
    /// Waits until the file at <paramref name="path"/> is on disk, written through any handle (<c>fsync</c> of a read-only
    /// handle: Linux flushes the file, not the handle). For files whose disk writes <see cref="TryStartWriteBack"/> started.
    /// </summary>
    /// <exception cref="IOException">The file cannot be opened or its disk writes failed.</exception>
    public static void FlushFile(string path)
    {
        int descriptor = open(path, OpenReadOnly);
        if (descriptor < 0) throw Failure($"Cannot open {path} to flush it to disk", Marshal.GetLastWin32Error());
        try
        {
            if (fsync(descriptor) != 0) throw Failure($"Cannot flush {path} to disk", Marshal.GetLastWin32Error());
        }
        finally
        {
            close(descriptor);
        }
    }

    private static IOException Failure(string what, int error) => new($"{what}: {new Win32Exception(error).Message}", error);

    /// <summary>
    /// <paramref name="path"/> (absolute) with every link in it resolved, as the kernel names it (in mount tables, as
    /// the current folder); the path itself where that is unknown (Windows, a missing path, no C library).
    /// </summary>
    public static string RealPath(string path)
    {
        if (IsWindows) return path;
        try
        {
            IntPtr resolved = realpath(path, IntPtr.Zero);
            if (resolved == IntPtr.Zero) return path;
            try
            {
                return Marshal.PtrToStringAnsi(resolved) ?? path; // UTF-8 on Unix
            }
            finally
            {
                free(resolved);
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return path;
        }
    }

    // "libc" is mapped by the runtime to the platform's C library (libc.so.6 on Linux, libSystem on macOS).
    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int open(string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int fsync(int descriptor);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int descriptor);

    [DllImport("libc", SetLastError = true)]
    private static extern int sync_file_range(int descriptor, long offset, long count, uint flags);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath(string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);
}
