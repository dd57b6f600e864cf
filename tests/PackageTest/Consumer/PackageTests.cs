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
    }
}
