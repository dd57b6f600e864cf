using System;
using System.Runtime.ExceptionServices;

namespace MmmFixtures.Concurrency;

/// <summary>
/// Work run on several threads reports its failures wrapped in an <see cref="AggregateException"/>; callers want the
/// failure itself (a full disk is an <see cref="System.IO.IOException"/>, a custom delegate's bad value an
/// <see cref="InvalidOperationException"/>, not an aggregate). Every generator and exporter unwraps through here.
/// </summary>
internal static class FirstFailure
{
    /// <summary>Runs <paramref name="work"/>; an aggregate it throws is rethrown as its first inner exception, with that exception's stack.</summary>
    public static void Unwrap(Action work) => Unwrap(() =>
    {
        work();
        return true;
    });

    /// <summary>Runs <paramref name="work"/> and returns its value; an aggregate it throws is rethrown as its first inner exception, with that exception's stack.</summary>
    public static T Unwrap<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.Flatten().InnerExceptions[0]).Throw();
            throw; // not reached
        }
    }
}
