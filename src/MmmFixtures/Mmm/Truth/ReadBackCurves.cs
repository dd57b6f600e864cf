using System;
using MmmFixtures.Media;

namespace MmmFixtures.Mmm;

/// <summary>
/// A channel's response curves that are not held but read back (from a streamed export's scratch file) whenever they are
/// used, so evaluating every channel of a large panel does not hold every channel's curves at once.
/// </summary>
internal abstract class ReadBackCurves
{
    /// <summary>The curve of each geo, the caller's own.</summary>
    public abstract MediaResponse[] Prepare();

    /// <summary>Reads the curves back into reused series, runs <paramref name="use"/> on them (they are valid during it only) and returns its result.</summary>
    public abstract T Use<T>(Func<MediaResponse[], T> use);

    /// <summary>
    /// Runs <paramref name="use"/> on the curves of each block of geos in turn, in geo order, each read back into a reused
    /// buffer of one block (valid during the call only): for work that goes through the geos in order, whose reads then
    /// land in cache and are used there.
    /// </summary>
    public abstract void ForEachBlock(Action<ArraySegment<MediaResponse>> use);
}
