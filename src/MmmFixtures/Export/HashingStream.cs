using System;
using System.IO;
using System.Security.Cryptography;

namespace MmmFixtures.Export;

/// <summary>
/// A write-only pass-through stream that hashes (SHA-256) and counts what goes through it, so files are hashed without
/// being read back. Bytes formatted on other threads may be hashed there ahead of writing (<see cref="HashAhead"/>, in
/// file order) and then written without hashing (<see cref="WriteHashed"/>), so the thread that writes the file only writes.
/// </summary>
internal sealed class HashingStream : Stream
{
    private readonly Stream _inner;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _hashedAhead, _writtenHashed;

    public HashingStream(Stream inner) => _inner = inner;

    /// <summary>The SHA-256 of a whole file, as lower-case hex: the hash an export's manifest lists for it.</summary>
    public static string Sha256Of(string path)
    {
        using var input = File.OpenRead(path);
        using var hashing = new HashingStream(Stream.Null);
        input.CopyTo(hashing, 1 << 16);
        return hashing.FinishHash();
    }

    public long BytesWritten { get; private set; }

    /// <summary>
    /// Hashes bytes that <see cref="WriteHashed"/> writes later: the file's next bytes, after everything hashed or written
    /// before. Call from one thread at a time, in file order (SHA-256 is sequential); it never touches the file.
    /// </summary>
    public void HashAhead(byte[] buffer, int offset, int count)
    {
        _hash.AppendData(buffer, offset, count);
        _hashedAhead += count;
    }

    /// <summary>Writes bytes already hashed by <see cref="HashAhead"/>, without hashing them again.</summary>
    public void WriteHashed(byte[] buffer, int offset, int count)
    {
        _inner.Write(buffer, offset, count);
        BytesWritten += count;
        _writtenHashed += count;
    }

    /// <summary>The SHA-256 of everything written so far, as lower-case hex; call once, at the end.</summary>
    /// <exception cref="InvalidOperationException">Bytes hashed ahead were not all written, or more were written as hashed than were hashed.</exception>
    public string FinishHash()
    {
        if (_hashedAhead != _writtenHashed)
            throw new InvalidOperationException($"{_hashedAhead} bytes were hashed ahead but {_writtenHashed} written as hashed: the SHA-256 would not be the file's.");
        byte[] digest = _hash.GetHashAndReset();
        var chars = new char[digest.Length * 2];
        for (int i = 0; i < digest.Length; i++)
        {
            chars[2 * i] = "0123456789abcdef"[digest[i] >> 4];
            chars[2 * i + 1] = "0123456789abcdef"[digest[i] & 0xF];
        }
        return new string(chars);
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        _hash.AppendData(buffer, offset, count);
        _inner.Write(buffer, offset, count);
        BytesWritten += count;
    }

#if NET
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        _inner.Write(buffer);
        BytesWritten += buffer.Length;
    }
#endif

    public override void Flush() => _inner.Flush();
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => BytesWritten;
    public override long Position { get => BytesWritten; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _hash.Dispose();
        base.Dispose(disposing);
    }
}
