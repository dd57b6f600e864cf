using System.Reflection;
using System.Text.Json;
using MmmFixtures.EnumText;
using MmmFixtures.Json;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Json;

/// <summary>A spec's enum is read by its hand-made list of names exactly as it was read by reflection: same value, same message.</summary>
public sealed class EnumParsingTests
{
    public static TheoryData<string> Lists() => new(typeof(EnumTexts).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_list_reads_every_text_as_reflection_reads_it(string list)
    {
        object names = typeof(EnumTexts).GetField(list)!.GetValue(null)!;
        var type = names.GetType().GetGenericArguments()[0];
        typeof(EnumParsingTests).GetMethod(nameof(ReadsAsReflection), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type).Invoke(null, new[] { names });
    }

    private static void ReadsAsReflection<T>(EnumNames<T> names) where T : struct, Enum
    {
        var random = new System.Random(7); // test data only
        var texts = new List<string> { "", " ", "1", "+1", "-0", "0x1", "true", "null", "Geometric,Delayed" };
        foreach (string name in Enum.GetNames(typeof(T)))
        {
            texts.AddRange(new[] { name, name.ToUpperInvariant(), name.ToLowerInvariant(), " " + name, name + " ", name + ",", name + "x", name.Substring(1) });
            texts.Add(new string(name.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray()));
        }
        var values = texts.Select(t => JsonSerializer.Serialize(t)).Concat(new[] { "1", "true", "[]", "{}", "-2.5" });
        T fallback = names.Values[names.Values.Count - 1];
        foreach (string json in values)
        {
            using var document = JsonDocument.Parse(json);
            var errors = new SpecErrorCollector();
            T read = JsonObjectReader.ParseEnum(document.RootElement, "p", names, fallback, errors);
            var (expected, requirement) = ByReflection(document.RootElement, fallback);
            Assert.Equal(expected, read);
            Assert.Equal(requirement, errors.Errors.SingleOrDefault()?.Requirement);
        }
    }

    // What the reader did before it had the lists: any name of Enum.GetNames, in any case, parsed by Enum.Parse.
    private static (T Value, string? Requirement) ByReflection<T>(JsonElement v, T fallback) where T : struct, Enum
    {
        string[] names = Enum.GetNames(typeof(T));
        if (v.ValueKind == JsonValueKind.String)
            foreach (string name in names)
                if (string.Equals(name, v.GetString(), StringComparison.OrdinalIgnoreCase))
                    return ((T)Enum.Parse(typeof(T), name), null);
        return (fallback, $"must be one of {string.Join(", ", names)}");
    }
}
