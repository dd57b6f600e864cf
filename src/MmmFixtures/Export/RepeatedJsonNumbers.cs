using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace MmmFixtures.Export;

/// <summary>
/// Writes a property whose value is an array of numbers that often repeats the previous one at the same depth of one writer
/// (an MMM channel's adstock weights are the same kernel in most geos): the array is formatted once, as the writer would
/// format it there, and copied for each repeat, so its numbers (shortest round-trip text, the costly part) are not formatted again.
/// </summary>
internal sealed class RepeatedJsonNumbers
{
    private double[] _values = Array.Empty<double>();
    private int _depth = -1;
    private byte[] _formatted = Array.Empty<byte>();

    /// <summary>Writes <c>"name": [values…]</c> with <paramref name="writer"/>, inside an object; always the same writer (its options).</summary>
    public void Write(Utf8JsonWriter writer, string name, IReadOnlyList<double> values)
    {
        if (writer.CurrentDepth != _depth || !SameBits(values)) Format(writer.Options, writer.CurrentDepth, values);
        writer.WritePropertyName(name);
        writer.WriteRawValue(_formatted, skipInputValidation: true);
    }

    private bool SameBits(IReadOnlyList<double> values)
    {
        if (values.Count != _values.Length) return false;
        for (int i = 0; i < _values.Length; i++)
            if (BitConverter.DoubleToInt64Bits(values[i]) != BitConverter.DoubleToInt64Bits(_values[i])) return false;
        return true;
    }

    // Nested as deep as the writer (arrays, then the object the property is in), the value is cut from after its property name.
    private void Format(JsonWriterOptions options, int depth, IReadOnlyList<double> values)
    {
        var buffer = new MemoryStream();
        using var w = new Utf8JsonWriter(buffer, options);
        for (int d = 1; d < depth; d++) w.WriteStartArray();
        w.WriteStartObject();
        w.WritePropertyName("_");
        w.Flush();
        int start = (int)buffer.Length;
        w.WriteStartArray();
        for (int i = 0; i < values.Count; i++) w.WriteNumberValue(values[i]);
        w.WriteEndArray();
        w.Flush();
        _formatted = new byte[buffer.Length - start];
        Array.Copy(buffer.GetBuffer(), start, _formatted, 0, _formatted.Length);
        _values = new double[values.Count];
        for (int i = 0; i < _values.Length; i++) _values[i] = values[i];
        _depth = depth;
    }
}
