using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
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
/// <para>
/// It is spread over lanes, each a file of its own (lane 0 is named as created, lane k that name and <c>.k</c>), made at
/// their first write: the kernel writes a file under a lock of its own, so writers that each keep to their own lane never
/// wait for one another (one file's writers queue, spinning, behind whichever copies into the page cache). A value is read
/// back from the lane it was written to, at its offset; each lane holds only what was written to it (the rest are holes).
/// </para>
/// </summary>
internal sealed class ScratchFile : IDisposable
{
    private readonly string _path;
    private readonly object _sync = new();
#if NET
    private SafeFileHandle?[] _lanes = new SafeFileHandle?[1];
#else
    private FileStream?[] _lanes = new FileStream?[1]; // positioned I/O under the lane's lock where RandomAccess does not exist
#endif

    private ScratchFile(string path)
    {
        _path = path;
        _lanes[0] = Open(path);
    }

    /// <summary>Creates the scratch file <paramref name="name"/> in <paramref name="folder"/> (it must not exist, nor its lanes).</summary>
    public static ScratchFile Create(string folder, string name) => new(Path.Combine(folder, name));

    /// <summary>The file's full path (lane 0's; lane k's adds <c>.k</c>).</summary>
    public string FilePath => _path;

    private string LanePath(int lane) => lane == 0 ? _path : _path + "." + lane;

#if NET
    private static SafeFileHandle Open(string path) =>
        File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.None);
#else
    private static FileStream Open(string path) => new(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
#endif

    // The lane's file, made at its first use (a lane is written before it is read).
#if NET
    private SafeFileHandle Lane(int lane)
#else
    private FileStream Lane(int lane)
#endif
    {
        if (lane < 0) throw new ArgumentOutOfRangeException(nameof(lane), lane, "A lane is 0 or more.");
        var lanes = Volatile.Read(ref _lanes);
        if (lane < lanes.Length && Volatile.Read(ref lanes[lane]) is { } open) return open;
        lock (_sync)
        {
            lanes = _lanes;
            if (lanes.Length <= lane)
            {
                Array.Resize(ref lanes, lane + 1); // a copy: a reader holding the old array still finds its lanes there
                Volatile.Write(ref _lanes, lanes);
            }
            if (lanes[lane] is null) Volatile.Write(ref lanes[lane], Open(LanePath(lane)));
            return lanes[lane]!;
        }
    }

    /// <summary>Writes <paramref name="values"/> at byte <paramref name="offset"/> of lane <paramref name="lane"/>.</summary>
    public void Write(int lane, long offset, ReadOnlySpan<double> values)
    {
        var bytes = MemoryMarshal.AsBytes(values);
        var file = Lane(lane);
#if NET
        RandomAccess.Write(file, bytes, offset);
#else
        var copy = bytes.ToArray();
        lock (file)
        {
            file.Position = offset;
            file.Write(copy, 0, copy.Length);
        }
#endif
    }

    /// <summary>Fills <paramref name="values"/> from byte <paramref name="offset"/> of lane <paramref name="lane"/> (written before by <see cref="Write"/>).</summary>
    /// <exception cref="EndOfStreamException">The lane ends before the values do.</exception>
    public void Read(int lane, long offset, Span<double> values)
    {
        var bytes = MemoryMarshal.AsBytes(values);
        var file = Lane(lane);
#if NET
        while (bytes.Length > 0)
        {
            int read = RandomAccess.Read(file, bytes, offset);
            if (read == 0) throw new EndOfStreamException($"The scratch file {LanePath(lane)} ends at byte {offset}.");
            bytes = bytes.Slice(read);
            offset += read;
        }
#else
        var copy = new byte[bytes.Length];
        lock (file)
        {
            file.Position = offset;
            for (int done = 0; done < copy.Length;)
            {
                int read = file.Read(copy, done, copy.Length - done);
                if (read == 0) throw new EndOfStreamException($"The scratch file {LanePath(lane)} ends at byte {offset + done}.");
                done += read;
            }
        }
        copy.CopyTo(bytes);
#endif
    }

    /// <summary>Closes and deletes every lane's file; never throws (what remains goes with the staging folder).</summary>
    public void Dispose()
    {
        lock (_sync)
        {
            for (int lane = 0; lane < _lanes.Length; lane++)
            {
                if (_lanes[lane] is not { } file) continue;
                file.Dispose();
                try
                {
                    File.Delete(LanePath(lane));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Left to the staging folder's removal.
                }
            }
        }
    }
}
