using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using MmmFixtures.Memory;

namespace MmmFixtures.Export;

/// <summary>
/// A write-only stream that collects one chunk of a file's content in pooled blocks, so that parts of a file can
/// be formatted on several threads and written out in order: <see cref="Detach"/> hands over what was written
/// and starts again empty. The blocks go back to the pool when the chunk is written out.
/// </summary>
internal sealed class ChunkBuffer : Stream
{
    private readonly BlockPool _pool;
    private List<ArraySegment<byte>> _blocks = new();
    private int _usedInLast = BlockPool.BlockSize; // "full" while there is no block yet

    public ChunkBuffer(BlockPool pool) => _pool = pool;

    /// <summary>Takes what was written since the last call.</summary>
    public ChunkBytes Detach()
    {
        var bytes = new ChunkBytes(_pool, _blocks, _blocks.Count == 0 ? 0 : _usedInLast);
        _blocks = new List<ArraySegment<byte>>();
        _usedInLast = BlockPool.BlockSize;
        return bytes;
    }

    public override void Write(byte[] buffer, int offset, int count) => Append(new ReadOnlySpan<byte>(buffer, offset, count));

#if NET
    public override void Write(ReadOnlySpan<byte> buffer) => Append(buffer);
#endif

    private void Append(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            if (_usedInLast == BlockPool.BlockSize)
            {
                _blocks.Add(_pool.Rent());
                _usedInLast = 0;
            }
            int n = Math.Min(data.Length, BlockPool.BlockSize - _usedInLast);
            var block = _blocks[_blocks.Count - 1];
            data.Slice(0, n).CopyTo(new Span<byte>(block.Array, block.Offset + _usedInLast, n));
            _usedInLast += n;
            data = data.Slice(n);
        }
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

/// <summary>A detached chunk of content: its blocks, the last one used up to a length.</summary>
internal sealed class ChunkBytes
{
    private readonly BlockPool _pool;
    private readonly List<ArraySegment<byte>> _blocks;
    private readonly int _usedInLast;
    private bool _hashedAhead;

    public ChunkBytes(BlockPool pool, List<ArraySegment<byte>> blocks, int usedInLast)
    {
        _pool = pool;
        _blocks = blocks;
        _usedInLast = usedInLast;
    }

    /// <summary>
    /// Hashes the content into <paramref name="file"/>'s SHA-256 ahead of <see cref="AppendTo"/>, on the thread that calls
    /// it (a formatting thread), so the thread that appends only writes. Chunks of a file must be hashed in file order.
    /// </summary>
    public void HashAhead(StagedFile file)
    {
        for (int i = 0; i < _blocks.Count; i++) file.HashAhead(_blocks[i].Array!, _blocks[i].Offset, Length(i));
        _hashedAhead = true;
    }

    /// <summary>Appends the content to <paramref name="file"/> (hashing it unless <see cref="HashAhead"/> did) and returns the blocks to the pool; call once.</summary>
    public void AppendTo(StagedFile file)
    {
        for (int i = 0; i < _blocks.Count; i++)
        {
            var block = _blocks[i];
            if (_hashedAhead) file.WriteHashed(block.Array!, block.Offset, Length(i));
            else file.Content.Write(block.Array!, block.Offset, Length(i));
            _pool.Return(_blocks[i]);
        }
        _blocks.Clear();
    }

    private int Length(int block) => block == _blocks.Count - 1 ? _usedInLast : BlockPool.BlockSize;
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

    /// <summary>Gives a block back for another chunk.</summary>
    public void Return(ArraySegment<byte> block) => _free.Add(block);
}
