using MmmFixtures.Clickstream;

namespace MmmFixtures.Generators.Tests;

[ClickstreamDataset(Seed = 5, Users = 400, Days = 14, Items = 120, StartDate = "2024-03-04")]
[Persona("Window", Share = 0.6, SessionsPerWeek = 2, PurchaseRate = 0.02)]
[Persona("Loyal", Share = 0.4, SessionsPerWeek = 3, PurchaseRate = 0.2, ViewsPerSession = 2)]
[Category("books", PriceMedian = 20, PriceSigma = 0.5)]
[Category("games", Weight = 2, PriceMedian = 50)]
public partial class ShopClicks;

[ClickstreamDataset(Users = 200, Days = 7, Items = 50)]
public partial class DefaultClicks;

/// <summary>A generated clickstream fixture returns exactly the runtime API's data, with personas typed.</summary>
public class GeneratedClickstreamTests
{
    private static ClickstreamSpec ShopSpecByHand() => new()
    {
        Seed = 5, Users = 400, Days = 14, StartDate = new DateTime(2024, 3, 4),
        Catalog = new CatalogSpec
        {
            Items = 120,
            Categories = new[] { new CategorySpec("books") { PriceMedian = 20, PriceSigma = 0.5 }, new CategorySpec("games") { Weight = 2, PriceMedian = 50 } },
        },
        Personas = new[]
        {
            new PersonaSpec("Window") { Share = 0.6, SessionsPerWeek = 2, PurchaseRate = 0.02 },
            new PersonaSpec("Loyal") { Share = 0.4, SessionsPerWeek = 3, PurchaseRate = 0.2, ViewsPerSession = 2 },
        },
    };

    [Fact]
    public void Attribute_fixture_equals_the_runtime_api_and_types_its_personas()
    {
        var fixture = ShopClicks.Instance;
        var data = ClickstreamGenerator.Generate(ShopSpecByHand());
        Assert.Equal(ClickstreamSpecJson.Write(ShopSpecByHand()), ClickstreamSpecJson.Write(ShopClicks.CreateSpec()));
        Assert.Equal(data.Events, fixture.Events);
        Assert.Equal(new[] { ShopClicks.Persona.Window, ShopClicks.Persona.Loyal }, Enum.GetValues<ShopClicks.Persona>());
        for (int user = 1; user <= 400; user++)
            Assert.Equal(data.UserTruth[user - 1].Persona, fixture.Truth.PersonaOf(user).ToString());
        Assert.Equal("Loyal", fixture.Truth.FunnelOf(ShopClicks.Persona.Loyal).Persona);
        Assert.True(fixture.Truth.FunnelOf(ShopClicks.Persona.Loyal).SessionPurchaseRate > fixture.Truth.FunnelOf(ShopClicks.Persona.Window).SessionPurchaseRate);
    }

    [Fact]
    public void Without_persona_attributes_the_runtime_defaults_apply_and_the_enum_matches_them()
    {
        Assert.Equal(PersonaSpec.Defaults.Select(p => p.Name), Enum.GetNames<DefaultClicks.Persona>());
        Assert.Equal(ClickstreamModelBuilder.DefaultPersonas, PersonaSpec.Defaults.Select(p => p.Name));
        Assert.Equal(1234UL, DefaultClicks.CreateSpec().Seed); // MmmFixturesDefaultSeed
        Assert.Equal(ClickstreamGenerator.Generate(DefaultClicks.CreateSpec()).Events, DefaultClicks.Instance.Events);
    }
}
