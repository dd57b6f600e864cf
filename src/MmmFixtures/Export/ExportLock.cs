using System;
using System.IO;
using System.Runtime.InteropServices;

namespace MmmFixtures.Export;

/// <summary>
/// The lock that lets one export at a time write a folder: a file next to it opened with <see cref="FileShare.None"/>.
/// On Unix .NET takes an advisory <c>flock(LOCK_EX | LOCK_NB)</c> for that, which the kernel drops when the process
/// ends in any way (SIGKILL included), so a crash never leaves the folder locked; on Windows the open itself is
/// exclusive. The file is deleted on release while the lock is still held.
/// </summary>
internal sealed class ExportLock : IDisposable
{
    // The sharing violation the runtime reports when the lock is held: EAGAIN (Linux 11, macOS 35) on Unix, ERROR_SHARING_VIOLATION / ERROR_LOCK_VIOLATION on Windows.
    private static readonly int[] HeldErrors = { 11, 35, unchecked((int)0x80070020), unchecked((int)0x80070021) };
    private static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    private readonly FileStream _file;
    private readonly string _path;

    private ExportLock(FileStream file, string path)
    {
        _file = file;
        _path = path;
    }

    /// <summary>Takes the lock of <paramref name="target"/> or fails at once.</summary>
    /// <exception cref="ExportFolderException">Another export holds it, or the lock file cannot be created.</exception>
    public static ExportLock Acquire(ExportTarget target)
    {
        while (true)
        {
            FileStream file;
            try
            {
                file = new FileStream(target.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException ex) when (Array.IndexOf(HeldErrors, ex.HResult) >= 0)
            {
                throw new ExportFolderException(target.Path, $"Another export is writing {target.Path} (its lock {target.LockPath} is held); nothing was written.", ex);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ExportFolderException(target.Path, $"Cannot export into {target.Path}: {target.Parent}, which holds {target.Path}, cannot be written " +
                    $"(an export puts its lock and staging folder beside the folder it replaces): {ex.Message}", ex);
            }
            if (!IsUnlinked(file)) return new ExportLock(file, target.LockPath);
            file.Dispose(); // a writer deleted the file between our open and our lock: take the file now at the path
        }
    }

    /// <summary>Deletes the lock file and releases the lock.</summary>
    public void Dispose()
    {
        // On Unix the file is deleted while locked, so a writer that opens it afterwards locks a new file; on Windows
        // an open file cannot be deleted, and a writer waiting for it has it open again once it is closed (then the delete fails, harmlessly).
        if (!IsWindows) BestEffortDelete.File(_path);
        _file.Dispose();
        if (IsWindows) BestEffortDelete.File(_path);
    }

    // Linux names a descriptor whose file was deleted "<path> (deleted)". Elsewhere the race (open, then another writer
    // deletes and releases, then our lock succeeds on the deleted file) is left to its window of microseconds.
    private static bool IsUnlinked(FileStream file)
    {
#if NET
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            string? link = new FileInfo($"/proc/self/fd/{file.SafeFileHandle.DangerousGetHandle()}").LinkTarget;
            return link is not null && link.EndsWith(" (deleted)", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
#else
        return false;
#endif
    }
}
