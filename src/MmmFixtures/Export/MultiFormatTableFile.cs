using System;
using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Export;

/// <summary>
/// One table written in several formats at once (<see cref="ExportFormat.Both"/>): each row the family writes goes to
/// a chunk of every format, so the family's rows are made once and each file gets exactly the same values.
/// </summary>
internal sealed class MultiFormatTableFile : TableFile
{
    private readonly TableFile[] _files;

    /// <summary>Writes <paramref name="schema"/>'s table into every one of <paramref name="files"/> (the manifest lists them in this order).</summary>
    public MultiFormatTableFile(TableSchema schema, IReadOnlyList<TableFile> files) : base(schema) => _files = files.ToArray();

    public override TableChunk NewChunk() => new Chunk(_files.Select(f => f.NewChunk()).ToArray());

    public override void HashAhead(TableContent content)
    {
        var parts = Parts(content);
        for (int i = 0; i < _files.Length; i++) _files[i].HashAhead(parts[i]);
    }

    public override void Append(TableContent content)
    {
        var parts = Parts(content);
        for (int i = 0; i < _files.Length; i++) _files[i].Append(parts[i]);
    }

    private static TableContent[] Parts(TableContent content) =>
        (content as Content ?? throw new ArgumentException("The content was not detached from a chunk of this table.", nameof(content))).Parts;

    public override IReadOnlyList<ExportedFile> Complete() => _files.SelectMany(f => f.Complete()).ToArray();

    public override void Dispose()
    {
        foreach (var file in _files) file.Dispose();
    }

    private sealed class Content : TableContent
    {
        public Content(TableContent[] parts) : base(parts[0].Rows) => Parts = parts;

        public TableContent[] Parts { get; }
    }

    private sealed class Chunk : TableChunk
    {
        private readonly TableChunk[] _chunks;

        public Chunk(TableChunk[] chunks) => _chunks = chunks;

        public override void String(string? value)
        {
            foreach (var chunk in _chunks) chunk.String(value);
        }

        public override void String(ReadOnlySpan<char> value)
        {
            foreach (var chunk in _chunks) chunk.String(value);
        }

        public override void Int64(long value)
        {
            foreach (var chunk in _chunks) chunk.Int64(value);
        }

        public override void Double(double value)
        {
            foreach (var chunk in _chunks) chunk.Double(value);
        }

        public override void Decimal(double value, int decimals)
        {
            foreach (var chunk in _chunks) chunk.Decimal(value, decimals);
        }

        public override void Date(DateTime date)
        {
            foreach (var chunk in _chunks) chunk.Date(date);
        }

        public override void Timestamp(long unixMs)
        {
            foreach (var chunk in _chunks) chunk.Timestamp(unixMs);
        }

        public override void Null()
        {
            foreach (var chunk in _chunks) chunk.Null();
        }

        protected override void EndRowCore()
        {
            foreach (var chunk in _chunks) chunk.EndRow();
        }

        public override TableContent Detach() => new Content(_chunks.Select(c => c.Detach()).ToArray());

        public override void Dispose()
        {
            foreach (var chunk in _chunks) chunk.Dispose();
        }
    }
}
