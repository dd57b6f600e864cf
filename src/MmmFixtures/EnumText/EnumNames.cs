using System;
using System.Collections.Generic;

namespace MmmFixtures.EnumText;

/// <summary>
/// An enum's members with their names, listed once by hand (<c>nameof</c>, so a renamed member renames its text): the
/// reflection behind <see cref="Enum.ToString()"/>, <see cref="Enum.GetValues"/> and <see cref="Enum.Parse(Type, string)"/>
/// builds the Native AOT tool's metadata for the enum at first use, tens of page faults in a run of a few hundred. Tests
/// check every list against reflection: the same members in the same order, each with its <see cref="Enum.ToString()"/> text.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class EnumNames<T> where T : struct, Enum
{
    private readonly T[] _values;
    private readonly string[] _names;

    /// <summary>The members in declaration order, each with its name.</summary>
    public EnumNames(params (T Value, string Name)[] members)
    {
        _values = new T[members.Length];
        _names = new string[members.Length];
        for (int i = 0; i < members.Length; i++) (_values[i], _names[i]) = members[i];
    }

    /// <summary>Every member, in declaration order.</summary>
    public IReadOnlyList<T> Values => _values;

    /// <summary>Every member's name, in declaration order (as <see cref="Enum.GetNames(Type)"/> lists them).</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The name of <paramref name="value"/>, as <see cref="Enum.ToString()"/> writes it (a value no member has: its number).</summary>
    public string this[T value]
    {
        get
        {
            for (int i = 0; i < _values.Length; i++)
                if (EqualityComparer<T>.Default.Equals(_values[i], value)) return _names[i];
            return value.ToString();
        }
    }
}
