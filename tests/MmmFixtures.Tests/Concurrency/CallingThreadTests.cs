using MmmFixtures.Concurrency;
using MmmFixtures.Families;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Concurrency;

/// <summary>
/// Work run under <see cref="CallingThread"/> keeps to the calling thread: its parallel loops and alongside tasks run there,
/// failures surface as they would on the thread pool, and an export written so has the bytes of one written on many threads.
/// </summary>
public sealed class CallingThreadTests : TempFolder
{
    [Fact]
    public void Parallel_loops_and_alongside_tasks_run_on_the_calling_thread()
    {
        int caller = Environment.CurrentManagedThreadId;
        var threads = CallingThread.Run(() =>
        {
            var options = CallingThread.Options();
            Assert.Same(TaskScheduler.Current, options.TaskScheduler);
            Assert.Equal(1, options.TaskScheduler!.MaximumConcurrencyLevel);
            var seen = new int[64];
            Parallel.For(0, seen.Length, options, i => seen[i] = Environment.CurrentManagedThreadId);
            var alongside = CallingThread.StartAlongside(() => Environment.CurrentManagedThreadId);
            Assert.True(alongside.IsCompleted); // run when started, before the caller goes on
            return seen.Append(alongside.Result).Distinct().ToArray();
        });
        Assert.Equal(new[] { caller }, threads);
    }

    [Fact]
    public async Task Outside_it_loops_and_tasks_use_the_thread_pool()
    {
        Assert.Same(TaskScheduler.Default, CallingThread.Options(3).TaskScheduler);
        Assert.Equal(3, CallingThread.Options(3).MaxDegreeOfParallelism);
        Assert.True(await CallingThread.StartAlongside(() => Thread.CurrentThread.IsThreadPoolThread));
    }

    [Fact]
    public async Task Under_another_scheduler_loops_still_use_the_thread_pool()
    {
        // A custom scheduler's only thread may be the caller's, blocked in the loop: work is never queued to it.
        var exclusive = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;
        var scheduler = await Task.Factory.StartNew(() => CallingThread.Options().TaskScheduler, CancellationToken.None, TaskCreationOptions.None, exclusive);
        Assert.Same(TaskScheduler.Default, scheduler);
    }

    [Fact]
    public void Failures_surface_as_on_the_thread_pool()
    {
        var direct = Assert.Throws<InvalidOperationException>(() => CallingThread.Run<int>(() => throw new InvalidOperationException("work")));
        Assert.Equal("work", direct.Message);
        var loop = Assert.Throws<AggregateException>(() => CallingThread.Run(() =>
            Parallel.For(0, 4, CallingThread.Options(), i => { if (i == 2) throw new IOException("disk"); })));
        Assert.IsType<IOException>(Assert.Single(loop.InnerExceptions));
        var alongside = CallingThread.Run(() => CallingThread.StartAlongside<int>(() => throw new IOException("alongside")));
        Assert.Equal("alongside", Assert.Throws<IOException>(() => alongside.GetAwaiter().GetResult()).Message);
    }

    [Fact]
    public async Task Wait_quietly_waits_for_a_task_and_swallows_its_failure()
    {
        var started = new ManualResetEventSlim();
        var release = new ManualResetEventSlim();
        var task = Task.Run(() =>
        {
            started.Set();
            release.Wait();
            throw new IOException("late");
        });
        started.Wait();
        var waiter = Task.Run(() =>
        {
            CallingThread.WaitQuietly(task);
            return task.IsFaulted; // returned only once the task has finished, without its failure
        });
        release.Set();
        Assert.True(await waiter);
        CallingThread.WaitQuietly(null);
        CallingThread.WaitQuietly(task); // finished: returns at once
    }

    [Fact]
    public void An_mmm_export_on_the_calling_thread_has_the_bytes_of_one_on_many_threads()
    {
        var spec = MmmPresets.Get(MmmPreset.MultiRegion, 5);
        string parallel = Path.Combine(Folder, "parallel"), single = Path.Combine(Folder, "single");
        MmmFamily.Instance.Export(spec, parallel, new DatasetExportOptions { MaxDegreeOfParallelism = 4 });
        CallingThread.Run(() => MmmFamily.Instance.Export(spec, single, new DatasetExportOptions { MaxDegreeOfParallelism = 1 }));
        foreach (string file in Directory.GetFiles(parallel))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(single, Path.GetFileName(file))));
        Assert.Equal(Directory.GetFiles(parallel).Length, Directory.GetFiles(single).Length);
    }
}
