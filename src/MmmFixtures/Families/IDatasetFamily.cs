using System;
using System.Collections.Generic;
using MmmFixtures.Export;
using MmmFixtures.Validation;

namespace MmmFixtures.Families;

/// <summary>
/// A dataset family (<c>mmm</c>, <c>clickstream</c>, …) as the shared mechanisms see it: its name, presets,
/// spec JSON, validation, output estimate and export. The CLI builds one command per family from this alone.
/// Specs are passed as <see cref="object"/> of type <see cref="SpecType"/>; derive from
/// <see cref="DatasetFamily{TSpec}"/> to implement it with typed members.
/// </summary>
public interface IDatasetFamily
{
    /// <summary>The family's name: lower case, the CLI command and the manifest's <c>family</c>, e.g. <c>mmm</c>.</summary>
    string Name { get; }

    /// <summary>One line saying what the family generates.</summary>
    string Description { get; }

    /// <summary>How messages name the family's spec, e.g. <c>MMM spec</c> ("Invalid MMM spec (2 problems): …").</summary>
    string SpecName { get; }

    /// <summary>The type of the family's spec.</summary>
    Type SpecType { get; }

    /// <summary>The ready-made specs, in the order they are listed.</summary>
    IReadOnlyList<IDatasetPreset> Presets { get; }

    /// <summary>The consumer layouts the family can write besides its canonical tables (possibly none).</summary>
    IReadOnlyList<ExportLayout> Layouts { get; }

    /// <summary>Reads a spec from JSON text; throws a <see cref="SpecValidationException"/> listing every syntax, type or unknown-property problem.</summary>
    object ReadSpec(string json);

    /// <summary>The spec as indented JSON text, what <see cref="ReadSpec"/> reads back.</summary>
    string WriteSpec(object spec);

    /// <summary>The spec with another root seed.</summary>
    object WithSeed(object spec, ulong seed);

    /// <summary>Every problem of the spec with its path and allowed range (empty when it is valid).</summary>
    IReadOnlyList<SpecError> Validate(object spec);

    /// <summary>The files a valid spec's export would write, with rows and bytes, computed from the spec alone (nothing is generated).</summary>
    OutputEstimate Estimate(object spec);

    /// <summary>
    /// Generates a valid spec's dataset and writes its export folder; with <see cref="DatasetExportOptions.Report"/> set, the
    /// result also holds the dataset's report (<see cref="ExportResult.Report"/>), built from the dataset the export generated
    /// where the family keeps it.
    /// </summary>
    ExportResult Export(object spec, string folder, DatasetExportOptions options);

    /// <summary>
    /// What a person should see of a valid spec's dataset (spec summary, validation, truth highlights, charts) as data,
    /// for a renderer such as <c>MmmFixtures.Reports</c> to draw; generates the dataset (deterministically) to build it.
    /// </summary>
    Reporting.DatasetReport Report(object spec, Reporting.ReportOptions options);

    /// <summary>One phrase saying what an export holds, e.g. <c>52 rows (52 periods × 1 geo, 3 channels)</c>.</summary>
    string DescribeExport(object spec, ExportResult result);
}
