using PublicPortal.Web.Features.Content;

namespace PublicPortal.IntegrationTests.Features.Content;

public class PolicyDocumentParserTests
{
    private readonly PolicyDocumentParser _parser = new(new MarkdownRenderer());

    private const string ValidFrontMatter = """
        slug: test-2024
        title: 测试市2024年推动落后产能退出工作方案
        issuer: 测试市工业和信息化局
        date: 2024-05-01
        jurisdiction: "440300"
        year: 2024
        status: issued
        disclosure: 主动公开
        index_number: "440300-2024-0001"
        topic: 工业、交通
        summary: 测试摘要。
        """;

    private static string Document(string frontMatter, string body = "## 一、总体要求\n\n正文。\n") => $"---\n{frontMatter}\n---\n{body}";

    private static string Without(string field) =>
        string.Join('\n', ValidFrontMatter.Split('\n').Where(l => !l.StartsWith(field + ":", StringComparison.Ordinal)));

    private static string Replace(string field, string value) =>
        string.Join('\n', ValidFrontMatter.Split('\n')
            .Select(l => l.StartsWith(field + ":", StringComparison.Ordinal) ? $"{field}: {value}" : l));

    [Fact]
    public void Parse_ReadsFrontMatterAndRendersBody()
    {
        var doc = _parser.Parse("test.md", Document(ValidFrontMatter));
        Assert.Equal("test-2024", doc.Slug);
        Assert.Equal(new DateOnly(2024, 5, 1), doc.Date);
        Assert.Equal(PolicyStatus.Issued, doc.Status);
        Assert.Null(doc.DocumentNumber);
        Assert.Contains("<h2", doc.BodyHtml);
        Assert.Contains("总体要求", doc.PlainText);
    }

    [Fact]
    public void Parse_EscapesRawHtmlInTheBody()
    {
        var doc = _parser.Parse("test.md", Document(ValidFrontMatter, "正文。\n\n<script>alert('x')</script>\n\n<b>粗体</b>\n"));
        Assert.DoesNotContain("<script", doc.BodyHtml);
        Assert.DoesNotContain("<b>", doc.BodyHtml);
        Assert.Contains("&lt;script&gt;", doc.BodyHtml);
    }

    [Fact]
    public void MarkdownRenderer_EscapesRawHtml_AndRendersPipeTables()
    {
        var html = new MarkdownRenderer().ToHtml("<script>alert(1)</script>\n\n| 序号 | 重点行业 |\n| --- | --- |\n| 1 | 钢铁 |\n");
        Assert.DoesNotContain("<script", html);
        Assert.Contains("<table>", html);
        Assert.Contains("<th>重点行业</th>", html);
    }

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void Parse_Throws_NamingFileAndField(string text, string field, string problem)
    {
        var e = Assert.Throws<ContentValidationException>(() => _parser.Parse("broken-2024.md", text));
        Assert.Equal("broken-2024.md", e.File);
        Assert.Equal(field, e.Field);
        Assert.Contains("broken-2024.md", e.Message);
        Assert.Contains(field, e.Message);
        Assert.Contains(problem, e.Message);
    }

    public static TheoryData<string, string, string> BrokenDocuments() => new()
    {
        { Document(Without("title")), "title", "缺失" },
        { Document(Replace("date", "2024-13-45")), "date", "2024-13-45" },
        { Document(Replace("date", "2024年5月1日")), "date", "yyyy-MM-dd" },
        { Document(Replace("status", "published")), "status", "published" },
        { Document(ValidFrontMatter + "\nauthor: 某某"), "author", "不是可识别的字段" },
        { "## 一、总体要求\n\n没有 front matter 的正文。\n", "front matter", "缺失" },
        { "---\n" + ValidFrontMatter + "\n正文但没有结束线。\n", "front matter", "未以 --- 结束" },
        { Document(Replace("year", "二〇二四")), "year", "不是有效年份" },
    };
}
