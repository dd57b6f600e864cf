using MmmFixtures.Clickstream;

namespace MmmFixtures.Tests.Clickstream;

/// <summary>
/// The streamed export simulates each user into its thread's reusable buffers (<c>SimulateInPlace</c>) instead of
/// arrays of its own: the rows must be the ones <c>Simulate</c> returns, and the export the bytes of the in-memory one.
/// </summary>
public sealed class ClickstreamInPlaceTests : TempFolder
{
    // Every defect on, so late events (re-ordered on export), duplicates and bots go through the in-place path too.
    private static readonly ClickstreamSpec Defective = ClickstreamPresets.Get(ClickstreamPreset.Small, 11) with
    {
        Users = 1_500,
        Defects = new DefectSpec { DuplicateEventRate = 0.05, NullCategoryRate = 0.1, LateEventRate = 0.05, BotUserShare = 0.05 },
    };

    [Fact]
    public void A_user_simulated_in_place_has_the_values_of_one_simulated_into_arrays()
    {
        var simulator = ClickstreamGenerator.CreateSimulator(Defective);
        // Another simulator with fewer categories in between: the thread's buffers must not leak across specs.
        var other = ClickstreamGenerator.CreateSimulator(ClickstreamPresets.Get(ClickstreamPreset.Small, 2) with
        {
            Catalog = Defective.Catalog with { Categories = Defective.Catalog.Categories.Take(2).ToArray() },
        });
        foreach (int user in new[] { 7, 1, 1_500, 7, 333, 2 })
        {
            var expected = simulator.Simulate(user);
            var inPlace = simulator.SimulateInPlace(user);
            Assert.Equal(expected.User, inPlace.User);
            Assert.Equal(expected.Truth.CategoryAffinity, inPlace.Truth.CategoryAffinity);
            Assert.Equal(expected.Truth with { CategoryAffinity = inPlace.Truth.CategoryAffinity }, inPlace.Truth);
            Assert.Equal(expected.Sessions, inPlace.Sessions);
            Assert.Equal(expected.Events, inPlace.Events);
            Assert.Equal(2, other.SimulateInPlace(user).Truth.CategoryAffinity.Count);
        }
    }

    [Fact]
    public void Users_simulated_into_arrays_do_not_share_them_with_the_next_user()
    {
        var simulator = ClickstreamGenerator.CreateSimulator(Defective);
        var first = simulator.Simulate(3);
        var events = first.Events.ToArray();
        var affinity = first.Truth.CategoryAffinity.ToArray();
        simulator.SimulateInPlace(4);
        simulator.Simulate(5);
        Assert.Equal(events, first.Events);
        Assert.Equal(affinity, first.Truth.CategoryAffinity);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void The_streamed_export_writes_the_bytes_of_the_in_memory_export(int threads)
    {
        string memory = Path.Combine(Folder, "memory"), streamed = Path.Combine(Folder, "streamed");
        ClickstreamExporter.Export(ClickstreamGenerator.Generate(Defective), memory, maxDegreeOfParallelism: 1);
        ClickstreamExporter.Export(Defective, streamed, threads);
        var files = Directory.GetFiles(memory).Select(Path.GetFileName).ToArray();
        Assert.Contains("truth_defects.csv", files);
        Assert.True(new FileInfo(Path.Combine(memory, "truth_defects.csv")).Length > 1_000); // the defects really are there
        foreach (string? file in files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(memory, file!)), File.ReadAllBytes(Path.Combine(streamed, file!)));
    }
}
