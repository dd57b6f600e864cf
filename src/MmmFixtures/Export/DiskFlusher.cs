using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using MmmFixtures.Concurrency;

namespace MmmFixtures.Export;

/// <summary>
/// Makes an export's files durable (<c>fsync</c>) as early as possible, on a thread of its own that mostly waits, so that
/// the export's commit finds most of them already on disk. On a virtual disk a flush costs about what writing its data
/// does (measured here: ~6 ms for 9 MB, however long ago the disk writes were started), so a table committed early is
/// flushed while the rest of the export is produced, and a large table is flushed now and then as it grows; the commit
/// then waits only for the last files. Files are given after their disk writes were started (see
/// <see cref="NativeFileSystem.TryStartWriteBack"/>). Under <see cref="CallingThread.Run{T}"/> (a tiny export, where a
/// thread costs more than it saves) nothing is flushed before <see cref="FlushAll"/>.
/// </summary>
internal sealed class DiskFlusher : IDisposable
{
    // Files flushed at once by FlushAll: threads that mostly wait (a partitioned dataset may have thousands of files).
    private const int FlushesAtOnce = 8;

    private readonly bool _inBackground;
    private readonly object _gate = new();
    // In the order given; a path given again while still waiting is flushed once (see FlushSoon).
    private readonly Queue<string> _waiting = new();
    private readonly HashSet<string> _waitingPaths = new(StringComparer.Ordinal);
    private Thread? _thread;
    private int _flushing;
    private bool _stopped;
    private ExceptionDispatchInfo? _failure;

    /// <summary>A flusher that flushes in the background unless this thread runs under <see cref="CallingThread.Run{T}"/>.</summary>
    public DiskFlusher() => _inBackground = !CallingThread.IsCurrent;

    /// <summary>True if files are flushed on a thread of their own as they are given; false if only by <see cref="FlushAll"/>.</summary>
    public bool InBackground => _inBackground;

    /// <summary>
    /// Flushes the file at <paramref name="path"/> to disk soon, in the background; <see cref="FlushAll"/> waits for it. A
    /// file still being written may be given (what it holds by then is flushed); it must be given again once complete.
    /// </summary>
    public void FlushSoon(string path)
    {
        lock (_gate)
        {
            if (_stopped) throw new ObjectDisposedException(nameof(DiskFlusher));
            if (!_waitingPaths.Add(path)) return;
            _waiting.Enqueue(path);
            if (!_inBackground) return;
            if (_thread is null)
            {
                _thread = new Thread(FlushInOrder) { IsBackground = true, Name = "MmmFixtures disk flush" };
                _thread.Start();
            }
            else Monitor.Pulse(_gate);
        }
    }

    /// <summary>
    /// Flushes every file given and not flushed yet (several at once), waits for the one being flushed, and rethrows the
    /// first failure of any flush since the flusher was made.
    /// </summary>
    /// <exception cref="System.IO.IOException">A file could not be flushed (e.g. it is gone, or the disk failed).</exception>
    public void FlushAll()
    {
        string[] rest;
        lock (_gate)
        {
            rest = _waiting.ToArray();
            _waiting.Clear();
            _waitingPaths.Clear();
        }
        // At once, the flushes share the file system's journal commits (one after another, each would find the others'
        // changes recorded since the last, e.g. their written extents).
        FirstFailure.Unwrap(() => Parallel.ForEach(rest, CallingThread.Options(FlushesAtOnce), NativeFileSystem.FlushFile));
        lock (_gate)
        {
            while (_flushing > 0) Monitor.Wait(_gate);
            _failure?.Throw();
        }
    }

    /// <summary>Stops the background thread once the flush in progress (if any) is done; files still waiting are left unflushed.</summary>
    public void Dispose()
    {
        Thread? thread;
        lock (_gate)
        {
            _stopped = true;
            thread = _thread;
            Monitor.PulseAll(_gate);
        }
        thread?.Join();
    }

    private void FlushInOrder()
    {
        while (true)
        {
            string path;
            lock (_gate)
            {
                while (_waiting.Count == 0 && !_stopped) Monitor.Wait(_gate);
                if (_stopped) return;
                path = _waiting.Dequeue();
                _waitingPaths.Remove(path);
                _flushing++;
            }
            try
            {
                NativeFileSystem.FlushFile(path);
            }
            catch (Exception ex)
            {
                lock (_gate) _failure ??= ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                lock (_gate)
                {
                    _flushing--;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}
