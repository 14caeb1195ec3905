using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PublicPortal.Web.Features.Content;

/// <summary>Reads one Markdown file with YAML front matter into a <see cref="PolicyDocument"/>, or says what is wrong.</summary>
public sealed class PolicyDocumentParser(MarkdownRenderer markdown)
{
    private static readonly string[] RequiredFields =
        ["slug", "title", "issuer", "jurisdiction", "year", "status", "disclosure", "index_number", "topic", "summary"];
    private static readonly HashSet<string> KnownFields =
        [.. RequiredFields, "document_number", "date", "contact", "source_note"];

    public PolicyDocument Parse(string fileName, string text)
    {
        var (frontMatter, body) = Split(fileName, text);
        var fields = ReadFields(fileName, frontMatter);
        foreach (var field in RequiredFields)
            if (!fields.TryGetValue(field, out var value) || string.IsNullOrWhiteSpace(value))
                throw new ContentValidationException(fileName, field, "缺失或为空");
        foreach (var field in fields.Keys)
            if (!KnownFields.Contains(field))
                throw new ContentValidationException(fileName, field, "不是可识别的字段（拼写错误？）");

        var slug = fields["slug"];
        if (!System.Text.RegularExpressions.Regex.IsMatch(slug, "^[a-z0-9]+(-[a-z0-9]+)*$"))
            throw new ContentValidationException(fileName, "slug", "只能包含小写字母、数字和连字符");
        if (!int.TryParse(fields["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2100)
            throw new ContentValidationException(fileName, "year", $"不是有效年份：{fields["year"]}");
        DateOnly? date = null;
        if (fields.TryGetValue("date", out var dateText))
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                throw new ContentValidationException(fileName, "date", $"不是 yyyy-MM-dd 格式的日期：{dateText}");
            date = d;
        }
        var status = fields["status"] switch
        {
            "issued" => PolicyStatus.Issued,
            "consultation" => PolicyStatus.Consultation,
            "repealed" => PolicyStatus.Repealed,
            var other => throw new ContentValidationException(fileName, "status", $"必须是 issued、consultation 或 repealed，而不是 {other}"),
        };
        if (string.IsNullOrWhiteSpace(body))
            throw new ContentValidationException(fileName, "正文", "为空");

        return new PolicyDocument(slug, fields["title"], fields["issuer"], fields.GetValueOrDefault("document_number"), date,
            fields["jurisdiction"], year, status, fields["disclosure"], fields["index_number"], fields["topic"], fields["summary"],
            fields.GetValueOrDefault("contact"), fields.GetValueOrDefault("source_note"),
            body, markdown.ToHtml(body), markdown.ToPlainText(body));
    }

    private static (string FrontMatter, string Body) Split(string fileName, string text)
    {
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
            throw new ContentValidationException(fileName, "front matter", "缺失：文件必须以 --- 开头");
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0)
            throw new ContentValidationException(fileName, "front matter", "未以 --- 结束");
        return (text[4..end], text[(end + 5)..]);
    }

    private static Dictionary<string, string> ReadFields(string fileName, string frontMatter)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(frontMatter));
        }
        catch (YamlException e)
        {
            throw new ContentValidationException(fileName, "front matter", $"不是有效的 YAML（第 {e.Start.Line} 行）：{e.Message}");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            throw new ContentValidationException(fileName, "front matter", "必须是“字段: 值”的映射");
        var fields = new Dictionary<string, string>();
        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (value is not YamlScalarNode scalar)
                throw new ContentValidationException(fileName, name, "必须是单个值");
            fields[name] = scalar.Value?.Trim() ?? "";
        }
        return fields;
    }
}
