using YamlDotNet.RepresentationModel;

namespace MmmFixtures.Tests.Deploy;

/// <summary>Reads a one-document YAML file and walks it by keys and indexes, failing with the path that is missing.</summary>
internal static class Yaml
{
    public static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        Assert.Single(stream.Documents);
        return Assert.IsType<YamlMappingNode>(stream.Documents[0].RootNode);
    }

    /// <summary>The node at <paramref name="path"/>: strings are mapping keys, integers sequence indexes.</summary>
    public static YamlNode At(this YamlNode node, params object[] path)
    {
        foreach (object step in path)
        {
            node = step switch
            {
                string key when node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var child) => child,
                int index when node is YamlSequenceNode list && index < list.Children.Count => list.Children[index],
                _ => throw new Xunit.Sdk.XunitException($"no '{step}' at {node.Start} in the manifest (path {string.Join('.', path)})"),
            };
        }
        return node;
    }

    /// <summary>The scalar at <paramref name="path"/>.</summary>
    public static string Scalar(this YamlNode node, params object[] path) => Assert.IsType<YamlScalarNode>(node.At(path)).Value!;

    /// <summary>The scalars of the sequence at <paramref name="path"/>.</summary>
    public static string[] Scalars(this YamlNode node, params object[] path) =>
        Assert.IsType<YamlSequenceNode>(node.At(path)).Children.Select(c => Assert.IsType<YamlScalarNode>(c).Value!).ToArray();

    /// <summary>The items of the sequence at <paramref name="path"/>.</summary>
    public static IEnumerable<YamlNode> Items(this YamlNode node, params object[] path) => Assert.IsType<YamlSequenceNode>(node.At(path)).Children;
}
