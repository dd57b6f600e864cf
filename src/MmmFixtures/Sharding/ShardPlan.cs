using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using MmmFixtures.Export;

namespace MmmFixtures.Sharding;

/// <summary>
/// How a shard's files become the whole export's, recorded by the family's exporter as it writes them and saved in the
/// manifest's <c>shard</c> section. Each file is one of: an entity table (<see cref="Rows"/>: the rows of the shard's
/// entities, interleaved by entity at merge), an aggregate (<see cref="Truth"/>: computed over the shard's entities;
/// merge recomputes it from every shard's partials), an entity's own file (<see cref="Entity"/>: copied from the shard
/// that owns the entity), a shard's own file (under <see cref="Folder"/>: its row index and partials, not merged) or, by
/// default, a global file every shard writes identically (copied once).
/// </summary>
internal sealed class ShardPlan
{
    /// <summary>The folder of a shard's own files (row index, partial aggregates), left out of the merged export.</summary>
    public const string Folder = "shard/";

    private readonly List<string> _rows = new(), _truth = new();
    private readonly List<(int Entity, string File)> _entityFiles = new();

    /// <summary>A plan for <paramref name="shard"/>, whose entities are <paramref name="entityKind"/>s (<c>user</c>, <c>geo</c>, <c>tenant</c>).</summary>
    public ShardPlan(ShardSelection shard, string entityKind)
    {
        Shard = shard;
        EntityKind = entityKind;
    }

    /// <summary>The shard.</summary>
    public ShardSelection Shard { get; }

    /// <summary>What an entity is in this family.</summary>
    public string EntityKind { get; }

    /// <summary>Records entity tables: rows grouped by entity, in entity order, counted per entity in <see cref="ShardRowIndex"/>.</summary>
    public void Rows(IEnumerable<ExportedFile> files)
    {
        lock (_rows) _rows.AddRange(files.Select(f => f.Name));
    }

    /// <summary>Records an aggregate computed from the shard's entities, which the family recomputes at merge.</summary>
    public void Truth(ExportedFile file)
    {
        lock (_truth) _truth.Add(file.Name);
    }

    /// <summary>Records the whole files of one entity (by its index among the spec's entities).</summary>
    public void Entity(int entity, IEnumerable<ExportedFile> files)
    {
        lock (_entityFiles) _entityFiles.AddRange(files.Select(f => (entity, f.Name)));
    }

    /// <summary>Writes the manifest's <c>shard</c> section.</summary>
    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject("shard");
        json.WriteNumber("index", Shard.Index);
        json.WriteNumber("count", Shard.Count);
        json.WriteString("entity", EntityKind);
        Names(json, "rows", _rows);
        Names(json, "truth", _truth);
        json.WriteStartArray("entityFiles");
        foreach (var (entity, file) in _entityFiles.OrderBy(e => e.Entity))
        {
            json.WriteStartObject();
            json.WriteNumber("entity", entity);
            json.WriteString("name", file);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Names(Utf8JsonWriter json, string property, IEnumerable<string> names)
    {
        json.WriteStartArray(property);
        foreach (string name in names) json.WriteStringValue(name);
        json.WriteEndArray();
    }
}
