using System;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace MmmFixtures.Export;

/// <summary>
/// Produces chunks 0..n-1 on worker threads (each worker with its own state) and consumes them on the calling
/// thread in chunk order, with a bounded number of chunks in flight, so memory does not grow with n and the
/// consumer sees the same sequence whatever the number of workers. An optional ordered stage runs on the workers
/// between the two, one chunk at a time in chunk order (work that is sequential, like a file's SHA-256, but need not
/// load the consumer): whichever worker finds the next chunk ready takes it through, so no worker waits for another.
/// </summary>
internal static class OrderedChunkPipeline
{
    private const int ChunksInFlightPerWorker = 4;

    /// <summary>Runs the pipeline; the first exception of a worker or of <paramref name="consume"/> is rethrown.</summary>
    /// <param name="chunkCount">The number of chunks.</param>
    /// <param name="maxDegreeOfParallelism">Worker threads, or -1 for one per processor; 1 runs everything on this thread.</param>
    /// <param name="createWorker">Creates one worker's state (on that worker's thread).</param>
    /// <param name="produce">Produces a chunk with a worker's state.</param>
    /// <param name="consume">Consumes a chunk, on the calling thread, in chunk order.</param>
    /// <param name="inOrder">Runs on a worker thread for each chunk, one at a time in chunk order, before the chunk is consumed; or null.</param>
    public static void Run<TWorker, TChunk>(int chunkCount, int maxDegreeOfParallelism, Func<TWorker> createWorker,
        Func<TWorker, int, TChunk> produce, Action<TChunk> consume, Action<TChunk>? inOrder = null)
    {
        int workers = Math.Min(chunkCount, maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism);
        if (workers <= 1)
        {
            var state = createWorker();
            for (int c = 0; c < chunkCount; c++)
            {
                var chunk = produce(state, c);
                inOrder?.Invoke(chunk);
                consume(chunk);
            }
            return;
        }
        new ParallelRun<TWorker, TChunk>(chunkCount, workers, createWorker, produce, inOrder).ConsumeInOrder(consume);
    }

    private sealed class ParallelRun<TWorker, TChunk>
    {
        private readonly int _chunkCount, _window;
        private readonly Func<TWorker> _createWorker;
        private readonly Func<TWorker, int, TChunk> _produce;
        private readonly Action<TChunk>? _inOrder;
        // A worker takes a permit before it takes a chunk and the consumer returns one per chunk consumed, so
        // chunk c is only taken once chunk c - window has been consumed and its slot (c mod window) is free.
        private readonly SemaphoreSlim _permits;
        private readonly TChunk?[] _slots;
        private readonly int[] _chunkInSlot;
        private readonly object _sync = new();
        private readonly Task[] _workers;
        private int _lastTaken = -1;
        // Chunks before _passed went through the ordered stage; a worker holding _passing takes the next ones through.
        private int _passed;
        private bool _passing;
        private volatile bool _stopping;
        private ExceptionDispatchInfo? _failure;

        public ParallelRun(int chunkCount, int workers, Func<TWorker> createWorker, Func<TWorker, int, TChunk> produce, Action<TChunk>? inOrder)
        {
            _inOrder = inOrder;
            _chunkCount = chunkCount;
            _window = workers * ChunksInFlightPerWorker;
            _createWorker = createWorker;
            _produce = produce;
            _permits = new SemaphoreSlim(_window);
            _slots = new TChunk?[_window];
            _chunkInSlot = Enumerable.Repeat(-1, _window).ToArray();
            _workers = Enumerable.Range(0, workers).Select(_ => Task.Factory.StartNew(Work, CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        }

        public void ConsumeInOrder(Action<TChunk> consume)
        {
            try
            {
                for (int c = 0; c < _chunkCount; c++)
                {
                    TChunk chunk;
                    lock (_sync)
                    {
                        while (!Ready(c) && _failure is null) Monitor.Wait(_sync);
                        _failure?.Throw();
                        chunk = _slots[c % _window]!;
                        _slots[c % _window] = default;
                    }
                    consume(chunk);
                    _permits.Release();
                }
            }
            finally
            {
                _stopping = true;
                _permits.Release(_workers.Length); // wake any worker waiting for a permit, so it sees the stop
                Task.WaitAll(_workers);
                _permits.Dispose();
            }
        }

        // Whether chunk c may be consumed: produced, and through the ordered stage if there is one.
        private bool Ready(int c) => _chunkInSlot[c % _window] == c && (_inOrder is null || _passed > c);

        // Takes the produced chunks through the ordered stage, from the next one on, unless another worker is doing so;
        // a chunk produced while this one works is taken through by this one, since its producer found the stage busy.
        private void PassInOrder()
        {
            while (true)
            {
                TChunk chunk;
                lock (_sync)
                {
                    int next = _passed;
                    if (_passing || next >= _chunkCount || _chunkInSlot[next % _window] != next) return;
                    _passing = true;
                    chunk = _slots[next % _window]!;
                }
                _inOrder!(chunk);
                lock (_sync)
                {
                    _passed++;
                    _passing = false;
                    Monitor.PulseAll(_sync);
                }
            }
        }

        private void Work()
        {
            try
            {
                var state = _createWorker();
                while (true)
                {
                    _permits.Wait();
                    if (_stopping) return;
                    int c = Interlocked.Increment(ref _lastTaken);
                    if (c >= _chunkCount) return;
                    var chunk = _produce(state, c);
                    lock (_sync)
                    {
                        _slots[c % _window] = chunk;
                        _chunkInSlot[c % _window] = c;
                        Monitor.PulseAll(_sync);
                    }
                    if (_inOrder is not null) PassInOrder();
                }
            }
            catch (Exception ex)
            {
                lock (_sync)
                {
                    _failure ??= ExceptionDispatchInfo.Capture(ex);
                    _stopping = true;
                    Monitor.PulseAll(_sync);
                }
            }
        }
    }
}
