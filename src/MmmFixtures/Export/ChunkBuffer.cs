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
    private List<byte[]> _blocks = new();
    private int _usedInLast = BlockPool.BlockSize; // "full" while there is no block yet

    public ChunkBuffer(BlockPool pool) => _pool = pool;

    /// <summary>Takes what was written since the last call.</summary>
    public ChunkBytes Detach()
    {
        var bytes = new ChunkBytes(_pool, _blocks, _blocks.Count == 0 ? 0 : _usedInLast);
        _blocks = new List<byte[]>();
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
            data.Slice(0, n).CopyTo(new Span<byte>(_blocks[_blocks.Count - 1], _usedInLast, n));
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
    private readonly List<byte[]> _blocks;
    private readonly int _usedInLast;
    private bool _hashedAhead;

    public ChunkBytes(BlockPool pool, List<byte[]> blocks, int usedInLast)
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
        for (int i = 0; i < _blocks.Count; i++) file.HashAhead(_blocks[i], 0, Length(i));
        _hashedAhead = true;
    }

    /// <summary>Appends the content to <paramref name="file"/> (hashing it unless <see cref="HashAhead"/> did) and returns the blocks to the pool; call once.</summary>
    public void AppendTo(StagedFile file)
    {
        for (int i = 0; i < _blocks.Count; i++)
        {
            if (_hashedAhead) file.WriteHashed(_blocks[i], 0, Length(i));
            else file.Content.Write(_blocks[i], 0, Length(i));
            _pool.Return(_blocks[i]);
        }
        _blocks.Clear();
    }

    private int Length(int block) => block == _blocks.Count - 1 ? _usedInLast : BlockPool.BlockSize;
}

/// <summary>Blocks for <see cref="ChunkBuffer"/>s, shared by the threads of one export and dropped with it.</summary>
internal sealed class BlockPool
{
    /// <summary>64 KiB: large enough that a block is one write to the file, small enough to stay out of the large-object heap.</summary>
    public const int BlockSize = 1 << 16;

    private readonly ConcurrentBag<byte[]> _free = new();

    // Unzeroed: only the bytes written are read back, and a small export then touches only those, not 64 KiB a block.
    public byte[] Rent() => _free.TryTake(out var block) ? block : UnzeroedArray.Of<byte>(BlockSize);

    public void Return(byte[] block) => _free.Add(block);
}
