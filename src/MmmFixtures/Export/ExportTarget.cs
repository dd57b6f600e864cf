using System;
using System.IO;

namespace MmmFixtures.Export;

/// <summary>
/// An export folder's path and the names of its hidden siblings in the parent folder: the lock
/// (<c>.&lt;name&gt;.lock</c>), staging folders (<c>.&lt;name&gt;.staging-&lt;32 hex&gt;</c>) and replaced exports awaiting
/// deletion (<c>.&lt;name&gt;.old-&lt;32 hex&gt;</c>). Only entries named exactly so are ever treated as leftovers.
/// </summary>
internal sealed class ExportTarget
{
    private const int HexDigits = 32; // a Guid's "N" format

    private ExportTarget(string path, string parent, string name)
    {
        Path = path;
        Parent = parent;
        Name = name;
        LockPath = System.IO.Path.Combine(parent, $".{name}.lock");
    }

    /// <summary>The export folder's full path, without a trailing separator.</summary>
    public string Path { get; }

    /// <summary>The folder that holds it.</summary>
    public string Parent { get; }

    /// <summary>Its name in <see cref="Parent"/>.</summary>
    public string Name { get; }

    /// <summary>The lock file next to it.</summary>
    public string LockPath { get; }

    /// <summary>
    /// Resolves <paramref name="folder"/> (relative to the current folder, trailing separators allowed). A link is
    /// followed to its final real folder, which is what an export replaces (and locks), so the link stays a link.
    /// </summary>
    /// <exception cref="ExportFolderException">The path names a root, which cannot be replaced, or a link that leads nowhere.</exception>
    public static ExportTarget Resolve(string folder)
    {
        if (folder is null) throw new ArgumentNullException(nameof(folder));
        if (folder.Trim().Length == 0) throw new ArgumentException("must name a folder", nameof(folder));
        string full = System.IO.Path.GetFullPath(folder);
        string trimmed = TrimSeparators(full);
        if (trimmed.Length > 0) trimmed = FollowLink(trimmed);
        string? parent = trimmed.Length == 0 ? null : System.IO.Path.GetDirectoryName(trimmed);
        if (parent is null)
            throw new ExportFolderException(full, $"Cannot export into {full}: a root folder cannot be replaced by an export; name a folder inside it.");
        return new ExportTarget(trimmed, parent, System.IO.Path.GetFileName(trimmed));
    }

    private static string TrimSeparators(string path) => path.TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);

    // Replacing a link would put a folder in its place and never update the folder it points to.
    private static string FollowLink(string path)
    {
#if NET
        FileSystemInfo? final;
        try
        {
            final = new FileInfo(path).LinkTarget is null ? null : File.ResolveLinkTarget(path, returnFinalTarget: true);
        }
        catch (IOException ex)
        {
            throw new ExportFolderException(path, $"Cannot export into {path}: it is a link that cannot be followed ({ex.Message}).", ex);
        }
        if (final is null) return path;
        string real = TrimSeparators(final.FullName);
        if (!Directory.Exists(real) && !File.Exists(real))
            throw new ExportFolderException(path, $"Cannot export into {path}: {path} is a link to {real}, which does not exist; create that folder or name another.");
        return real;
#else
        // No API here to follow a link: one is refused rather than replaced.
        FileAttributes attributes;
        try
        {
            attributes = File.GetAttributes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return path; // missing (or unreadable: reported when it is opened)
        }
        if ((attributes & FileAttributes.ReparsePoint) != 0)
            throw new ExportFolderException(path, $"Cannot export into {path}: it is a link (or junction); name the real folder it points to.");
        return path;
#endif
    }

    /// <summary>A fresh staging folder's path.</summary>
    public string NewStagingPath() => Sibling("staging");

    /// <summary>A fresh path to move the previous export to while it is replaced.</summary>
    public string NewOldPath() => Sibling("old");

    /// <summary>Whether <paramref name="entryName"/> (a name in <see cref="Parent"/>) is a staging or old folder of this target.</summary>
    public bool IsLeftover(string entryName) => IsSibling(entryName, "staging") || IsOld(entryName);

    /// <summary>Whether <paramref name="entryName"/> is an old folder of this target (a previous export being replaced).</summary>
    public bool IsOld(string entryName) => IsSibling(entryName, "old");

    /// <summary>
    /// Whether <paramref name="fileName"/>, a file inside an export folder, is a temporary file of a previous version's
    /// export: previous versions wrote each file to <c>.&lt;file&gt;.&lt;32 hex&gt;.tmp</c> and renamed it.
    /// </summary>
    public static bool IsPerFileTemporary(string fileName)
    {
        const string suffix = ".tmp";
        int hex = fileName.Length - suffix.Length - HexDigits; // where the digits start, after ".<file>."
        return hex >= 3 && fileName[0] == '.' && fileName[hex - 1] == '.' && fileName.EndsWith(suffix, StringComparison.Ordinal) && IsHex(fileName, hex);
    }

    // ".<name>.<kind>-<32 hex>", matched by hand: a Regex costs this short-lived tool more to build than every check it makes.
    private bool IsSibling(string entryName, string kind)
    {
        int hex = Name.Length + kind.Length + 3;
        return entryName.Length == hex + HexDigits && entryName[0] == '.' && string.CompareOrdinal(entryName, 1, Name, 0, Name.Length) == 0
            && entryName[Name.Length + 1] == '.' && string.CompareOrdinal(entryName, Name.Length + 2, kind, 0, kind.Length) == 0
            && entryName[hex - 1] == '-' && IsHex(entryName, hex);
    }

    // The 32 characters from start are lower-case hexadecimal digits.
    private static bool IsHex(string text, int start)
    {
        for (int i = start; i < start + HexDigits; i++)
            if (text[i] is not (>= '0' and <= '9' or >= 'a' and <= 'f')) return false;
        return true;
    }

    private string Sibling(string kind) => System.IO.Path.Combine(Parent, $".{Name}.{kind}-{Guid.NewGuid():N}");
}
