using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using MmmFixtures.EnumText;

namespace MmmFixtures.Json;

/// <summary>
/// One property of a spec record's JSON form: how to read it into the record (with <c>with</c>, the record's
/// current value being the default) and how to write it, and when it is written at all. A property name
/// appears once, in the factory call that makes the field (<see cref="JsonField"/>).
/// </summary>
internal sealed class JsonField<T>
{
    private readonly Func<T, JsonObjectReader, T> _read;
    private readonly Action<Utf8JsonWriter, T> _write;
    private readonly Func<T, bool>? _when;

    public JsonField(Func<T, JsonObjectReader, T> read, Action<Utf8JsonWriter, T> write, Func<T, bool>? when = null)
    {
        _read = read;
        _write = write;
        _when = when;
    }

    /// <summary>The record with this property read from <paramref name="o"/> (unchanged when the property is absent).</summary>
    public T Read(T value, JsonObjectReader o) => _read(value, o);

    /// <summary>Writes the property, unless its condition says the record's kind does not use it.</summary>
    public void Write(Utf8JsonWriter w, T value)
    {
        if (_when?.Invoke(value) ?? true) _write(w, value);
    }
}

/// <summary>The kinds of <see cref="JsonField{T}"/>: each takes the property name, a getter and a <c>with</c> setter.</summary>
internal static class JsonField
{
    public static JsonField<T> Number<T>(string name, Func<T, double> get, Func<T, double, T> set, Func<T, bool>? when = null) =>
        new((x, o) => set(x, o.Number(name, get(x))), (w, x) => w.WriteNumber(name, get(x)), when);

    public static JsonField<T> Integer<T>(string name, Func<T, int> get, Func<T, int, T> set, Func<T, bool>? when = null) =>
        new((x, o) => set(x, o.Integer(name, get(x))), (w, x) => w.WriteNumber(name, get(x)), when);

    /// <summary>A number that may be absent (null); written only when it has a value.</summary>
    public static JsonField<T> OptionalNumber<T>(string name, Func<T, double?> get, Func<T, double?, T> set) =>
        new((x, o) => set(x, o.OptionalNumber(name) ?? get(x)), (w, x) =>
        {
            if (get(x) is double value) w.WriteNumber(name, value);
        });

    /// <summary>An integer that may be absent (null); written only when it has a value.</summary>
    public static JsonField<T> OptionalInteger<T>(string name, Func<T, int?> get, Func<T, int?, T> set, Func<T, bool>? when = null) =>
        new((x, o) => set(x, o.OptionalInteger(name) ?? get(x)), (w, x) =>
        {
            if (get(x) is int value) w.WriteNumber(name, value);
        }, when);

    public static JsonField<T> UInt64<T>(string name, Func<T, ulong> get, Func<T, ulong, T> set) =>
        new((x, o) => set(x, o.UInt64(name, get(x))), (w, x) => w.WriteNumber(name, get(x)));

    public static JsonField<T> Boolean<T>(string name, Func<T, bool> get, Func<T, bool, T> set, Func<T, bool>? when = null) =>
        new((x, o) => set(x, o.Boolean(name, get(x))), (w, x) => w.WriteBoolean(name, get(x)), when);

    public static JsonField<T> String<T>(string name, Func<T, string> get, Func<T, string, T> set) =>
        new((x, o) => set(x, o.String(name, get(x))), (w, x) => w.WriteString(name, get(x)));

    /// <summary>An enum written as its name (one of <paramref name="names"/>) and read by name only (see <see cref="JsonObjectReader.ParseEnum{T}"/>).</summary>
    public static JsonField<T> Enum<T, TEnum>(string name, EnumNames<TEnum> names, Func<T, TEnum> get, Func<T, TEnum, T> set, Func<T, bool>? when = null)
        where TEnum : struct, System.Enum =>
        new((x, o) => set(x, o.Enum(name, names, get(x))), (w, x) => w.WriteString(name, names[get(x)]), when);

    /// <summary>A date written as <c>yyyy-MM-dd</c>.</summary>
    public static JsonField<T> Date<T>(string name, Func<T, DateTime> get, Func<T, DateTime, T> set) =>
        new((x, o) => set(x, o.Date(name, get(x))), (w, x) => w.WriteString(name, DateText(get(x))));

    /// <summary>An array of numbers.</summary>
    public static JsonField<T> Numbers<T>(string name, Func<T, IReadOnlyList<double>> get, Func<T, IReadOnlyList<double>, T> set) =>
        new((x, o) => set(x, o.Numbers(name) ?? get(x)), (w, x) =>
        {
            w.WriteStartArray(name);
            foreach (double v in get(x)) w.WriteNumberValue(v);
            w.WriteEndArray();
        });

    /// <summary>A nested object with its own fields.</summary>
    public static JsonField<T> Object<T, TChild>(string name, JsonFields<TChild> fields, Func<T, TChild> get, Func<T, TChild, T> set)
        where TChild : class =>
        new((x, o) => o.Object(name, r => fields.ReadMembers(r, get(x))) is { } child ? set(x, child) : x, (w, x) =>
        {
            w.WritePropertyName(name);
            fields.WriteObject(w, get(x));
        });

    /// <summary>A nested object that may be absent (null), read starting from <paramref name="start"/>; written only when present.</summary>
    public static JsonField<T> OptionalObject<T, TChild>(string name, JsonFields<TChild> fields, TChild start, Func<T, TChild?> get, Func<T, TChild?, T> set)
        where TChild : class =>
        new((x, o) => o.Object(name, r => fields.ReadMembers(r, start), nullable: true) is { } child ? set(x, child) : x, (w, x) =>
        {
            w.WritePropertyName(name);
            fields.WriteObject(w, get(x)!);
        }, x => get(x) is not null);

    /// <summary>An array of objects, each read starting from <paramref name="newItem"/>.</summary>
    public static JsonField<T> Array<T, TItem>(string name, JsonFields<TItem> fields, Func<TItem> newItem, Func<T, IReadOnlyList<TItem>> get, Func<T, IReadOnlyList<TItem>, T> set) =>
        new((x, o) => o.Array(name, r => fields.ReadMembers(r, newItem())) is { } items ? set(x, items) : x, (w, x) =>
        {
            w.WriteStartArray(name);
            foreach (var item in get(x)) fields.WriteObject(w, item);
            w.WriteEndArray();
        });

    /// <summary>A part record whose fields sit in the owner's object (a channel's spend pattern: <c>channels[].trend</c>).</summary>
    public static JsonField<T> Inline<T, TPart>(JsonFields<TPart> fields, Func<T, TPart> get, Func<T, TPart, T> set, Func<T, bool>? when = null) =>
        new((x, o) => set(x, fields.ReadMembers(o, get(x))), (w, x) => fields.WriteMembers(w, get(x)), when);

    /// <summary>A date as specs write it.</summary>
    public static string DateText(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
