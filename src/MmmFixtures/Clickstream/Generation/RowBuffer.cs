using System;
using System.Collections;
using System.Collections.Generic;

namespace MmmFixtures.Clickstream.Generation;

/// <summary>
/// A growable, reusable array of rows for the simulator's hot loop. It stands in for <see cref="System.Collections.Generic.List{T}"/>
/// because a list of this library's structs is compiled at run time (its code lives in the framework), while this
/// type is compiled ahead of time with the library and its indexer is a plain array access. As a read-only list it is
/// the rows of a user simulated in place (valid until the thread's next user).
/// </summary>
internal sealed class RowBuffer<T> : IReadOnlyList<T>
{
    private T[] _rows = new T[16];

    public int Count { get; private set; }

    public ref T this[int index] => ref _rows[index];

    T IReadOnlyList<T>.this[int index] => (uint)index < (uint)Count ? _rows[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(in T row)
    {
        if (Count == _rows.Length) Array.Resize(ref _rows, 2 * _rows.Length);
        _rows[Count++] = row;
    }

    /// <summary>Forgets the rows and keeps the storage for the next ones.</summary>
    public void Clear() => Count = 0;

    /// <summary>The rows in place, without a copy: valid until the buffer is cleared or grows.</summary>
    public ReadOnlySpan<T> Span => new(_rows, 0, Count);

    /// <summary>The rows, in an array of their exact number.</summary>
    public T[] ToArray()
    {
        var rows = new T[Count];
        Array.Copy(_rows, rows, Count);
        return rows;
    }

    /// <summary>The rows in order (slower than indexing: for consumers of any list).</summary>
    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return _rows[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
