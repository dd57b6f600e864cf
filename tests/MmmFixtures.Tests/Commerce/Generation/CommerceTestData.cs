using MmmFixtures.Commerce;

namespace MmmFixtures.Tests.Commerce.Generation;

/// <summary>The Default dataset, generated once for the tests that read it, and an element-wise comparison of tenants.</summary>
internal static class CommerceTestData
{
    private static readonly Lazy<CommerceDataset> LazyDefault = new(() => CommerceGenerator.Generate(CommercePresets.Default));

    public static CommerceDataset Default => LazyDefault.Value;

    /// <summary>A short spec: two of the seed tenants over 60 days.</summary>
    public static CommerceSpec Short(int days = 60) => CommercePresets.Default with { Days = days, Tenants = CommercePresets.Default.Tenants.Take(2).ToArray() };

    /// <summary>Asserts two tenants' tables and truth are equal value by value (records hold lists, which compare by reference).</summary>
    public static void AssertEqual(TenantDataset expected, TenantDataset actual)
    {
        Assert.Equal(expected.Spec, actual.Spec);
        Assert.Equal(expected.Weather, actual.Weather);
        Assert.Equal(expected.Orders, actual.Orders);
        Assert.Equal(expected.MetaAds, actual.MetaAds);
        Assert.Equal(expected.GoogleAds, actual.GoogleAds);
        Assert.Equal(expected.Email, actual.Email);
        Assert.Equal(expected.Daily, actual.Daily);
        AssertEqual(expected.Truth, actual.Truth);
    }

    public static void AssertEqual(TenantTruth expected, TenantTruth actual)
    {
        Assert.Equal(expected.Days, actual.Days);
        Assert.Equal(expected.WeekdayEffects, actual.WeekdayEffects);
        Assert.Equal(expected.SeasonalCoefficients, actual.SeasonalCoefficients);
        Assert.Equal(expected.Weather.Anomalies, actual.Weather.Anomalies);
        Assert.Equal(expected.Weather with { Anomalies = [] }, actual.Weather with { Anomalies = [] });
        Assert.Equal(expected with { Days = [], WeekdayEffects = [], SeasonalCoefficients = [], Weather = null! },
            actual with { Days = [], WeekdayEffects = [], SeasonalCoefficients = [], Weather = null! });
    }
}
