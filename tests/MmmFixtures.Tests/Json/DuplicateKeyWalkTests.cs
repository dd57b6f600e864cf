using System.Text;
using System.Text.Json;
using MmmFixtures.Json;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Json;

/// <summary>The repeated-key walk reports what the walk that made every path did: same paths, same order, over random documents.</summary>
public sealed class DuplicateKeyWalkTests
{
    [Fact]
    public void Random_documents_get_the_errors_of_the_walk_that_made_every_path()
    {
        var random = new System.Random(11); // test data only
        for (int i = 0; i < 500; i++)
        {
            string json = RandomValue(random, depth: 0);
            using var document = JsonDocument.Parse(json);
            var errors = new SpecErrorCollector();
            JsonSpecDocument.ReportDuplicateKeys(document.RootElement, errors);
            var expected = new List<string>();
            EveryPathWalk(document.RootElement, "", expected);
            Assert.Equal(expected, errors.Errors.Select(e => e.Path));
            Assert.All(errors.Errors, e => Assert.Equal("is given more than once in its object", e.Requirement));
        }
    }

    // Objects of a few keys (so they repeat), arrays of scalars and containers, nested a few deep.
    private static string RandomValue(System.Random random, int depth)
    {
        int kind = depth >= 4 ? random.Next(3) : random.Next(5);
        var text = new StringBuilder();
        switch (kind)
        {
            case 0: return random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case 1: return "\"s\"";
            case 2: return "true";
            case 3:
                text.Append('{');
                for (int k = random.Next(5); k > 0; k--)
                    text.Append('"').Append("abc"[random.Next(3)]).Append("\": ").Append(RandomValue(random, depth + 1)).Append(k > 1 ? ", " : "");
                return text.Append('}').ToString();
            default:
                text.Append('[');
                for (int k = random.Next(5); k > 0; k--) text.Append(RandomValue(random, depth + 1)).Append(k > 1 ? ", " : "");
                return text.Append(']').ToString();
        }
    }

    // The walk as it was: a path for every property and item.
    private static void EveryPathWalk(JsonElement element, string path, List<string> repeated)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    string child = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (!seen.Add(property.Name)) repeated.Add(child);
                    EveryPathWalk(property.Value, child, repeated);
                }
                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in element.EnumerateArray()) EveryPathWalk(item, $"{path}[{i++}]", repeated);
                break;
        }
    }
}
