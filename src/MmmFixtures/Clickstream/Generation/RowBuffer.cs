using System;

namespace MmmFixtures.Clickstream.Generation;

/// <summary>
/// A growable, reusable array of rows for the simulator's hot loop. It stands in for <see cref="System.Collections.Generic.List{T}"/>
/// because a list of this library's structs is compiled at run time (its code lives in the framework), while this
/// type is compiled ahead of time with the library and its indexer is a plain array access.
/// </summary>
internal sealed class RowBuffer<T>
{
    private T[] _rows = new T[16];

    public int Count { get; private set; }

    public ref T this[int index] => ref _rows[index];

    public void Add(in T row)
    {
        if (Count == _rows.Length) Array.Resize(ref _rows, 2 * _rows.Length);
        _rows[Count++] = row;
    }

    /// <summary>Forgets the rows and keeps the storage for the next ones.</summary>
    public void Clear() => Count = 0;

    /// <summary>The rows, in an array of their exact number.</summary>
    public T[] ToArray()
    {
        var rows = new T[Count];
        Array.Copy(_rows, rows, Count);
        return rows;
    }
}
