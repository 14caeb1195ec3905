using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Search;

public class SearchFixture : PortalFactory, IAsyncLifetime
{
    public string Code { get; private set; } = "";

    public async Task InitializeAsync() => await WithDbAsync(async db =>
    {
        Code = (await TestData.EnterpriseAsync(db, "高炉测试钢铁有限公司", "440306")).CreditCode;
        await RegisterTestData.AnnouncementAsync(db, "关于拆除高炉的公告", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            summary: "某企业<b>高炉</b>已拆除。");
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class SearchTests(SearchFixture factory) : IClassFixture<SearchFixture>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_WithoutKeyword_ShowsTheFormAndAHint()
    {
        var page = await _client.GetPageAsync("/search");
        Assert.NotNull(page.QuerySelector("main form[action='/search'] input[name=q]"));
        Assert.Contains("请输入关键词", page.QuerySelector("main .notice")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main section"));
    }

    [Fact]
    public async Task Get_GroupsHitsByKind_WithCountsAndMarkedSnippets()
    {
        var page = await _client.GetPageAsync("/search?q=高炉");
        var headings = page.Texts("main section h2");
        Assert.Equal(4, headings.Count);
        Assert.Contains(headings, h => h.StartsWith("政策文件", StringComparison.Ordinal) && !h.Contains("（0 条）"));
        Assert.Contains("通知公告 （1 条）", headings.Select(h => System.Text.RegularExpressions.Regex.Replace(h, @"\s+", " ")));
        Assert.NotNull(page.QuerySelector("#r-enterprises ~ ul a[href='/enterprises/" + factory.Code + "']"));
        Assert.NotNull(page.QuerySelector("#r-requirements ~ ul a[href='/requirements#t-shenzhen-2019-5']"));
        Assert.All(page.QuerySelectorAll(".snippet mark"), m => Assert.Equal("高炉", m.TextContent));
        Assert.NotEmpty(page.QuerySelectorAll(".snippet mark"));
        Assert.Equal("搜索：高炉 - 广东省淘汰落后产能信息公开与监督平台", page.Title);
    }

    [Fact]
    public async Task Get_EncodesMarkupInContentAndKeyword()
    {
        var page = await _client.GetPageAsync("/search?q=" + Uri.EscapeDataString("<b>高炉"));
        Assert.Null(page.QuerySelector("main b"));
        Assert.Equal("<b>高炉", page.QuerySelector("#r-announcements ~ ul .snippet mark")!.TextContent);
        var script = await _client.GetPageAsync("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        Assert.Null(script.QuerySelector("main script"));
        Assert.Contains("<script>alert(1)</script>", script.QuerySelector(".result-summary")!.TextContent);
    }

    [Fact]
    public async Task Get_FindsEnterprisesAndStandardsByCode()
    {
        var page = await _client.GetPageAsync("/search?q=" + factory.Code.ToLowerInvariant());
        Assert.Equal(factory.Code, page.QuerySelector("#r-enterprises ~ ul .snippet mark")!.TextContent);
        var standard = await _client.GetPageAsync("/search?q=GB 16780-2012");
        Assert.NotEmpty(standard.QuerySelectorAll("#r-requirements ~ ul li"));
        Assert.NotEmpty(standard.QuerySelectorAll("#r-policies ~ ul li a[href='/policies/shenzhen-2019']"));
    }

    [Fact]
    public async Task Get_ClampsTheKeyword()
    {
        var page = await _client.GetPageAsync("/search?q=" + new string('炉', 5_000));
        Assert.Equal(SearchKeyword.MaxLength, ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#search-q")!).Value.Length);
    }
}
