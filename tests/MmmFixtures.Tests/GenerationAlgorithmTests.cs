using System.Reflection;

namespace MmmFixtures.Tests;

/// <summary>The versions every manifest records.</summary>
public sealed class GenerationAlgorithmTests
{
    [Fact]
    public void The_library_version_is_the_assemblys_informational_version()
    {
        string? attribute = typeof(GenerationAlgorithm).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        Assert.NotNull(attribute);
        Assert.Equal(attribute, GenerationAlgorithm.LibraryVersion);
    }
}
