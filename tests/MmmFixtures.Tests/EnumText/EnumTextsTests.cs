using System.Reflection;
using MmmFixtures.EnumText;
using MmmFixtures.Export;

namespace MmmFixtures.Tests.EnumText;

/// <summary>Every hand-made list of an enum's names says what reflection says: the same members, in order, with the same text.</summary>
public sealed class EnumTextsTests
{
    public static TheoryData<string> Lists() => new(typeof(EnumTexts).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_list_has_every_member_in_order_with_its_ToString_text(string list)
    {
        object names = typeof(EnumTexts).GetField(list)!.GetValue(null)!;
        var type = names.GetType().GetGenericArguments()[0];
        var values = ((System.Collections.IEnumerable)names.GetType().GetProperty(nameof(EnumNames<ColumnRole>.Values))!.GetValue(names)!).Cast<object>().ToArray();
        Assert.Equal(Enum.GetValues(type).Cast<object>(), values);
        var indexer = names.GetType().GetProperty("Item")!;
        foreach (object value in values) Assert.Equal(value.ToString(), indexer.GetValue(names, new[] { value }));
        object undefined = Enum.ToObject(type, 1_000);
        Assert.Equal("1000", indexer.GetValue(names, new[] { undefined }));
    }
}
