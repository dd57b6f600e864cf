using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace MmmFixtures.Concurrency;

/// <summary>
/// Runs work with every parallel loop given <see cref="Options"/> and every task started by <see cref="StartAlongside{T}"/>
/// executed on the calling thread, one after the other, so the thread pool is never started. For a tiny export thread start-up costs more than
/// the threads save: each new thread touches pages (stack, TLS, a malloc arena, its allocation context) and idle
/// workers spin. Every result is the same bits on any number of threads, so only the time changes.
/// </summary>
internal sealed class CallingThread : TaskScheduler
{
    private static readonly CallingThread Scheduler = new();

    private CallingThread()
    {
    }

    /// <summary>Runs <paramref name="work"/> on this thread, with what it starts on the current scheduler; its exception is rethrown as it is.</summary>
    public static T Run<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.None, Scheduler).GetAwaiter().GetResult();

    /// <summary>True under <see cref="Run{T}"/>: the work is meant to start no thread.</summary>
    public static bool IsCurrent => TaskScheduler.Current == Scheduler;

    /// <summary>
    /// Starts <paramref name="work"/> on a pool thread (as <see cref="Task.Run{TResult}(Func{TResult})"/> does) or, under
    /// <see cref="Run{T}"/>, runs it now on this thread.
    /// </summary>
    public static Task<T> StartAlongside<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, CurrentOrDefault);

    /// <summary>Waits until <paramref name="task"/> (if any) has finished, whatever its outcome: its failure is reported where its result is read.</summary>
    public static void WaitQuietly(Task? task)
    {
        if (task is null || task.IsCompleted) return; // a continuation, even of a finished task, would be queued to the thread pool
        task.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
    }

    /// <summary>
    /// A parallel loop's options: up to <paramref name="maxDegreeOfParallelism"/> threads (-1: one per processor) of the thread
    /// pool or, under <see cref="Run{T}"/>, this thread alone. (A <see cref="ParallelOptions"/> made otherwise names the thread
    /// pool's scheduler, whatever scheduler is current.)
    /// </summary>
    public static ParallelOptions Options(int maxDegreeOfParallelism = -1) =>
        new() { MaxDegreeOfParallelism = maxDegreeOfParallelism, TaskScheduler = CurrentOrDefault };

    // Never another custom scheduler: its one thread may be the caller's, blocked waiting for the work.
    private static TaskScheduler CurrentOrDefault => IsCurrent ? Scheduler : TaskScheduler.Default;

    /// <summary>One: a parallel loop on this scheduler runs a single replica, which takes every index.</summary>
    public override int MaximumConcurrencyLevel => 1;

    // A task is run when it is queued, so nothing waits for a thread that never comes.
    protected override void QueueTask(Task task) => TryExecuteTask(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => Array.Empty<Task>(); // none waits: each ran when queued
}
