using System;
using System.IO;
using MmmFixtures.Validation;

namespace MmmFixtures.Mmm.Scoring;

/// <summary>Reads an estimates file by its extension: <c>.json</c> (<see cref="MmmEstimatesJson"/>) or <c>.csv</c> (<see cref="MmmEstimatesCsv"/>).</summary>
public static class MmmEstimatesFile
{
    /// <summary>
    /// Reads <paramref name="path"/>. Throws <see cref="FileNotFoundException"/> when it does not exist and
    /// <see cref="SpecValidationException"/> when its extension is neither or its content does not read.
    /// </summary>
    public static MmmEstimates Read(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".json" or ".csv"))
            throw new SpecValidationException(ResolvedEstimates.SpecName, new[] { new SpecError("file", path, "must end in .json or .csv") });
        if (!File.Exists(path)) throw new FileNotFoundException($"Estimates file not found: '{path}'.", path);
        string text = File.ReadAllText(path);
        return extension == ".json" ? MmmEstimatesJson.Read(text) : MmmEstimatesCsv.Read(text);
    }
}
