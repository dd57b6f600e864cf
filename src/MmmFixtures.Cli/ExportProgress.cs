using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using MmmFixtures.Export;

namespace MmmFixtures.Cli;

/// <summary>
/// Progress of an export on standard error, for a person watching a long one: after a second, the elapsed time
/// once a second on one line, then "wrote N files, X in Y s". Off when disabled (<c>--quiet</c>, or standard error
/// is not a terminal), so scripts and logs see nothing.
/// </summary>
internal sealed class ExportProgress : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private readonly TextWriter _error;
    private readonly string _what;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private int _lineLength;
    private bool _finished;

    private ExportProgress(TextWriter error, string what, bool enabled)
    {
        _error = error;
        _what = what;
        if (enabled) _timer = new Timer(_ => Tick(), null, Quiet, Quiet);
    }

    /// <summary>Starts timing an export described by <paramref name="what"/> (e.g. <c>writing about 1.2 GiB</c>).</summary>
    public static ExportProgress Start(TextWriter error, string what, bool enabled) => new(error, what, enabled);

    /// <summary>Ends the progress line with the final figures if the export took a second or more.</summary>
    public void Finish(ExportResult result) => Finish(result, _watch.Elapsed);

    /// <summary>As <see cref="Finish(ExportResult)"/> with the elapsed time given.</summary>
    public void Finish(ExportResult result, TimeSpan elapsed)
    {
        lock (_gate)
        {
            _finished = true;
            _timer?.Dispose();
            if (_timer is null || elapsed < Quiet) return;
            string line = FinalLine(result.Files.Count, result.Files.Sum(f => f.Bytes), elapsed);
            _error.WriteLine("\r" + line.PadRight(_lineLength));
        }
    }

    /// <summary>The last line: files, size and time.</summary>
    public static string FinalLine(int files, long bytes, TimeSpan elapsed) =>
        $"wrote {files} files, {ByteSize.Format(bytes)} in {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";

    /// <summary>Stops the ticks; a progress line left open is ended.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            if (_lineLength > 0 && !_finished) _error.WriteLine();
            _finished = true;
        }
    }

    private void Tick()
    {
        lock (_gate)
        {
            if (_finished) return;
            string line = $"{_what}… {(int)_watch.Elapsed.TotalSeconds} s";
            _error.Write("\r" + line.PadRight(_lineLength));
            _error.Flush();
            _lineLength = line.Length;
        }
    }
}
