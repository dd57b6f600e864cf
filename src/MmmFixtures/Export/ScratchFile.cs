using System;
using System.IO;
using System.Runtime.InteropServices;
#if NET
using Microsoft.Win32.SafeHandles;
#endif

namespace MmmFixtures.Export;

/// <summary>
/// A file of intermediate numbers an export writes and reads back at fixed offsets, from any thread at once (a streamed
/// export spills what it generated here instead of holding it). It lives in the export's staging folder, so a crash
/// leaves it to the next export's recovery and a failed export removes it with the folder; it is never part of the
/// export: <see cref="Dispose"/> deletes it, before the export commits. Writes go to the kernel's page cache, which on
/// this kind of machine costs far less than touching the same amount of fresh process memory.
/// </summary>
internal sealed class ScratchFile : IDisposable
{
    private readonly string _path;
#if NET
    private readonly SafeFileHandle _handle;
#else
    private readonly FileStream _file; // positioned I/O under a lock where RandomAccess does not exist
#endif

    private ScratchFile(string path)
    {
        _path = path;
#if NET
        _handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.None);
#else
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
#endif
    }

    /// <summary>Creates the scratch file <paramref name="name"/> in <paramref name="folder"/> (it must not exist).</summary>
    public static ScratchFile Create(string folder, string name) => new(Path.Combine(folder, name));

    /// <summary>The file's full path.</summary>
    public string FilePath => _path;

    /// <summary>Writes <paramref name="values"/> at byte <paramref name="offset"/>.</summary>
    public void Write(long offset, ReadOnlySpan<double> values)
    {
        var bytes = MemoryMarshal.AsBytes(values);
#if NET
        RandomAccess.Write(_handle, bytes, offset);
#else
        var copy = bytes.ToArray();
        lock (_file)
        {
            _file.Position = offset;
            _file.Write(copy, 0, copy.Length);
        }
#endif
    }

    /// <summary>Fills <paramref name="values"/> from byte <paramref name="offset"/> (written before by <see cref="Write"/>).</summary>
    /// <exception cref="EndOfStreamException">The file ends before the values do.</exception>
    public void Read(long offset, Span<double> values)
    {
        var bytes = MemoryMarshal.AsBytes(values);
#if NET
        while (bytes.Length > 0)
        {
            int read = RandomAccess.Read(_handle, bytes, offset);
            if (read == 0) throw new EndOfStreamException($"The scratch file {_path} ends at byte {offset}.");
            bytes = bytes.Slice(read);
            offset += read;
        }
#else
        var copy = new byte[bytes.Length];
        lock (_file)
        {
            _file.Position = offset;
            for (int done = 0; done < copy.Length;)
            {
                int read = _file.Read(copy, done, copy.Length - done);
                if (read == 0) throw new EndOfStreamException($"The scratch file {_path} ends at byte {offset + done}.");
                done += read;
            }
        }
        copy.CopyTo(bytes);
#endif
    }

    /// <summary>Closes and deletes the file; never throws (what remains goes with the staging folder).</summary>
    public void Dispose()
    {
#if NET
        _handle.Dispose();
#else
        _file.Dispose();
#endif
        try
        {
            File.Delete(_path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left to the staging folder's removal.
        }
    }
}
