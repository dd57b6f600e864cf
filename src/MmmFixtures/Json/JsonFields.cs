using System.Text.Json;

namespace MmmFixtures.Json;

/// <summary>The JSON form of one spec record: its <see cref="JsonField{T}"/>s in the order they are written.</summary>
internal sealed class JsonFields<T>
{
    private readonly JsonField<T>[] _fields;

    public JsonFields(params JsonField<T>[] fields) => _fields = fields;

    /// <summary>
    /// <paramref name="start"/> with every field present in <paramref name="o"/> read into it. Unknown properties are
    /// reported by whoever opened the object (<see cref="JsonObjectReader.Object{T}"/>, <see cref="JsonObjectReader.Array{T}"/>).
    /// </summary>
    public T ReadMembers(JsonObjectReader o, T start)
    {
        foreach (var field in _fields) start = field.Read(start, o);
        return start;
    }

    /// <summary>Writes the fields as properties of the object being written.</summary>
    public void WriteMembers(Utf8JsonWriter w, T value)
    {
        foreach (var field in _fields) field.Write(w, value);
    }

    /// <summary>Writes the record as one JSON object.</summary>
    public void WriteObject(Utf8JsonWriter w, T value)
    {
        w.WriteStartObject();
        WriteMembers(w, value);
        w.WriteEndObject();
    }
}
