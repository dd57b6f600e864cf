using Microsoft.CodeAnalysis;

namespace MmmFixtures.Generators;

/// <summary>The generator's diagnostics (category MmmFixtures). Each is located on the offending class or attribute argument.</summary>
internal static class Diagnostics
{
    private const string Category = "MmmFixtures";

    public static readonly DiagnosticDescriptor ClassNotPartial = new(
        "MMMF001", "Fixture class must be partial",
        "The fixture class '{0}' must be declared partial so that MmmFixtures can add its members",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedContainer = new(
        "MMMF002", "Fixture class cannot be generic or nested in a non-partial or generic type",
        "The fixture class '{0}' {1}: declare it non-generic, at namespace level or inside partial non-generic types",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateName = new(
        "MMMF003", "Duplicate entity name",
        "'{0}' is declared more than once; names of the same kind (channels, controls and events; personas; categories) must be unique",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidName = new(
        "MMMF004", "Invalid entity name",
        "'{0}' {1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor OutOfRange = new(
        "MMMF005", "Parameter out of range",
        "{0} = {1}: must be in {2}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor BadDate = new(
        "MMMF006", "Unparsable date",
        "{0} = \"{1}\": must be a date \"yyyy-MM-dd\"",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor PresetWithEntities = new(
        "MMMF007", "Preset combined with explicit entities",
        "Preset {0} defines its own channels and controls; remove the [{1}] attributes or the Preset",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor BadDefaultSeed = new(
        "MMMF008", "Invalid MmmFixturesDefaultSeed",
        "The MSBuild property MmmFixturesDefaultSeed = \"{0}\" is not an integer in [0, 18446744073709551615]; fixtures without a Seed use 0",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor CustomPatternInAttribute = new(
        "MMMF009", "Custom pattern needs the runtime API",
        "{0} = Custom: a custom spend pattern is a delegate, which attributes cannot hold; build the spec with MmmSpecBuilder",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor SharesNotOne = new(
        "MMMF010", "Persona shares must sum to 1",
        "The persona shares sum to {0}: they must sum to 1",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ImpossibleFunnel = new(
        "MMMF011", "Impossible funnel",
        "Persona '{0}': {1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>Problems that make the generated members impossible (not partial, bad container, bad or duplicate names).</summary>
    public static bool IsStructural(string id) => id is "MMMF001" or "MMMF002" or "MMMF003" or "MMMF004";

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "MMMF001" => ClassNotPartial,
        "MMMF002" => UnsupportedContainer,
        "MMMF003" => DuplicateName,
        "MMMF004" => InvalidName,
        "MMMF005" => OutOfRange,
        "MMMF006" => BadDate,
        "MMMF007" => PresetWithEntities,
        "MMMF008" => BadDefaultSeed,
        "MMMF010" => SharesNotOne,
        "MMMF011" => ImpossibleFunnel,
        _ => CustomPatternInAttribute,
    };
}
