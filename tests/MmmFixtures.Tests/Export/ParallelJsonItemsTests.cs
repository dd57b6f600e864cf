using System.Text.Json;
using MmmFixtures.Export;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Export;

public sealed class ParallelJsonItemsTests
{
    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(8, 3)]
    public void Items_formatted_on_several_threads_are_the_bytes_of_one_writer(int workers, int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 40; trial++)
        {
            int depth = random.Next(0, 6), count = random.Next(0, 12);
            // Some items span several blocks, so the splice crosses block boundaries; each item's content is fixed before writing.
            var items = Enumerable.Range(0, count).Select(_ => random.Next(4) == 0 ? RandomValue(random, 1, 5_000) : RandomValue(random, random.Next(0, 4), 6)).ToArray();
            byte[] Write(int maxDegreeOfParallelism)
            {
                var stream = new MemoryStream();
                using (var w = new Utf8JsonWriter(stream, JsonFormat.WriterOptions))
                {
                    OpenNesting(w, depth);
                    w.WriteStartArray("items");
                    ParallelJsonItems.Write(w, stream, count, (item, i) => items[i](item), new BlockPool(), maxDegreeOfParallelism);
                    w.WriteEndArray();
                    w.WriteString("after", "end");
                    CloseNesting(w, depth);
                }
                return stream.ToArray();
            }
            byte[] single = Write(1);
            Assert.Equal(single, Write(workers));
            JsonDocument.Parse(single).Dispose();
        }
    }

    [Theory]
    [InlineData(MmmPreset.MediumBusiness)]
    [InlineData(MmmPreset.LargeBusiness)]
    [InlineData(MmmPreset.NeverSpends)]
    [InlineData(MmmPreset.Collinear)]
    public void Truth_json_written_on_several_threads_is_the_bytes_of_one_thread(MmmPreset preset)
    {
        var panel = MmmGenerator.Generate(MmmPresets.Get(preset, 5));
        var report = MmmPanelValidator.Validate(panel);
        var single = new MemoryStream();
        MmmTruthJson.Write(panel, single, report);
        var parallel = new MemoryStream();
        MmmTruthJson.Write(panel, parallel, report, new BlockPool(), 3);
        Assert.Equal(single.ToArray(), parallel.ToArray());
    }

    // The root object, then objects and arrays alternating down to the array's parent.
    private static void OpenNesting(Utf8JsonWriter w, int depth)
    {
        w.WriteStartObject();
        for (int d = 0; d < depth; d++)
        {
            if (d % 2 == 0) w.WriteStartObject("level" + d);
            else
            {
                w.WriteStartArray("level" + d);
                w.WriteNumberValue(d);
                w.WriteStartObject();
            }
        }
    }

    private static void CloseNesting(Utf8JsonWriter w, int depth)
    {
        for (int d = depth - 1; d >= 0; d--)
        {
            w.WriteEndObject();
            if (d % 2 == 1) w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static Action<Utf8JsonWriter> RandomValue(Random random, int depth, int width)
    {
        int kind = depth == 0 ? random.Next(3) : random.Next(5);
        int n = random.Next(width + 1);
        double number = random.NextDouble() * Math.Pow(10, random.Next(-8, 12));
        string text = random.Next(3) switch { 0 => "plain", 1 => "non-ASCII é € 🙂", _ => "quote \" backslash \\ line\nbreak" };
        switch (kind)
        {
            case 0: return w => w.WriteNumberValue(number);
            case 1: return w => w.WriteStringValue(text);
            case 2: return w => w.WriteNullValue();
            case 3:
            {
                var children = Enumerable.Range(0, n).Select(_ => RandomValue(random, depth - 1, width)).ToArray();
                return w =>
                {
                    w.WriteStartArray();
                    foreach (var child in children) child(w);
                    w.WriteEndArray();
                };
            }
            default:
            {
                var children = Enumerable.Range(0, n).Select(i => ("p" + i + text, RandomValue(random, depth - 1, width))).ToArray();
                return w =>
                {
                    w.WriteStartObject();
                    foreach (var (name, child) in children)
                    {
                        w.WritePropertyName(name);
                        child(w);
                    }
                    w.WriteEndObject();
                };
            }
        }
    }
}
