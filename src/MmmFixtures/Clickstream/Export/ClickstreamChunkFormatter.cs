using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Export;
using MmmFixtures.Sharding;

namespace MmmFixtures.Clickstream;

/// <summary>
/// One export thread's state: a chunk of each user table to write rows into, and aggregate counts of the users it
/// formatted. It formats a chunk of users into one detached piece of content per table.
/// </summary>
internal sealed class ClickstreamChunkFormatter : IDisposable
{
    private readonly UserTable[] _tables;
    private readonly TableChunk[] _chunks;
    private readonly ShardRowIndex.Recorder? _index;

    /// <summary>A formatter of <paramref name="tables"/> into chunks of <paramref name="files"/>; a file after the tables' is a shard's row index, which counts their rows per user.</summary>
    public ClickstreamChunkFormatter(UserTable[] tables, IReadOnlyList<TableFile> files, int personas)
    {
        _tables = tables;
        _chunks = new TableChunk[files.Count];
        for (int t = 0; t < files.Count; t++) _chunks[t] = files[t].NewChunk();
        if (files.Count > tables.Length) _index = new ShardRowIndex.Recorder(_chunks[tables.Length], _chunks.Take(tables.Length).ToArray());
        Counter = new ClickstreamAggregateCounter(personas);
    }

    /// <summary>The aggregates of every user this formatter has seen.</summary>
    public ClickstreamAggregateCounter Counter { get; }

    /// <summary>Writes the rows of <paramref name="users"/> and detaches them, one content per table.</summary>
    public TableContent[] Format(IEnumerable<UserActivity> users)
    {
        foreach (var activity in users)
        {
            Counter.Add(activity);
            for (int t = 0; t < _tables.Length; t++) _tables[t].WriteRows(_chunks[t], activity);
            _index?.EndEntity(activity.User.UserId - 1);
        }
        return Array.ConvertAll(_chunks, chunk => chunk.Detach());
    }

    /// <summary>Releases the chunks' buffers.</summary>
    public void Dispose()
    {
        foreach (var chunk in _chunks) chunk.Dispose();
    }
}
