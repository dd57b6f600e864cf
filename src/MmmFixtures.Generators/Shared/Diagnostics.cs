namespace MmmFixtures.Generators;

/// <summary>
/// The diagnostics of every family (category MmmFixtures), each located on the offending class or attribute
/// argument and linked to its section of <c>docs/diagnostics.md</c>. Each also says what the generated fixture does about it.
/// </summary>
internal static class Diagnostics
{
    private const string Category = "MmmFixtures";
    // The repository's public address is not fixed yet (Directory.Build.props has a placeholder): the link names the file and section.
    private const string HelpBase = "https://github.com/mmmfixtures/mmmfixtures/blob/main/docs/diagnostics.md#";

    /// <summary>What a problem does to the generated fixture.</summary>
    private enum Effect
    {
        /// <summary>C# cannot take generated members for the class: nothing is emitted.</summary>
        NoMembers,
        /// <summary>Something was left out of the spec: the members are emitted and <c>CreateSpec()</c> throws the problem.</summary>
        LeftOut,
        /// <summary>The spec is emitted as declared; the runtime validator rejects it with the same rule.</summary>
        KeepsSpec,
    }

    private static readonly Dictionary<string, (DiagnosticDescriptor Descriptor, Effect Effect)> ById = new(StringComparer.Ordinal);

    public static readonly DiagnosticDescriptor ClassNotPartial = Error("MMMF001", "Fixture class must be partial",
        "The fixture class '{0}' must be declared partial so that MmmFixtures can add its members", Effect.NoMembers);

    public static readonly DiagnosticDescriptor UnsupportedContainer = Error("MMMF002", "Fixture class cannot be generic or nested in a non-partial or generic type",
        "The fixture class '{0}' {1}: declare it non-generic, at namespace level or inside partial non-generic types", Effect.NoMembers);

    public static readonly DiagnosticDescriptor DuplicateName = Error("MMMF003", "Duplicate entity name",
        "'{0}' is declared more than once; names of the same kind (channels, controls and events; personas; categories; geos) must be unique", Effect.LeftOut);

    public static readonly DiagnosticDescriptor InvalidName = Error("MMMF004", "Invalid entity name", "'{0}' {1}", Effect.LeftOut);

    public static readonly DiagnosticDescriptor OutOfRange = Error("MMMF005", "Parameter out of range", "{0} = {1}: must be in {2}", Effect.KeepsSpec);

    public static readonly DiagnosticDescriptor BadDate = Error("MMMF006", "Unparsable date",
        "{0} = \"{1}\": must be a date \"yyyy-MM-dd\"", Effect.LeftOut);

    public static readonly DiagnosticDescriptor PresetWithEntities = Error("MMMF007", "Preset combined with explicit entities",
        "Preset {0} defines its own channels and controls; remove the [{1}] attributes or the Preset", Effect.LeftOut);

    public static readonly DiagnosticDescriptor BadDefaultSeed = Register(new DiagnosticDescriptor("MMMF008", "Invalid MmmFixturesDefaultSeed",
        "The MSBuild property MmmFixturesDefaultSeed = \"{0}\" is not an integer in [0, 18446744073709551615]; fixtures without a Seed use 0",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "mmmf008"), Effect.KeepsSpec);

    public static readonly DiagnosticDescriptor CustomPatternInAttribute = Error("MMMF009", "Custom pattern needs the runtime API",
        "{0} = Custom: a custom spend pattern is a delegate, which attributes cannot hold; build the spec with MmmSpecBuilder", Effect.LeftOut);

    public static readonly DiagnosticDescriptor SharesNotOne = Error("MMMF010", "Persona shares must sum to 1",
        "The persona shares sum to {0}: they must sum to 1", Effect.KeepsSpec);

    public static readonly DiagnosticDescriptor ImpossibleFunnel = Error("MMMF011", "Impossible funnel", "Persona '{0}': {1}", Effect.KeepsSpec);

    public static readonly DiagnosticDescriptor NullArgument = Error("MMMF012", "Null argument",
        "{0} = null: give a value or leave the argument out", Effect.LeftOut);

    public static readonly DiagnosticDescriptor UndefinedEnumValue = Error("MMMF013", "Undefined enum value",
        "{0} = {1}: not a member of {2}; use one of {3}", Effect.LeftOut);

    public static readonly DiagnosticDescriptor SecondDataset = Error("MMMF014", "More than one dataset attribute",
        "The fixture class '{0}' is already declared by [{1}]: a class is one fixture; remove [{2}] or move it to another class", Effect.NoMembers);

    public static readonly DiagnosticDescriptor CollidingName = Error("MMMF015", "Names collide",
        "'{0}' {1}", Effect.LeftOut);

    public static readonly DiagnosticDescriptor EventSchedule = Error("MMMF016", "Event schedule impossible",
        "Event '{0}': {1}", Effect.KeepsSpec);

    public static readonly DiagnosticDescriptor StartNotOnWeekStart = Error("MMMF017", "Start date is not on the week start",
        "StartDate = \"{0}\" {1}", Effect.KeepsSpec);

    public static readonly DiagnosticDescriptor PastTheCalendar = Error("MMMF018", "Dataset runs past the calendar",
        "{0} = {1}: {2}", Effect.KeepsSpec);

    /// <summary>Every descriptor, in id order (the analyzer's supported diagnostics).</summary>
    public static IEnumerable<DiagnosticDescriptor> All => ById.Values.Select(v => v.Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal);

    /// <summary>The descriptor of <paramref name="id"/>; an unknown id is a bug in the generator, not a silent fallback.</summary>
    public static DiagnosticDescriptor Get(string id) =>
        ById.TryGetValue(id, out var entry) ? entry.Descriptor : throw new ArgumentException($"Unknown diagnostic id '{id}'", nameof(id));

    /// <summary>True when the problem leaves the class without generated members (C# could not take them).</summary>
    public static bool PreventsMembers(string id) => EffectOf(id) == Effect.NoMembers;

    /// <summary>True when the spec is still emitted as declared (the runtime validator rejects it by the same rule).</summary>
    public static bool KeepsSpec(string id) => EffectOf(id) == Effect.KeepsSpec;

    private static Effect EffectOf(string id)
    {
        Get(id);
        return ById[id].Effect;
    }

    private static DiagnosticDescriptor Error(string id, string title, string message, Effect effect) =>
        Register(new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpBase + id.ToLowerInvariant()), effect);

    private static DiagnosticDescriptor Register(DiagnosticDescriptor descriptor, Effect effect)
    {
        ById.Add(descriptor.Id, (descriptor, effect));
        return descriptor;
    }
}
