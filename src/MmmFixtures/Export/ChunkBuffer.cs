using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using MmmFixtures.Memory;

namespace MmmFixtures.Export;

/// <summary>
/// A write-only stream that collects one chunk of a file's content in pooled blocks, so that parts of a file can
/// be formatted on several threads and written out in order: <see cref="Detach"/> hands over what was written
/// and starts again empty. The blocks go back to the pool when the chunk is written out. As an
/// <see cref="IBufferWriter{T}"/> it lends a block's free room to a formatter (a <see cref="System.Text.Json.Utf8JsonWriter"/>),
/// which then formats straight into the block instead of into a buffer of its own copied out.
/// </summary>
internal sealed class ChunkBuffer : Stream, IBufferWriter<byte>
{
    private readonly BlockPool _pool;
    private List<ArraySegment<byte>> _filled = new(); // the used part of each block before the current one
    private ArraySegment<byte> _current; // no block yet while its array is null
    private int _usedInCurrent;
    // Room asked for beyond a block: lent from here, then copied into blocks when advanced over.
    private byte[]? _oversized;
    private bool _lentOversized;

    public ChunkBuffer(BlockPool pool) => _pool = pool;

    /// <summary>Takes what was written since the last call.</summary>
    public ChunkBytes Detach()
    {
        CloseCurrent();
        var bytes = new ChunkBytes(_pool, _filled);
        _filled = new List<ArraySegment<byte>>();
        return bytes;
    }

    /// <summary>Drops what was written since the last <see cref="Detach"/>, its blocks back to the pool.</summary>
    public void Discard()
    {
        CloseCurrent();
        foreach (var block in _filled) _pool.Return(block);
        _filled.Clear();
    }

    public override void Write(byte[] buffer, int offset, int count) => Append(new ReadOnlySpan<byte>(buffer, offset, count));

#if NET
    public override void Write(ReadOnlySpan<byte> buffer) => Append(buffer);
#endif

    /// <summary>Free room of at least <paramref name="sizeHint"/> bytes (at least one) to write into, then <see cref="Advance"/>.</summary>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        if (sizeHint > BlockPool.BlockSize) return Oversized(sizeHint);
        _lentOversized = false;
        EnsureRoom(Math.Max(sizeHint, 1));
        return new Memory<byte>(_current.Array, _current.Offset + _usedInCurrent, BlockPool.BlockSize - _usedInCurrent);
    }

    /// <inheritdoc cref="GetMemory"/>
    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    /// <summary>Records that <paramref name="count"/> bytes were written into the room last lent.</summary>
    public void Advance(int count)
    {
        if (_lentOversized)
        {
            _lentOversized = false;
            Append(new ReadOnlySpan<byte>(_oversized, 0, count));
        }
        else _usedInCurrent += count;
    }

    private Memory<byte> Oversized(int sizeHint)
    {
        if (_oversized is null || _oversized.Length < sizeHint) _oversized = new byte[sizeHint];
        _lentOversized = true;
        return _oversized;
    }

    private void Append(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            EnsureRoom(1);
            int n = Math.Min(data.Length, BlockPool.BlockSize - _usedInCurrent);
            data.Slice(0, n).CopyTo(new Span<byte>(_current.Array, _current.Offset + _usedInCurrent, n));
            _usedInCurrent += n;
            data = data.Slice(n);
        }
    }

    // A block with room for size bytes: the current one, or a new one after it (the current one's rest left unused).
    private void EnsureRoom(int size)
    {
        if (_current.Array is not null && BlockPool.BlockSize - _usedInCurrent >= size) return;
        CloseCurrent();
        _current = _pool.Rent();
    }

    private void CloseCurrent()
    {
        if (_current.Array is null) return;
        if (_usedInCurrent > 0) _filled.Add(new ArraySegment<byte>(_current.Array, _current.Offset, _usedInCurrent));
        else _pool.Return(_current);
        _current = default;
        _usedInCurrent = 0;
    }

    public override void Flush()
    {
        // Nothing to do: the content stays here until it is detached.
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

/// <summary>A detached chunk of content: the used part of each of its blocks, in order.</summary>
internal sealed class ChunkBytes
{
    private readonly BlockPool _pool;
    private readonly List<ArraySegment<byte>> _blocks;
    private bool _hashedAhead;

    public ChunkBytes(BlockPool pool, List<ArraySegment<byte>> blocks)
    {
        _pool = pool;
        _blocks = blocks;
    }

    /// <summary>
    /// Hashes the content into <paramref name="file"/>'s SHA-256 ahead of <see cref="AppendTo"/>, on the thread that calls
    /// it (a formatting thread), so the thread that appends only writes. Chunks of a file must be hashed in file order.
    /// </summary>
    public void HashAhead(StagedFile file)
    {
        foreach (var block in _blocks) file.HashAhead(block.Array!, block.Offset, block.Count);
        _hashedAhead = true;
    }

    /// <summary>Appends the content to <paramref name="file"/> (hashing it unless <see cref="HashAhead"/> did) and returns the blocks to the pool; call once.</summary>
    public void AppendTo(StagedFile file)
    {
        foreach (var block in _blocks)
        {
            if (_hashedAhead) file.WriteHashed(block.Array!, block.Offset, block.Count);
            else file.Content.Write(block.Array!, block.Offset, block.Count);
            _pool.Return(block);
        }
        _blocks.Clear();
    }

    /// <summary>Writes the content after its first <paramref name="skip"/> bytes to <paramref name="stream"/> and returns the blocks to the pool; call once.</summary>
    public void WriteTo(Stream stream, int skip)
    {
        foreach (var block in _blocks)
        {
            int from = Math.Min(skip, block.Count);
            stream.Write(block.Array!, block.Offset + from, block.Count - from);
            skip -= from;
            _pool.Return(block);
        }
        _blocks.Clear();
    }

    /// <summary>The first byte of the content; it must not be empty.</summary>
    public byte First => _blocks[0].Array![_blocks[0].Offset];
}

/// <summary>
/// Blocks for <see cref="ChunkBuffer"/>s, shared by the tables and threads of one export and dropped with it: 64 KiB
/// stretches of huge pages (<see cref="HugePages"/>), carved one page at a time as more are needed. The chunks in flight
/// take a few MB, which as small pages is hundreds of first-touch page faults, and as huge pages one or two.
/// </summary>
internal sealed class BlockPool
{
    /// <summary>64 KiB: large enough that a block is one write to the file.</summary>
    public const int BlockSize = 1 << 16;

    private readonly ConcurrentBag<ArraySegment<byte>> _free = new();
    private readonly object _carving = new();
    // The page blocks are carved from, up to _end; _next is the next block's start.
    private byte[] _page = Array.Empty<byte>();
    private int _next, _end;

    /// <summary>A free block, or a new one; only the bytes written are read back, so it is not cleared.</summary>
    public ArraySegment<byte> Rent()
    {
        if (_free.TryTake(out var block)) return block;
        lock (_carving)
        {
            if (_next == _end)
            {
                (_page, _next) = HugePages.Array<byte>(HugePages.Size);
                _end = _next + HugePages.Size;
            }
            _next += BlockSize;
            return new ArraySegment<byte>(_page, _next - BlockSize, BlockSize);
        }
    }

    /// <summary>Gives a block back for another chunk, whatever part of it was used.</summary>
    public void Return(ArraySegment<byte> block) => _free.Add(new ArraySegment<byte>(block.Array!, block.Offset, BlockSize));
}
