using System;
using System.Buffers;
using System.IO;
using System.Text.Json;

namespace MmmFixtures.Export;

/// <summary>
/// Writes the items of a JSON array formatted on several threads: each item by a worker's own writer into pooled blocks,
/// then spliced in item order into the array's writer, with the bytes the array's writer would have written itself.
/// A worker's writer is nested as deep as the array's (empty arrays opened and never closed) before it writes the item,
/// so the item's indentation, its leading line break included, is the writer's own, and the item is cut from there.
/// </summary>
internal static class ParallelJsonItems
{
    /// <summary>
    /// Writes items 0..<paramref name="count"/>-1 with <paramref name="writeItem"/> into the array <paramref name="writer"/>
    /// has open (in <see cref="JsonFormat.WriterOptions"/>), up to <paramref name="maxDegreeOfParallelism"/> at once; on one
    /// thread, straight into <paramref name="writer"/>.
    /// </summary>
    /// <param name="writer">The writer, inside an array.</param>
    /// <param name="output">The stream <paramref name="writer"/> writes to: the items' bytes go there once it is flushed.</param>
    /// <param name="count">The number of items.</param>
    /// <param name="writeItem">Writes one complete value with the writer it is given; called on any thread.</param>
    /// <param name="blocks">Blocks for the formatted items.</param>
    /// <param name="maxDegreeOfParallelism">Worker threads, or -1 for one per processor.</param>
    public static void Write(Utf8JsonWriter writer, Stream output, int count, Action<Utf8JsonWriter, int> writeItem, BlockPool blocks,
        int maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism == 1 || count <= 1)
        {
            for (int i = 0; i < count; i++) writeItem(writer, i);
            return;
        }
        int depth = writer.CurrentDepth;
        OrderedChunkPipeline.Run(count, maxDegreeOfParallelism, () => new ItemWriter(blocks, depth), (item, i) => item.Format(writeItem, i),
            formatted => Splice(writer, output, formatted));
    }

    // The writer writes the separator the item needs and takes the item as written (a raw value: no indentation of its own)
    // from its first byte; the rest goes to the stream after it, so a large item is not copied into the writer's buffer.
    private static void Splice(Utf8JsonWriter writer, Stream output, ChunkBytes item)
    {
        writer.WriteRawValue(new[] { item.First }, skipInputValidation: true);
        writer.Flush();
        item.WriteTo(output, skip: 1);
    }

    private sealed class ItemWriter
    {
        private readonly ChunkBuffer _buffer;
        private readonly Utf8JsonWriter _writer;
        private readonly int _depth;

        public ItemWriter(BlockPool blocks, int depth)
        {
            _buffer = new ChunkBuffer(blocks);
            _writer = new Utf8JsonWriter((IBufferWriter<byte>)_buffer, JsonFormat.WriterOptions); // straight into the blocks
            _depth = depth;
        }

        public ChunkBytes Format(Action<Utf8JsonWriter, int> writeItem, int index)
        {
            _writer.Reset();
            for (int d = 0; d < _depth; d++) _writer.WriteStartArray();
            _writer.Flush();
            _buffer.Discard();
            writeItem(_writer, index);
            _writer.Flush();
            return _buffer.Detach();
        }
    }
}
