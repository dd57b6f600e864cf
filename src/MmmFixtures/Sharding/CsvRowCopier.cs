using System;
using System.IO;

namespace MmmFixtures.Sharding;

/// <summary>
/// Copies whole rows of a text table (the export's CSV dialect, or a layout's tab-separated one) from a file to a
/// stream without parsing fields: a row ends at a line feed outside double quotes (RFC 4180 quoting), so a quoted
/// value holding a line break stays in its row.
/// </summary>
internal sealed class CsvRowCopier : IDisposable
{
    private readonly Stream _input;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start, _end;
    private bool _quoted;

    /// <summary>Reads the table at <paramref name="path"/>.</summary>
    public CsvRowCopier(string path) =>
        _input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

    /// <summary>Copies the next <paramref name="rows"/> rows (the header is the first) to <paramref name="output"/>, or skips them when it is null.</summary>
    /// <exception cref="InvalidDataException">The file ends before that many rows.</exception>
    public void Copy(long rows, Stream? output)
    {
        for (long row = 0; row < rows; row++)
        {
            while (true)
            {
                if (_start == _end && !Fill())
                    throw new InvalidDataException($"The table ends {rows - row} rows early.");
                int end = EndOfRow();
                output?.Write(_buffer, _start, (end < 0 ? _end : end + 1) - _start);
                if (end < 0)
                {
                    _start = _end;
                    continue;
                }
                _start = end + 1;
                break;
            }
        }
    }

    /// <summary>Whether every row has been copied.</summary>
    public bool AtEnd => _start == _end && !Fill();

    /// <summary>Closes the file.</summary>
    public void Dispose() => _input.Dispose();

    // The line feed that ends the current row within the buffered bytes, or -1 when it lies further on.
    private int EndOfRow()
    {
        for (int i = _start; i < _end;)
        {
            var rest = _buffer.AsSpan(i, _end - i);
            int found = _quoted ? rest.IndexOf((byte)'"') : rest.IndexOfAny((byte)'"', (byte)'\n');
            if (found < 0) return -1;
            i += found;
            if (_buffer[i] == (byte)'\n') return i;
            _quoted = !_quoted;
            i++;
        }
        return -1;
    }

    private bool Fill()
    {
        _start = 0;
        _end = _input.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }
}
