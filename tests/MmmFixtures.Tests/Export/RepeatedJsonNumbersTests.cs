using System.Text.Json;
using MmmFixtures.Export;

namespace MmmFixtures.Tests.Export;

public sealed class RepeatedJsonNumbersTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Arrays_copied_while_they_repeat_are_the_bytes_the_writer_formats(int seed)
    {
        var random = new Random(seed);
        foreach (bool indented in new[] { true, false })
        {
            var options = indented ? JsonFormat.WriterOptions : new JsonWriterOptions();
            // Arrays that repeat (as a channel's kernels do across geos), change, are empty, and are written at several depths.
            var arrays = Enumerable.Range(0, 4).Select(_ => Enumerable.Range(0, random.Next(0, 12))
                .Select(_ => random.Next(4) == 0 ? random.Next(-3, 4) : (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-12, 20))).ToArray()).ToArray();
            var writes = Enumerable.Range(0, 60).Select(_ => (Values: arrays[random.Next(arrays.Length)], Depth: random.Next(1, 5))).ToArray();
            byte[] Write(RepeatedJsonNumbers? repeated)
            {
                var stream = new MemoryStream();
                using (var w = new Utf8JsonWriter(stream, options))
                {
                    w.WriteStartArray();
                    foreach (var (values, depth) in writes)
                    {
                        for (int d = 1; d < depth; d++) w.WriteStartArray();
                        w.WriteStartObject();
                        w.WriteString("before", "x");
                        if (repeated is null)
                        {
                            w.WriteStartArray("weights");
                            foreach (double v in values) w.WriteNumberValue(v);
                            w.WriteEndArray();
                        }
                        else repeated.Write(w, "weights", values);
                        w.WriteNumber("after", depth);
                        w.WriteEndObject();
                        for (int d = 1; d < depth; d++) w.WriteEndArray();
                    }
                    w.WriteEndArray();
                }
                return stream.ToArray();
            }
            byte[] plain = Write(null);
            Assert.Equal(plain, Write(new RepeatedJsonNumbers()));
            JsonDocument.Parse(plain).Dispose();
        }
    }
}
