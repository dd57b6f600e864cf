using System;
using System.IO;

namespace MmmFixtures.Cli;

/// <summary>
/// Whether the disk an export is written to looks too small for it: the estimate (its files and scratch space, both
/// staged beside the output folder, while a previous export there is kept until the new one commits) against the free
/// space of the file system holding the folder. A warning, not a refusal: estimates are within a factor of 2, and an
/// export that runs out of space fails cleanly anyway (nothing is left, a previous export is kept).
/// </summary>
internal static class FreeSpace
{
    /// <summary>Exports estimated below this are not checked before they run: any disk fits them, and asking costs start-up time.</summary>
    public const long CheckedFrom = 64L << 20;

    /// <summary>The warning for an export of about <paramref name="needed"/> bytes into <paramref name="folder"/>, or null when it fits (or the free space is unknown).</summary>
    public static string? Shortfall(long needed, string folder) =>
        BytesFree(folder) is long free ? Shortfall(needed, free, folder) : null;

    /// <summary>The warning for an export of about <paramref name="needed"/> bytes where <paramref name="free"/> bytes are free, or null when it fits.</summary>
    public static string? Shortfall(long needed, long free, string folder) => needed <= free ? null
        : $"the export needs about {ByteSize.Format(needed)} but only {ByteSize.Format(free)} is free on the disk of {folder}: it may fail when the disk is full (it would leave nothing, and keep a previous export)";

    // The folder and its parents may not exist yet: the nearest existing ancestor is on the disk they will be created on.
    private static long? BytesFree(string folder)
    {
        try
        {
            for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
                if (directory.Exists) return new DriveInfo(directory.FullName).AvailableFreeSpace;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Unknown free space is not a reason to stop an export: it fails cleanly if the disk is full.
        }
        return null;
    }
}
