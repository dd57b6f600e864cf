using System.Text.Json;
using MmmFixtures.Families;
using MmmFixtures.Mmm;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Mmm.Pathology;

/// <summary>The label lives on the spec: optional in its JSON, repeated in the truth and truth.json, changing no value.</summary>
public sealed class PathologyLabelTests : TempFolder
{
    private static readonly PathologyLabel Label = new("TooFewGeos", "Two geos only, so geo-level effects are guesses.", "Pools the geos.");

    [Fact]
    public void A_spec_without_a_label_writes_no_pathology_property_and_a_labelled_one_reads_back()
    {
        var spec = MmmPresets.Get(MmmPreset.Basic);
        Assert.DoesNotContain("pathology", MmmSpecJson.Write(spec));
        var labelled = spec with { Pathology = Label };
        string json = MmmSpecJson.Write(labelled);
        Assert.EndsWith("""
              "pathology": {
                "name": "TooFewGeos",
                "description": "Two geos only, so geo-level effects are guesses.",
                "whatAGoodModelDoes": "Pools the geos."
              }
            }
            """, json.TrimEnd());
        Assert.Equal(Label, MmmSpecJson.Read(json).Pathology);
        Assert.Null(MmmSpecJson.Read("""{ "pathology": null }""").Pathology);
    }

    [Fact]
    public void A_label_changes_no_value_of_the_panel()
    {
        var spec = MmmPresets.Get(MmmPreset.SmallBusiness);
        var plain = MmmGenerator.Generate(spec);
        var labelled = MmmGenerator.Generate(spec with { Pathology = Label });
        Assert.Equal(plain.Y.ToArray(), labelled.Y.ToArray());
        Assert.Equal(plain.Truth.Noise.ToArray(), labelled.Truth.Noise.ToArray());
        Assert.Equal(plain.Truth.Channels.Select(c => c.Roas), labelled.Truth.Channels.Select(c => c.Roas));
        Assert.Null(plain.Truth.Pathology);
        Assert.Equal(Label, labelled.Truth.Pathology);
    }

    [Fact]
    public void Truth_json_has_a_pathology_section_only_for_a_labelled_panel_and_the_export_folder_reads_it_back()
    {
        string plain = Path.Combine(Folder, "plain"), labelled = Path.Combine(Folder, "labelled");
        MmmExporter.Export(MmmGenerator.Generate(MmmPresets.Get(MmmPreset.Basic)), plain);
        MmmExporter.Export(MmmGenerator.Generate(MmmPresets.Get(MmmPreset.Collinear)), labelled);

        using var plainTruth = JsonDocument.Parse(File.ReadAllText(Path.Combine(plain, MmmExporter.TruthFile)));
        Assert.False(plainTruth.RootElement.TryGetProperty("pathology", out _));
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(labelled, MmmExporter.TruthFile)));
        var section = truth.RootElement.GetProperty("pathology");
        var expected = MmmPresets.Get(MmmPreset.Collinear).Pathology!;
        Assert.Equal(new[] { "name", "description", "whatAGoodModelDoes" }, section.EnumerateObject().Select(p => p.Name));
        Assert.Equal(expected.Name, section.GetProperty("name").GetString());
        Assert.Equal(expected.Description, section.GetProperty("description").GetString());
        Assert.Equal(expected.WhatAGoodModelDoes, section.GetProperty("whatAGoodModelDoes").GetString());

        var reopened = ExportedDataset.Open(labelled);
        Assert.Equal(expected, ((MmmSpec)reopened.Spec).Pathology);
    }

    [Fact]
    public void A_bad_label_is_refused_naming_every_bad_field()
    {
        var spec = MmmPresets.Get(MmmPreset.Basic) with { Pathology = new PathologyLabel("two, names", " ", new string('x', PathologyLabel.MaxTextLength + 1)) };
        var ex = Assert.Throws<SpecValidationException>(() => MmmGenerator.Generate(spec));
        Assert.Equal(new[] { "pathology.name", "pathology.description", "pathology.whatAGoodModelDoes" }, ex.Errors.Select(e => e.Path));
        Assert.Contains("must be 1 to 2000 characters", ex.Errors[1].Requirement);
        Assert.Empty(MmmSpecValidator.Validate(spec with { Pathology = new PathologyLabel("Ok", "x", new string('x', PathologyLabel.MaxTextLength)) }));
    }

    [Fact]
    public void Unknown_and_mistyped_label_properties_are_reported_with_their_paths()
    {
        var ex = Assert.Throws<SpecValidationException>(() => MmmSpecJson.Read("""{ "pathology": { "name": 3, "advice": "x" } }"""));
        Assert.Contains(ex.Errors, e => e.Path == "pathology.name");
        Assert.Contains(ex.Errors, e => e.Path == "pathology.advice");
    }
}
