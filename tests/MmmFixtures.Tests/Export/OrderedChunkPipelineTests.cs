using System.Collections.Concurrent;
using MmmFixtures.Export;

namespace MmmFixtures.Tests.Export;

public sealed class OrderedChunkPipelineTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Chunks_are_consumed_in_order_whatever_the_workers_and_their_timing(int workers)
    {
        var consumed = new List<int>();
        var workerThreads = new ConcurrentDictionary<int, bool>();
        OrderedChunkPipeline.Run(500, workers,
            () => new Random(Environment.CurrentManagedThreadId),
            (random, chunk) =>
            {
                workerThreads[Environment.CurrentManagedThreadId] = true;
                Thread.SpinWait(random.Next(20_000)); // uneven chunks finish out of order
                return chunk * 3;
            },
            consumed.Add);
        Assert.Equal(Enumerable.Range(0, 500).Select(c => c * 3), consumed);
        Assert.InRange(workerThreads.Count, 1, workers);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void The_ordered_stage_runs_on_workers_in_chunk_order_one_at_a_time_before_each_chunk_is_consumed(int workers)
    {
        var passed = new List<int>();
        var consumed = new List<int>();
        int inStage = 0, overlaps = 0, consumedBeforePassing = 0;
        int caller = Environment.CurrentManagedThreadId;
        bool stageOnCaller = false;
        OrderedChunkPipeline.Run(300, workers,
            () => new Random(Environment.CurrentManagedThreadId),
            (random, chunk) =>
            {
                Thread.SpinWait(random.Next(20_000));
                return chunk;
            },
            chunk =>
            {
                lock (passed) if (!passed.Contains(chunk)) consumedBeforePassing++;
                consumed.Add(chunk);
            },
            chunk =>
            {
                if (Interlocked.Increment(ref inStage) > 1) Interlocked.Increment(ref overlaps);
                if (workers > 1 && Environment.CurrentManagedThreadId == caller) stageOnCaller = true;
                Thread.SpinWait(2_000);
                lock (passed) passed.Add(chunk);
                Interlocked.Decrement(ref inStage);
            });
        Assert.Equal(Enumerable.Range(0, 300), passed);
        Assert.Equal(Enumerable.Range(0, 300), consumed);
        Assert.Equal(0, overlaps);
        Assert.Equal(0, consumedBeforePassing);
        Assert.False(stageOnCaller, "the ordered stage ran on the consuming thread");
    }

    [Fact]
    public void An_ordered_stage_failure_reaches_the_caller_and_later_chunks_are_not_consumed()
    {
        var consumed = new List<int>();
        var ex = Assert.Throws<InvalidOperationException>(() => OrderedChunkPipeline.Run(100, 3, () => 0, (_, chunk) => chunk, consumed.Add,
            chunk => { if (chunk == 20) throw new InvalidOperationException("stage 20"); }));
        Assert.Equal("stage 20", ex.Message);
        Assert.Equal(Enumerable.Range(0, consumed.Count), consumed);
        Assert.True(consumed.Count <= 20);
    }

    [Fact]
    public void Chunks_in_flight_are_bounded()
    {
        int produced = 0, maxAhead = 0;
        OrderedChunkPipeline.Run(200, 4, () => 0, (_, chunk) =>
        {
            Interlocked.Increment(ref produced);
            return chunk;
        }, chunk =>
        {
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref produced) - chunk);
            Thread.SpinWait(5_000);
        });
        Assert.InRange(maxAhead, 1, 4 * 4 + 1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_producer_failure_reaches_the_caller_after_the_chunks_before_it(int workers)
    {
        var consumed = new List<int>();
        var ex = Assert.Throws<InvalidOperationException>(() => OrderedChunkPipeline.Run(100, workers, () => 0,
            (_, chunk) => chunk == 37 ? throw new InvalidOperationException("chunk 37") : chunk, consumed.Add));
        Assert.Equal("chunk 37", ex.Message);
        Assert.Equal(Enumerable.Range(0, consumed.Count), consumed);
        Assert.True(consumed.Count <= 37);
    }

    [Fact]
    public void A_consumer_failure_stops_the_workers_and_reaches_the_caller()
    {
        int produced = 0;
        var ex = Assert.Throws<IOException>(() => OrderedChunkPipeline.Run(10_000, 2, () => 0,
            (_, chunk) =>
            {
                Interlocked.Increment(ref produced);
                return chunk;
            },
            chunk => { if (chunk == 5) throw new IOException("disk full"); }));
        Assert.Equal("disk full", ex.Message);
        Assert.True(produced < 100, $"{produced} chunks were produced after the consumer failed");
    }
}
