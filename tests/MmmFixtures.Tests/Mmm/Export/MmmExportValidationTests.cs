using MmmFixtures.Families;
using MmmFixtures.Mmm;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Mmm.Export;

/// <summary>A library caller's export validates its spec before generating (only the CLI, which has just validated it, says it need not).</summary>
public sealed class MmmExportValidationTests : TempFolder
{
    [Fact]
    public void An_export_of_an_invalid_spec_throws_every_problem_and_writes_nothing()
    {
        var spec = MmmPresets.Get(MmmPreset.Basic, 3) with { Periods = 0, NoiseSd = -1 };
        string folder = Path.Combine(Folder, "out");
        var ex = Assert.Throws<SpecValidationException>(() => MmmFamily.Instance.Export(spec, folder, new DatasetExportOptions()));
        Assert.Equal(new[] { "periods", "noise.sd" }, ex.Errors.Select(e => e.Path).Where(p => p is "periods" or "noise.sd"));
        Assert.False(Directory.Exists(folder));
    }
}
