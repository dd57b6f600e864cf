using System.Diagnostics;

namespace MmmFixtures.Tests.Export;

/// <summary>A small tmpfs mounted on a folder (Linux, as root: CI), to fill a disk on purpose; unmounted on dispose.</summary>
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string folder) => Folder = folder;

    /// <summary>The mounted folder.</summary>
    public string Folder { get; }

    /// <summary>Whether a tmpfs can be mounted here, or why not.</summary>
    public static string? Unavailable { get; } = Probe();

    /// <summary>Mounts a tmpfs of <paramref name="size"/> (e.g. <c>2m</c>) on a new folder <paramref name="folder"/>, with more mount <paramref name="options"/> (e.g. <c>ro</c>).</summary>
    public static SmallDisk Mount(string folder, string size, string? options = null)
    {
        Directory.CreateDirectory(folder);
        var (exit, error) = Run("mount", "-t", "tmpfs", "-o", options is null ? $"size={size}" : $"size={size},{options}", "tmpfs", folder);
        if (exit != 0) throw new InvalidOperationException($"mount failed: {error}");
        return new SmallDisk(folder);
    }

    /// <summary>Bytes in use on the disk.</summary>
    public long Used
    {
        get
        {
            var drive = new DriveInfo(Folder);
            return drive.TotalSize - drive.AvailableFreeSpace;
        }
    }

    public void Dispose() => Run("umount", Folder);

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux()) return "a tmpfs needs Linux";
        string folder = Directory.CreateTempSubdirectory("mmmf-tmpfs-probe-").FullName;
        try
        {
            var (exit, error) = Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder);
            if (exit != 0) return $"cannot mount a tmpfs (CI runs as root): {error.Trim()}";
            Run("umount", folder);
            return null;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"no mount command: {ex.Message}";
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    private static (int Exit, string Error) Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}

/// <summary>A fact that needs <see cref="SmallDisk"/>: reported as skipped, with the reason, where a tmpfs cannot be mounted.</summary>
public sealed class SmallDiskFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when no tmpfs can be mounted.</summary>
    public SmallDiskFactAttribute()
    {
        if (SmallDisk.Unavailable is string reason) Skip = reason;
    }
}
