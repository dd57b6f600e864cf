using System.Runtime.CompilerServices;
using CsCheck;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Media;
using MmmFixtures.Mmm;
using MmmFixtures.Series;

namespace MmmFixtures.Tests.Mmm.Export;

/// <summary>
/// The family export without a report is streamed (<see cref="MmmStreamedExport"/>): generated geo block by geo
/// block into a scratch file, its tables and sums read back in tiles of rows. It writes exactly the bytes of the held
/// panel's export, leaves no scratch file behind, and reads back exactly the values generated.
/// </summary>
public sealed class MmmStreamedExportTests : TempFolder
{
    public static TheoryData<MmmPreset, int> PresetsAndThreads()
    {
        var data = new TheoryData<MmmPreset, int>();
        foreach (var preset in Enum.GetValues<MmmPreset>())
            data.Add(preset, (int)preset % 2 == 0 ? 1 : 3);
        return data;
    }

    [Theory]
    [MemberData(nameof(PresetsAndThreads))]
    public void Every_preset_streams_the_bytes_of_the_held_panel_export_in_both_formats_with_every_layout(MmmPreset preset, int threads)
    {
        var spec = MmmPresets.Get(preset, 17);
        AssertSameExport(spec, new DatasetExportOptions { Format = ExportFormat.Both, MaxDegreeOfParallelism = threads, Layouts = LayoutsOf(spec) });
    }

    // Every layout the spec can feed (Meridian's geo model needs populations).
    private static string[] LayoutsOf(MmmSpec spec) =>
        MmmLayouts.All.Select(l => l.Name).Where(name => name != MeridianLayout.Name || MeridianLayout.Problem(spec) is null).ToArray();

    // Geos that are not a multiple of the block size and panels of several tiles, so tiles and chunks start and end inside
    // periods and inside blocks.
    private static readonly Gen<MmmSpec> GenWideSpec =
        Gen.Select(MmmPropertyTests.GenSpec, Gen.Int[41, 61], Gen.Int[101, 140])
            .Select(x => x.Item1 with { Geos = MmmSpec.GeoNames(x.Item2), Periods = x.Item3 });

    // Their curves held (as such small panels' are) or spilled to the scratch file and read back (as large panels' are).
    [Fact]
    public void Random_valid_specs_of_many_tiles_stream_the_same_bytes_on_one_to_three_threads_with_curves_held_or_spilled_and_layouts()
    {
        int run = 0;
        GenWideSpec.Sample(spec =>
        {
            int threads = 1 + run % 3;
            long heldCurveCells = run % 2 == 0 ? 0 : SpilledRows.HeldCurveCells;
            var folder = Path.Combine(Folder, $"random-{run++}");
            Assert.True(spec.Periods * spec.Geos.Count > MmmRowSource.TileRows, "the panel should span several tiles");
            Assert.True((long)spec.Periods * spec.Geos.Count * spec.Channels.Count <= SpilledRows.HeldCurveCells, "the panel's curves should be held by default");
            // Layouts on every other spec: their per-geo files read geo blocks back, their row-order tables tiles.
            var layouts = run % 3 == 0 ? Array.Empty<string>() : LayoutsOf(spec);
            AssertSameExport(spec, new DatasetExportOptions { MaxDegreeOfParallelism = threads, Format = run % 4 == 0 ? ExportFormat.Parquet : ExportFormat.Csv, Layouts = layouts },
                folder, heldCurveCells);
        }, iter: 8, threads: 1);
    }

