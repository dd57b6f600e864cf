using MmmFixtures.Parquet;

namespace MmmFixtures.Tests.Parquet;

/// <summary>
/// Thrift's compact protocol as the Parquet metadata uses it: hand-encoded field headers (short deltas, long jumps,
/// booleans in the header, lists), and a reader that reads what the writer wrote and skips what it does not know.
/// </summary>
public sealed class ThriftCompactTests
{
    [Fact]
    public void Field_headers_hold_the_id_delta_and_type_or_the_full_id()
    {
        var buffer = new ByteBuffer();
        var thrift = new ThriftCompactWriter(buffer);
        thrift.BeginStruct();
        thrift.Int32(1, 1);        // delta 1, I32 (5): 0x15, zigzag 1 = 2
        thrift.Int64(20, -1);      // delta 19 > 15: type 6, then zigzag id 40, zigzag -1 = 1
        thrift.Bool(21, true);     // delta 1, BOOL_TRUE (1): 0x11
        thrift.BeginList(22, ThriftType.I32, 2); // delta 1, LIST (9): 0x19, then size 2 << 4 | I32
        thrift.Int32Element(3);    // zigzag 6
        thrift.Int32Element(-2);   // zigzag 3
        thrift.String(23, "ab");   // delta 1, BINARY (8): 0x18, length 2
        thrift.EndStruct();
        Assert.Equal(new byte[] { 0x15, 0x02, 0x06, 0x28, 0x01, 0x11, 0x19, 0x25, 0x06, 0x03, 0x18, 0x02, (byte)'a', (byte)'b', 0x00 }, buffer.Written.ToArray());
    }

    [Fact]
    public void The_reader_reads_known_fields_and_skips_nested_unknown_ones()
    {
        var buffer = new ByteBuffer();
        var thrift = new ThriftCompactWriter(buffer);
        thrift.BeginStruct();
        thrift.BeginStruct(2);     // unknown: a struct with a list of strings, a bool and a byte
        thrift.BeginList(1, ThriftType.Binary, 16);
        for (int i = 0; i < 16; i++) thrift.StringElement($"s{i}");
        thrift.Bool(2, false);
        thrift.Byte(3, -5);
        thrift.EndStruct();
        thrift.Int64(300, long.MinValue);
        thrift.Int16(301, short.MaxValue);
        thrift.EndStruct();

        var reader = new ThriftCompactReader(buffer.Written);
        reader.BeginStruct();
        var read = new List<(short, object)>();
        while (reader.NextField(out short id, out var type))
        {
            if (id == 300) read.Add((id, reader.Int64()));
            else if (id == 301) read.Add((id, reader.Int32()));
            else reader.Skip(type);
        }
        Assert.Equal(new (short, object)[] { (300, long.MinValue), (301, (int)short.MaxValue) }, read);
        Assert.Equal(buffer.Length, reader.Position);
    }

    [Fact]
    public void Data_that_ends_early_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
        {
            var reader = new ThriftCompactReader(new byte[] { 0x18, 0x05, (byte)'a' });
            reader.BeginStruct();
            reader.NextField(out _, out _);
            reader.Binary();
        });
        Assert.Contains("ends early", error.Message);
    }
}
