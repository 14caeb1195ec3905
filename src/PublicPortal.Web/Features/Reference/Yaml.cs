using YamlDotNet.RepresentationModel;

namespace PublicPortal.Web.Features.Reference;

/// <summary>Small helpers for reading the reference YAML files with messages that name the file and the field.</summary>
public static class Yaml
{
    public static YamlNode Load(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return stream.Documents[0].RootNode;
    }

    public static YamlNode? Optional(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? OptionalString(YamlMappingNode node, string key) => (Optional(node, key) as YamlScalarNode)?.Value;

    public static string Required(YamlMappingNode node, string key) =>
        OptionalString(node, key) is { Length: > 0 } value
            ? value
            : throw new InvalidDataException($"第 {node.Start.Line} 行缺少字段 {key}");
}