    [Fact]
    public void A_tile_read_back_from_the_scratch_file_holds_the_generated_values_for_any_rows()
    {
        var spec = MmmPresets.Get(MmmPreset.MultiRegion, 9) with { Geos = MmmSpec.GeoNames(37), Periods = 150 };
        var held = MmmGenerator.Generate(spec).Rows;
        var generation = MmmGenerator.Prepare(spec, -1);
        using var scratch = ScratchFile.Create(Folder, ".rows");
        var spilled = new SpilledRows(generation, scratch);
        generation.Execute(-1, spilled);
        var reader = spilled.OpenReader();
        var heldReader = held.OpenReader();

        Gen.Int[0, held.RowCount - 1].Select(Gen.Int[1, MmmRowSource.TileRows]).Sample((from, length) =>
        {
            int to = Math.Min(held.RowCount, from + length);
            var tile = reader.Rows(from, to);
            for (int col = 0; col < held.Layout.Count; col++)
                Assert.True(tile.Column(col).SequenceEqual(held.Column(col).AsSpan(from, to - from)), $"column {col} of rows {from}..{to}");
        }, iter: 60, threads: 1);
        foreach (int g in new[] { 0, 7, 8, 36 })
        {
            var geo = reader.Geo(g);
            var expected = heldReader.Geo(g);
            for (int col = 0; col < held.Layout.Count; col++)
                for (int t = 0; t < spec.Periods; t++) Assert.Equal(expected.At(col, t), geo.At(col, t));
        }
    }

    [Fact]
    public void A_tile_buffer_puts_a_run_of_values_on_consecutive_rows_of_a_column_within_its_capacity()
    {
        var layout = new MmmRowLayout(MmmPresets.Get(MmmPreset.Basic, 1));
        var tile = MmmRowTile.Buffer(layout, 10);
        tile.Cover(100, 110);
        tile.Put(2, 103, new[] { 1.5, -0.0, double.MaxValue });
        Assert.Equal(new[] { 1.5, -0.0, double.MaxValue }, tile.Column(2).Slice(3, 3).ToArray());
        Assert.True(double.IsNegative(tile.At(2, 104)), "the bits are copied, −0 included");
        Assert.ThrowsAny<ArgumentException>(() => tile.Put(2, 108, new[] { 1.0, 2.0, 3.0 }));
    }

    // A buffer's columns share one array (on huge pages when large): each keeps its own rows, and no run spills into the next.
    [Theory]
    [InlineData(4)]
    [InlineData(1 << 16)]
    public void A_tile_buffer_keeps_each_column_apart(int rows)
    {
        var layout = new MmmRowLayout(MmmPresets.Get(MmmPreset.Basic, 1));
        var tile = MmmRowTile.Buffer(layout, rows);
        tile.Cover(20, 20 + rows);
        for (int col = 0; col < layout.Count; col++)
        {
            tile.Put(col, 20, new[] { col, col + 0.25 });
            tile.Put(col, 20 + rows - 2, new[] { col + 0.5, col + 0.75 });
        }
        for (int col = 0; col < layout.Count; col++)
        {
            Assert.Equal(new[] { col, col + 0.25 }, tile.Column(col).Slice(0, 2).ToArray());
            Assert.Equal(new[] { col + 0.5, col + 0.75 }, tile.Column(col).Slice(rows - 2).ToArray());
        }
        Assert.ThrowsAny<ArgumentException>(() => tile.Put(0, 19, new[] { 1.0 }));
        Assert.ThrowsAny<ArgumentException>(() => tile.Put(0, 20 + rows - 1, new[] { 1.0, 2.0 }));
    }

