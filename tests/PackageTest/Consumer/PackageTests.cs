using MmmFixtures;
using MmmFixtures.Mmm;

namespace PackageConsumer;

[MmmDataset(Periods = 30, Geos = 2)]
[Channel("Tv", BaseSpend = 1_000, Beta = 800)]
[Control("Price", BaseValue = 10, Effect = -20)]
public partial class TinyPanel;

[MmmDataset(Preset = MmmPreset.Basic)]
public partial class BasicPanel;

[ClickstreamDataset(Users = 100, Days = 7, Items = 40)]
[Persona("Casual", Share = 0.8)]
[Persona("Fan", Share = 0.2, PurchaseRate = 0.3)]
public partial class TinyClicks;

[CommerceDataset(Days = 14)]
[Tenant("Fashion", Category = CommerceCategory.Fashion, TemperatureElasticity = 0.15, PrecipitationElasticity = -0.08)]
[Tenant("Drinks", Category = CommerceCategory.Beverage, TemperatureElasticity = -0.2)]
public partial class TinyShops;

[CommerceDataset(Preset = MmmFixtures.Commerce.CommercePreset.Small, Days = 7)]
public partial class SmallShops;

public class PackageTests
{
    [Fact]
    public void The_packaged_generator_and_runtime_make_a_typed_fixture()
    {
        var panel = TinyPanel.Instance;
        Assert.Equal(60, panel.Rows.Count);
        Assert.True(panel.Rows[0].Tv > 0);
        Assert.Equal(5UL, TinyPanel.CreateSpec().Seed); // MmmFixturesDefaultSeed from the package's build props
        Assert.True(panel.Truth.Tv.Roas > 0);
        Assert.Equal(-20, panel.Truth.Price.Coefficient);
        Assert.Equal(52, BasicPanel.Instance.Rows.Count);
        Assert.NotNull(BasicPanel.Instance.Truth.Print.Roas);
        Assert.NotEmpty(TinyClicks.Instance.Events);
        Assert.True(Enum.IsDefined(TinyClicks.Instance.Truth.PersonaOf(1)));
        Assert.Equal(new[] { "Casual", "Fan" }, Enum.GetNames<TinyClicks.Persona>());
        Assert.Equal(new[] { "Fashion", "Drinks" }, Enum.GetNames<TinyShops.Tenant>());
        Assert.Equal(0.15, TinyShops.Instance.Truth.Fashion.TemperatureElasticity);
        Assert.Equal(-0.2, TinyShops.Instance.Truth[TinyShops.Tenant.Drinks].TemperatureElasticity);
        Assert.Equal(14, TinyShops.Instance.Rows(TinyShops.Tenant.Drinks).Count);
        Assert.Equal(7, SmallShops.Instance.Rows(SmallShops.Tenant.demo_tenant_1).Count);
    }
}
