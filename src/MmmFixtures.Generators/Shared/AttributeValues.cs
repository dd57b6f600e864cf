using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MmmFixtures.Generators;

/// <summary>Reading attribute arguments for every family: finding an argument's syntax, dates, and constants as C# source.</summary>
internal static class AttributeValues
{
    public static AttributeArgumentSyntax? FindArgument(AttributeSyntax? attribute, string name) =>
        attribute?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);

    public static bool TryParseDate(string? text, out DateTime date) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string DateLiteral(DateTime d) => $"new global::System.DateTime({d.Year}, {d.Month}, {d.Day})";

    public static string StringLiteral(string s) => SymbolDisplay.FormatLiteral(s, quote: true);

    public static string? EnumMemberName(TypedConstant value) =>
        value.Type?.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value.Value))?.Name;

    /// <summary>The value of a numeric (not bool, not enum) constant as a double, or null.</summary>
    public static double? AsNumber(TypedConstant value) =>
        value.Kind == TypedConstantKind.Primitive && value.Value is IConvertible number and not bool and not string and not char
            ? number.ToDouble(CultureInfo.InvariantCulture)
            : null;

    /// <summary>The constant as C# source: invariant, round-trip doubles with a <c>d</c> suffix, enums by name.</summary>
    public static string Literal(TypedConstant value, bool forMessage = false)
    {
        if (value.Kind == TypedConstantKind.Enum)
        {
            string? member = EnumMemberName(value);
            string type = value.Type!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            return forMessage ? member ?? value.Value?.ToString() ?? "" : member is null ? $"({type})({Convert.ToString(value.Value, CultureInfo.InvariantCulture)})" : $"{type}.{member}";
        }
        return value.Value switch
        {
            double d when double.IsNaN(d) => forMessage ? "NaN" : "double.NaN",
            double d when double.IsPositiveInfinity(d) => forMessage ? "∞" : "double.PositiveInfinity",
            double d when double.IsNegativeInfinity(d) => forMessage ? "-∞" : "double.NegativeInfinity",
            double d => d.ToString("R", CultureInfo.InvariantCulture) + (forMessage ? "" : "d"),
            ulong u => u.ToString(CultureInfo.InvariantCulture) + (forMessage ? "" : "UL"),
            bool b => b ? "true" : "false",
            string s => forMessage ? s : StringLiteral(s),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => "default",
        };
    }
}