    // Blocks spilled to three lanes (as three generation threads would), rows and curves: each is read back from its own lane.
    [Fact]
    public void Rows_and_curves_spilled_to_several_lanes_read_back_the_generated_values()
    {
        var spec = MmmPresets.Get(MmmPreset.MultiRegion, 9) with { Geos = MmmSpec.GeoNames(37), Periods = 150 };
        var held = MmmGenerator.Generate(spec).Rows;
        var reference = MmmGenerator.Prepare(spec, 1);
        using var referenceScratch = ScratchFile.Create(Folder, ".one-lane");
        var oneLane = new SpilledRows(reference, referenceScratch, heldCurveCells: 0);
        reference.Execute(1, oneLane);
        var generation = MmmGenerator.Prepare(spec, 1);
        using var scratch = ScratchFile.Create(Folder, ".lanes");
        var spilled = new SpilledRows(generation, scratch, heldCurveCells: 0);
        generation.Execute(1, new ThreeLanes(spilled, generation));
        Assert.Equal(3, Directory.GetFiles(Folder, ".lanes*").Length);

        var reader = spilled.OpenReader();
        for (int from = 0; from < held.RowCount; from += MmmRowSource.TileRows)
        {
            int to = Math.Min(held.RowCount, from + MmmRowSource.TileRows);
            var tile = reader.Rows(from, to);
            for (int col = 0; col < held.Layout.Count; col++)
                Assert.True(tile.Column(col).SequenceEqual(held.Column(col).AsSpan(from, to - from)), $"column {col} of rows {from}..{to}");
        }
        for (int g = 0; g < spec.Geos.Count; g++)
        {
            var geo = reader.Geo(g);
            for (int col = 0; col < held.Layout.Count; col++)
                for (int t = 0; t < spec.Periods; t++) Assert.Equal(held.Column(col)[t * spec.Geos.Count + g], geo.At(col, t));
        }
        for (int c = 0; c < spec.Channels.Count; c++)
        {
            var expected = oneLane.Curves(c, reference.Transforms(c)).Prepare();
            var curves = spilled.Curves(c, generation.Transforms(c)).Prepare();
            for (int g = 0; g < curves.Length; g++) Assert.True(curves[g].Kept.SequenceEqual(expected[g].Kept), $"channel {c}, geo {g}");
        }
    }

    // Hands block b to the sink as lane b mod 3's (a copy of its values in a buffer of that lane).
    private sealed class ThreeLanes(IGeoBlockSink sink, MmmGeneration generation) : IGeoBlockSink
    {
        private readonly GeoBlock[] _lanes = Enumerable.Range(0, 3).Select(lane => new GeoBlock(generation.Periods, generation.Layout.Count, lane)).ToArray();

        private GeoBlock Relabel(GeoBlock block)
        {
            var lane = _lanes[block.Index % 3];
            lane.Start(block.Index, generation.Geos);
            return lane;
        }

        public void Curves(GeoBlock block, int channel, MediaResponse[] curves) => sink.Curves(Relabel(block), channel, curves);

        public void Rows(GeoBlock block)
        {
            var lane = Relabel(block);
            block.Values.AsSpan(0, block.Length).CopyTo(lane.Values);
            sink.Rows(lane);
        }

        public void Retire(GeoBlock block) => sink.Retire(block);
    }

    // Prepared as generation hands over each block's signals, held or spilled and read back (all at once or a block at a time):
    // the curves prepared from the held panel's signal columns, value for value.
    [Fact]
    public void Curves_prepared_during_generation_equal_curves_prepared_from_the_held_signals_whether_held_or_spilled()
    {
        int run = 0;
        GenWideSpec.Sample(spec =>
        {
            var held = MmmGenerator.Generate(spec).Rows;
            var generation = MmmGenerator.Prepare(spec, 1 + run % 3);
            using var scratch = ScratchFile.Create(Folder, $".curves-{run}");
            var streamed = new SpilledRows(generation, scratch, heldCurveCells: run++ % 2 == 0 ? 0 : SpilledRows.HeldCurveCells);
            generation.Execute(-1, streamed);
            var layout = generation.Layout;
            double[] multipliers = { 0, 0.5, 1, 1.01, 2.5 };
            for (int c = 0; c < spec.Channels.Count; c++)
            {
                var transforms = generation.Transforms(c);
                var column = held.Column(spec.Channels[c].TransformOn == TransformInput.Exposure ? layout.Exposure(c) : layout.Spend(c));
                var expected = MmmGenerator.PrepareCurves(transforms, spec.Periods, 1, (g, signal) =>
                {
                    for (int t = 0; t < signal.Length; t++) signal[t] = column[t * spec.Geos.Count + g];
                });
                streamed.Curves(c, transforms).Use(curves =>
                {
                    for (int g = 0; g < curves.Length; g++)
                    {
                        Assert.True(curves[g].Kept.SequenceEqual(expected[g].Kept), $"channel {c}, geo {g}: kept series");
                        foreach (double k in multipliers) Assert.Equal(expected[g].Total(k), curves[g].Total(k));
                    }
                    return 0;
                });
                // A block at a time (41 to 61 geos: several blocks, the last one short), in geo order.
                int next = 0;
                streamed.Curves(c, transforms).ForEachBlock(block =>
                {
                    for (int j = block.Offset; j < block.Offset + block.Count; j++, next++)
                    {
                        Assert.True(block.Array![j].Kept.SequenceEqual(expected[next].Kept), $"channel {c}, geo {next}: kept series, a block at a time");
                        foreach (double k in multipliers) Assert.Equal(expected[next].TotalWithDerivatives(k), block.Array[j].TotalWithDerivatives(k));
                    }
                });
                Assert.Equal(spec.Geos.Count, next);
            }
        }, iter: 6, threads: 1);
    }

