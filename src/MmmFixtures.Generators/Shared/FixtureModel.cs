namespace MmmFixtures.Generators;

/// <summary>
/// What every family's model holds: the class's shape and the problems found while reading it. A family's
/// model adds its own equatable values (no symbols, syntax or locations), so an edit elsewhere leaves the
/// pipeline's cached output untouched.
/// </summary>
internal abstract record FixtureModel(FixtureShape Shape, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>False when C# cannot take generated members for the class (not partial, generic, a second dataset attribute).</summary>
    public bool CanEmit => !Diagnostics.Any(d => Generators.Diagnostics.PreventsMembers(d.Id));

    /// <summary>The problems that left something out of the spec, so the generated <c>CreateSpec()</c> throws them instead.</summary>
    public DiagnosticInfo[] Blocking => Diagnostics.Where(d => !Generators.Diagnostics.KeepsSpec(d.Id)).ToArray();
}
