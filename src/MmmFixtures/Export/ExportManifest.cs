using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using MmmFixtures.EnumText;

namespace MmmFixtures.Export;

/// <summary>
/// <c>manifest.json</c>: what produced an export folder (library and algorithm versions, family, seed, the full spec)
/// and every file in it with its size, row count and SHA-256; a table's entry (CSV or Parquet) also maps each of its
/// columns to its role, value type and entity. It holds no timestamp, so two runs of the same spec write identical manifests.
/// </summary>
internal static class ExportManifest
{
    /// <summary>The manifest's file name.</summary>
    public const string FileName = "manifest.json";

    /// <summary>The <c>library</c> value that marks a folder as an MmmFixtures export.</summary>
    public const string Library = "MmmFixtures";

    /// <summary>Writes the manifest to <paramref name="stream"/>.</summary>
    /// <param name="stream">The manifest file's content stream.</param>
    /// <param name="family">The dataset family, e.g. <c>mmm</c>.</param>
    /// <param name="seed">The root seed.</param>
    /// <param name="writeSpec">Writes the spec as one JSON value.</param>
    /// <param name="files">The files of the export, in the order they were written.</param>
    /// <param name="tables">The tables among the files, whose columns are listed.</param>
    /// <param name="shard">For a shard's export, how its files merge into the whole one (the <c>shard</c> section); null for a whole export.</param>
    public static void Write(Stream stream, string family, ulong seed, Action<Utf8JsonWriter> writeSpec,
        IReadOnlyList<ExportedFile> files, IReadOnlyList<TableSchema> tables, Sharding.ShardPlan? shard = null)
    {
        if (writeSpec is null) throw new ArgumentNullException(nameof(writeSpec));
        if (files is null) throw new ArgumentNullException(nameof(files));
        if (tables is null) throw new ArgumentNullException(nameof(tables));
        using var json = new Utf8JsonWriter(stream, JsonFormat.WriterOptions);
        json.WriteStartObject();
        json.WriteString("library", Library);
        json.WriteString("libraryVersion", GenerationAlgorithm.LibraryVersion);
        json.WriteNumber("algorithmVersion", GenerationAlgorithm.Version);
        json.WriteString("family", family);
        json.WriteNumber("seed", seed);
        json.WritePropertyName("spec");
        writeSpec(json);
        // The first table a file belongs to (a CSV or Parquet file, or a part file of a partitioned dataset), found by name.
        var tableOf = new Dictionary<string, TableSchema>(StringComparer.Ordinal);
        foreach (var table in tables)
            foreach (string name in new[] { table.FileName, table.ParquetFileName })
                if (!tableOf.ContainsKey(name)) tableOf[name] = table;
        json.WriteStartArray("files");
        foreach (ExportedFile file in files)
        {
            json.WriteStartObject();
            json.WriteString("name", file.Name);
            json.WriteNumber("bytes", file.Bytes);
            if (file.Rows is long rows) json.WriteNumber("rows", rows);
            json.WriteString("sha256", file.Sha256);
            if (tableOf.TryGetValue(file.Name, out var table))
            {
                if (table.Partition is { } levels) WritePartition(json, levels);
                WriteColumns(json, table);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        shard?.Write(json);
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// The names of the files listed by <paramref name="folder"/>'s manifest if it is one written by this library (of
    /// any version); null if the folder holds no such manifest.
    /// </summary>
    public static ISet<string>? ListedFiles(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        byte[] bytes = File.ReadAllBytes(path);
        var listed = s_lastListed is { } last && last.Path == path && last.Bytes.AsSpan().SequenceEqual(bytes) ? last
            : s_lastListed = new ListedManifest(path, bytes, ExportManifestFile.Parse(path, bytes, out _) is { } manifest ? manifest.FileNames.ToArray() : null);
        return listed.Files is { } files ? new HashSet<string>(files, StringComparer.Ordinal) : null;
    }

    // An export checks the folder it replaces up to three times (before generating, at open, before the swap): the previous
    // manifest is read each time, but parsed again only if its bytes changed.
    private static ListedManifest? s_lastListed;

    private sealed record ListedManifest(string Path, byte[] Bytes, string[]? Files);

    // A partitioned file's folder levels, outermost first: each level's key and unescaped value (null: Hive's default
    // partition), and for the partition column the role and type readers of the dataset see it with.
    private static void WritePartition(Utf8JsonWriter json, IReadOnlyList<PartitionFolder> levels)
    {
        json.WriteStartArray("partition");
        foreach (var level in levels)
        {
            json.WriteStartObject();
            json.WriteString("name", level.Name);
            if (level.Value is null) json.WriteNull("value");
            else json.WriteString("value", level.Value);
            if (level.Column is { } column)
            {
                json.WriteString("role", EnumTexts.ColumnRoles[column.Role].ToLowerInvariant());
                json.WriteString("type", EnumTexts.ColumnTypes[column.Type].ToLowerInvariant());
                if (column.Entity is string entity) json.WriteString("entity", entity);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteColumns(Utf8JsonWriter json, TableSchema table)
    {
        json.WriteStartArray("columns");
        foreach (var column in table.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("role", EnumTexts.ColumnRoles[column.Role].ToLowerInvariant());
            json.WriteString("type", EnumTexts.ColumnTypes[column.Type].ToLowerInvariant());
            if (column.Entity is string entity) json.WriteString("entity", entity);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