    [Fact]
    public void What_a_streamed_export_holds_is_bounded_independently_of_the_geos()
    {
        // A reader's tile holds at most TileRows rows however many geos there are; a generation block, eight geos.
        foreach (int geos in new[] { 10, 1_000 })
        {
            var spec = MmmPresets.Get(MmmPreset.Basic, 1) with { Geos = MmmSpec.GeoNames(geos), Periods = 20 };
            var generation = MmmGenerator.Prepare(spec, -1);
            using var scratch = ScratchFile.Create(Folder, $".rows-{geos}");
            var spilled = new SpilledRows(generation, scratch);
            generation.Execute(-1, spilled);
            var reader = spilled.OpenReader();
            Assert.Equal(Math.Min(MmmRowSource.TileRows, 20 * geos), reader.Rows(0, 1).Capacity);
            Assert.Throws<ArgumentOutOfRangeException>(() => reader.Rows(0, MmmRowSource.TileRows + 1));
            Assert.Equal(20 * generation.Layout.Count * GeoBlock.Size, new GeoBlock(20, generation.Layout.Count, lane: 0).Values.Count);
        }
    }

    [Fact]
    public void Generation_fills_one_block_per_thread_at_most_and_retires_each_to_the_sink()
    {
        var spec = MmmPresets.Get(MmmPreset.Basic, 1) with { Geos = MmmSpec.GeoNames(300), Periods = 20 };
        foreach (int threads in new[] { 1, 2, -1 })
        {
            var generation = MmmGenerator.Prepare(spec, threads);
            var sink = new BlockCountingSink();
            generation.Execute(threads, sink);
            Assert.Equal(generation.BlockCount, sink.Generated.Count);
            var filled = sink.Generated.Distinct().ToArray();
            Assert.InRange(filled.Length, 1, threads == -1 ? Environment.ProcessorCount : threads);
            Assert.Equal(filled.OrderBy(RuntimeHelpers.GetHashCode), sink.Retired.OrderBy(RuntimeHelpers.GetHashCode));
        }
    }

    private sealed class BlockCountingSink : IGeoBlockSink
    {
        public System.Collections.Concurrent.ConcurrentQueue<GeoBlock> Generated { get; } = new();
        public List<GeoBlock> Retired { get; } = new();
        public void Curves(GeoBlock block, int channel, MediaResponse[] curves) { }
        public void Rows(GeoBlock block) => Generated.Enqueue(block);
        public void Retire(GeoBlock block) => Retired.Add(block);
    }

    // Random specs of 8·k geos (whole blocks, so the rows fill their room), curves held or spilled.
    [Fact]
    public void The_scratch_space_an_estimate_states_is_what_the_scratch_file_reaches_at_most()
    {
        int run = 0;
        Gen.Select(MmmPropertyTests.GenSpec, Gen.Int[1, 6], Gen.Int[20, 60]).Sample(x =>
        {
            var spec = x.Item1 with { Geos = MmmSpec.GeoNames(GeoBlock.Size * x.Item2), Periods = x.Item3 };
            long heldCurveCells = run % 2 == 0 ? 0 : SpilledRows.HeldCurveCells;
            // One thread: one generation buffer, so one lane holds every block (several lanes hold the same bytes between them).
            var generation = MmmGenerator.Prepare(spec, 1);
            long length;
            using (var scratch = ScratchFile.Create(Folder, $".scratch-{run++}"))
            {
                generation.Execute(1, new SpilledRows(generation, scratch, heldCurveCells));
                length = new FileInfo(scratch.FilePath).Length;
            }
            long rowsRoom = SpilledRows.ScratchBytes(spec), withCurves = SpilledRows.ScratchBytes(spec, heldCurveCells: 0);
            // Only the last block's curves may end short of their room (periods without signal are not kept).
            long lastBlockCurves = (long)spec.Channels.Count * GeoBlock.Size * spec.Periods * sizeof(double);
            if (heldCurveCells == 0) Assert.InRange(length, withCurves - lastBlockCurves, withCurves);
            else Assert.Equal(rowsRoom, length);
            Assert.Equal(rowsRoom, MmmFamily.Instance.Estimate(spec).ScratchBytes);
        }, iter: 8, threads: 1);
    }

