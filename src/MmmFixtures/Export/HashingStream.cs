using System;
using System.Buffers;
using System.IO;
using System.Security.Cryptography;

namespace MmmFixtures.Export;

/// <summary>
/// A write-only pass-through stream that hashes (SHA-256) and counts what goes through it, so files are hashed without
/// being read back. Bytes formatted on other threads may be hashed there ahead of writing (<see cref="HashAhead"/>, in
/// file order) and then written without hashing (<see cref="WriteHashed"/>), so the thread that writes the file only writes.
/// Until the platform's SHA-256 is loaded, the first <see cref="SmallFileBytes"/> bytes are only kept: a file that ends
/// there is hashed by <see cref="Sha256"/>, so a small export never loads OpenSSL; a larger one goes to the platform's
/// <see cref="IncrementalHash"/>, kept bytes first. Once loaded (about 7 times faster), every file after uses it.
/// </summary>
internal sealed class HashingStream : Stream
{
    /// <summary>The largest file hashed in managed code (~0.3 ms of it); beyond it the platform's hash is faster, even counting its loading.</summary>
    public const int SmallFileBytes = 1 << 16;

    private static volatile bool s_platformLoaded;

    private readonly Stream _inner;
    private byte[]? _kept;
    private int _keptLength;
    private IncrementalHash? _hash;
    private long _hashedAhead, _writtenHashed;

    public HashingStream(Stream inner)
        : this(inner, platformFromStart: s_platformLoaded)
    {
    }

    /// <summary>A stream hashing with the platform's SHA-256 from the first byte (<paramref name="platformFromStart"/>) or keeping small files for <see cref="Sha256"/>.</summary>
    internal HashingStream(Stream inner, bool platformFromStart)
    {
        _inner = inner;
        if (platformFromStart) _hash = PlatformHash();
        else _kept = ArrayPool<byte>.Shared.Rent(SmallFileBytes);
    }

    /// <summary>Loads the platform's SHA-256 (on Linux, OpenSSL), so that files started from now on use it from their first byte.</summary>
    public static void LoadPlatformHash() => PlatformHash().Dispose();

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
        Hash(buffer, offset, count);
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
        byte[] digest;
        if (_hash is null)
        {
            digest = new byte[Sha256.DigestBytes];
            Sha256.Hash(Kept().AsSpan(0, _keptLength), digest);
        }
        else
        {
            digest = _hash.GetHashAndReset();
        }
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
        Hash(buffer, offset, count);
        _inner.Write(buffer, offset, count);
        BytesWritten += count;
    }

#if NET
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Hash(buffer);
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
        if (disposing)
        {
            _hash?.Dispose();
            ReturnKept();
        }
        base.Dispose(disposing);
    }

    private void Hash(byte[] buffer, int offset, int count)
    {
        if (!Keep(buffer.AsSpan(offset, count))) _hash!.AppendData(buffer, offset, count);
    }

#if NET
    private void Hash(ReadOnlySpan<byte> bytes)
    {
        if (!Keep(bytes)) _hash!.AppendData(bytes);
    }
#endif

    // True if the bytes were kept for the managed hash; false once the platform's hash has taken everything kept so far.
    private bool Keep(ReadOnlySpan<byte> bytes)
    {
        if (_hash is not null) return false;
        if (_keptLength + bytes.Length <= SmallFileBytes)
        {
            bytes.CopyTo(Kept().AsSpan(_keptLength));
            _keptLength += bytes.Length;
            return true;
        }
        _hash = PlatformHash();
        _hash.AppendData(Kept(), 0, _keptLength);
        ReturnKept();
        return false;
    }

    private static IncrementalHash PlatformHash()
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        s_platformLoaded = true;
        return hash;
    }

    private byte[] Kept() => _kept ?? throw new ObjectDisposedException(nameof(HashingStream));

    private void ReturnKept()
    {
        if (_kept is null) return;
        ArrayPool<byte>.Shared.Return(_kept);
        _kept = null;
    }
}
