namespace MmmFixtures.Generators;

/// <summary>A declared entity (channel, control, event, persona, category) with its attribute's explicit settings.</summary>
internal sealed record EntityModel(string Name, EquatableArray<Assignment> Assignments);