    [Fact]
    public void The_exported_folder_holds_no_scratch_file()
    {
        var result = MmmFamily.Instance.Export(MmmPresets.Get(MmmPreset.MediumBusiness, 2), Folder, new DatasetExportOptions());
        Assert.Equal(result.Files.Select(f => f.Name).Order(), Directory.GetFiles(Folder).Select(Path.GetFileName).Order());
        Assert.DoesNotContain(Directory.GetFiles(Path.GetDirectoryName(Folder)!, MmmStreamedExport.ScratchFileName + "*", SearchOption.TopDirectoryOnly), _ => true);
    }

    public static TheoryData<string, double> FailingSpends => new()
    {
        { "spend that generation refuses", double.NaN },
        // Finite spend whose impressions overflow: the panel is generated and fails validation (not-finite exposure).
        { "spend whose validation fails", 1e306 },
    };

    [Theory]
    [MemberData(nameof(FailingSpends))]
    public void A_failed_streamed_export_leaves_the_previous_export_and_nothing_staged(string why, double spend)
    {
        string parent = Path.Combine(Folder, "parent"), target = Path.Combine(parent, "export");
        var good = MmmPresets.Get(MmmPreset.Basic, 4);
        MmmFamily.Instance.Export(good, target, new DatasetExportOptions());
        var before = Directory.GetFiles(target).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

        var bad = good with
        {
            Channels = good.Channels.Select((c, i) => i > 0 ? c : c with
            {
                Unit = MediaUnit.Cpm, UnitCost = 1,
                Spend = new PatternSpec { Kind = SpendPattern.Custom, Custom = (geo, period, date, rng) => period == 3 ? spend : 10 },
            }).ToArray(),
        };
        Assert.ThrowsAny<InvalidOperationException>(() => MmmFamily.Instance.Export(bad, target, new DatasetExportOptions()));

        // Nothing staged is left (no staging folder, no scratch file), and the previous export is whole.
        Assert.False(Directory.GetDirectories(parent).Any(d => Path.GetFileName(d).Contains("staging")), why);
        Assert.Empty(Directory.GetFiles(parent, MmmStreamedExport.ScratchFileName + "*", SearchOption.AllDirectories));
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(target).Select(Path.GetFileName).Order());
        foreach (var (name, bytes) in before) Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(target, name)));
    }

    // The family's export (streamed, curves held or spilled by their size), or the streamed export holding up to heldCurveCells values of curves.
    private static void AssertSameExport(MmmSpec spec, DatasetExportOptions options, string folder, long? heldCurveCells = null)
    {
        string held = Path.Combine(folder, "held"), streamed = Path.Combine(folder, "streamed");
        MmmExporter.Export(MmmGenerator.Generate(spec), held, options);
        if (heldCurveCells is long cells) MmmExporter.ExportStreamed(spec, streamed, options, cells);
        else MmmFamily.Instance.Export(spec, streamed, options);
        var files = Directory.GetFiles(held, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(held, f)).Order().ToArray();
        Assert.Equal(files, Directory.GetFiles(streamed, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(streamed, f)).Order());
        foreach (string file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(held, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(streamed, file))), $"{file} differs");
    }

    private void AssertSameExport(MmmSpec spec, DatasetExportOptions options) => AssertSameExport(spec, options, Folder);
}
