using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MmmFixtures.Tests.Fuzzing;

/// <summary>
/// Turns a valid spec's JSON into a hostile one, reproducibly from a seed: out-of-range and wrong-typed
/// values, enum tricks, impossible dates, huge and empty lists, duplicated names and keys, unknown and
/// enormous properties. Some mutants stay valid; the fuzz test accepts either outcome but checks each.
/// </summary>
internal sealed class SpecMutator
{
    private static readonly Func<Random, JsonNode?>[] Palette =
    {
        _ => 0, _ => -1, _ => 1, _ => 0.5, _ => 1e308, _ => -1e308, _ => 5e-324, _ => 2147483647, _ => 4294967296L,
        _ => 1e20, _ => -0.0, _ => "NaN", _ => "abc", _ => true, _ => null, _ => "Geometric,Delayed", _ => "+1", _ => "1",
        _ => "9999-12-25", _ => "0001-01-01", _ => "2024-02-30", _ => "Тв", _ => "", _ => new JsonObject(), _ => new JsonArray(),
        r => new string('x', r.Next(1_000, 200_000)), r => r.NextDouble() * 2 - 0.5, r => r.Next(-3, 100),
    };

    private readonly Random _random;

    public SpecMutator(int seed) => _random = new Random(seed);

    /// <summary>True when the last mutant holds a mutation no valid spec has (an unknown property, a duplicate key).</summary>
    public bool MustBeRefused { get; private set; }

    /// <summary>A mutant of <paramref name="json"/> with one to three mutations.</summary>
    public string Mutate(string json)
    {
        var root = JsonNode.Parse(json)!;
        string? duplicateKeyOf = null;
        int mutations = _random.Next(1, 4);
        for (int i = 0; i < mutations; i++)
        {
            var nodes = Walk(root).ToList();
            var leaves = nodes.Where(n => n is JsonValue).ToList();
            var arrays = nodes.OfType<JsonArray>().Where(a => a.Count > 0).ToList();
            var objects = nodes.OfType<JsonObject>().Where(o => o.Count > 0).ToList();
            switch (_random.Next(8))
            {
                case 0 or 1 when leaves.Count > 0:
                    Replace(Pick(leaves), Palette[_random.Next(Palette.Length)](_random));
                    break;
                case 2 when leaves.Count > 0:
                    var number = Pick(leaves);
                    double factor = Math.Pow(10, _random.Next(1, 13)) * (_random.Next(2) == 0 ? 1 : -1);
                    if (number is JsonValue v && v.TryGetValue(out double d) && double.IsFinite(d * factor)) // JSON has no infinity
                        Replace(number, d * factor);
                    break;
                case 3 when arrays.Count > 0:
                    var list = Pick(arrays);
                    int copies = _random.Next(2) == 0 ? 1 : _random.Next(50, 400);
                    for (int c = 0; c < copies; c++) list.Add(list[_random.Next(list.Count)]?.DeepClone());
                    break;
                case 4 when arrays.Count > 0:
                    Pick(arrays).Clear();
                    break;
                case 5 when objects.Count > 0:
                    Pick(objects)["unexpected" + _random.Next(10)] = 1;
                    break;
                case 6 when objects.Count > 0:
                    duplicateKeyOf = Pick(objects).First().Key; // written twice below
                    break;
                default:
                    if (objects.Count > 0 && Pick(objects) is { } o && o.FirstOrDefault(p => p.Value is JsonValue s && s.TryGetValue(out string? _)) is { Key: { } key })
                        o[key] = new string('n', 100_000);
                    break;
            }
        }
        // A later mutation may have removed the object that got the unknown property or the duplicated key.
        string text = Write(root, duplicateKeyOf, out bool duplicated);
        MustBeRefused = duplicated || Walk(root).OfType<JsonObject>().Any(o => o.Any(p => p.Key.StartsWith("unexpected", StringComparison.Ordinal)));
        return text;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static IEnumerable<JsonNode> Walk(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => Enumerable.Empty<JsonNode?>(),
        };
        foreach (var child in children.ToList())
            if (child is not null)
                foreach (var n in Walk(child)) yield return n;
    }

    private static void Replace(JsonNode node, JsonNode? value)
    {
        switch (node.Parent)
        {
            case JsonObject o:
                o[node.GetPropertyName()] = value;
                break;
            case JsonArray a:
                a[node.GetElementIndex()] = value;
                break;
        }
    }

    // JsonNode cannot hold a duplicate key, so the first object that has the chosen property writes it twice.
    private static string Write(JsonNode root, string? duplicateKey, out bool duplicated)
    {
        using var buffer = new MemoryStream();
        duplicated = false;
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, SkipValidation = true }))
            WriteNode(writer, root, duplicateKey, ref duplicated);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node, string? duplicateKey, ref bool duplicated)
    {
        switch (node)
        {
            case JsonObject o:
                writer.WriteStartObject();
                foreach (var (name, value) in o)
                {
                    writer.WritePropertyName(name);
                    WriteNode(writer, value, duplicateKey, ref duplicated);
                    if (!duplicated && name == duplicateKey)
                    {
                        duplicated = true;
                        writer.WritePropertyName(name);
                        WriteNode(writer, value, null, ref duplicated);
                    }
                }
                writer.WriteEndObject();
                break;
            case JsonArray a:
                writer.WriteStartArray();
                foreach (var item in a) WriteNode(writer, item, duplicateKey, ref duplicated);
                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    /// <summary>The mutation count for a run: <c>MMMF_FUZZ_CASES</c> or the CI default.</summary>
    public static int Cases(int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable("MMMF_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : ciDefault;
}
