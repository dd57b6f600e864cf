using System;
using System.Collections.Generic;
using CsvHelper;
using MmmFixtures.Export;

namespace MmmFixtures.Clickstream;

/// <summary>
/// One export thread's state: a CSV writer per user table over its own chunk buffer, and aggregate counts of
/// the users it formatted. It formats a chunk of users into one detached piece of content per table.
/// </summary>
internal sealed class ClickstreamChunkFormatter : IDisposable
{
    private readonly UserTable[] _tables;
    private readonly ChunkBuffer[] _buffers;
    private readonly CsvWriter[] _writers;

    public ClickstreamChunkFormatter(UserTable[] tables, BlockPool pool, int personas)
    {
        _tables = tables;
        _buffers = Array.ConvertAll(tables, _ => new ChunkBuffer(pool));
        _writers = Array.ConvertAll(_buffers, CsvFormat.CreateWriter);
        Counter = new ClickstreamAggregateCounter(personas);
    }

    /// <summary>The aggregates of every user this formatter has seen.</summary>
    public ClickstreamAggregateCounter Counter { get; }

    public FormattedChunk Format(IEnumerable<UserActivity> users)
    {
        var rows = new long[_tables.Length];
        foreach (var activity in users)
        {
            Counter.Add(activity);
            for (int t = 0; t < _tables.Length; t++) rows[t] += _tables[t].WriteRows(_writers[t], activity);
        }
        var content = new ChunkBytes[_tables.Length];
        for (int t = 0; t < _tables.Length; t++)
        {
            _writers[t].Flush();
            content[t] = _buffers[t].Detach();
        }
        return new FormattedChunk(content, rows);
    }

    /// <summary>Releases the writers (whose buffers are pooled).</summary>
    public void Dispose()
    {
        foreach (var writer in _writers) writer.Dispose();
    }
}

/// <summary>A chunk of users formatted: per user table, its content and row count.</summary>
/// <param name="Content">The content of each table.</param>
/// <param name="Rows">The rows of each table.</param>
internal sealed record FormattedChunk(ChunkBytes[] Content, long[] Rows);
