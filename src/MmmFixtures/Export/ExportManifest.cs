using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace MmmFixtures.Export;

/// <summary>
/// <c>manifest.json</c>: what produced an export folder (library and algorithm versions, family, seed,
/// the full spec) and every file in it with its size, row count and SHA-256. It holds no timestamp,
/// so two runs of the same spec write identical manifests.
/// </summary>
public static class ExportManifest
{
    /// <summary>The manifest's file name.</summary>
    public const string FileName = "manifest.json";

    /// <summary>Writes the manifest atomically into <paramref name="folder"/>.</summary>
    /// <param name="folder">The export folder.</param>
    /// <param name="family">The dataset family, e.g. <c>mmm</c>.</param>
    /// <param name="seed">The root seed.</param>
    /// <param name="writeSpec">Writes the spec as one JSON value.</param>
    /// <param name="files">The files of the export, in the order they were written.</param>
    public static ExportedFile Write(string folder, string family, ulong seed, Action<Utf8JsonWriter> writeSpec, IReadOnlyList<ExportedFile> files)
    {
        if (writeSpec is null) throw new ArgumentNullException(nameof(writeSpec));
        if (files is null) throw new ArgumentNullException(nameof(files));
        return AtomicFileWriter.Write(Path.Combine(folder, FileName), stream =>
        {
            using var json = new Utf8JsonWriter(stream, JsonFormat.WriterOptions);
            json.WriteStartObject();
            json.WriteString("library", "MmmFixtures");
            json.WriteString("libraryVersion", GenerationAlgorithm.LibraryVersion);
            json.WriteNumber("algorithmVersion", GenerationAlgorithm.Version);
            json.WriteString("family", family);
            json.WriteNumber("seed", seed);
            json.WritePropertyName("spec");
            writeSpec(json);
            json.WriteStartArray("files");
            foreach (ExportedFile file in files)
            {
                json.WriteStartObject();
                json.WriteString("name", file.Name);
                json.WriteNumber("bytes", file.Bytes);
                if (file.Rows is long rows) json.WriteNumber("rows", rows);
                json.WriteString("sha256", file.Sha256);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
        });
    }
}
