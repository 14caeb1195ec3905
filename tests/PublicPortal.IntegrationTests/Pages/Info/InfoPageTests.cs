using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Info;

public class InfoPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/about", "关于本站", "信息公开")]
    [InlineData("/accessibility", "无障碍说明", "长者模式")]
    [InlineData("/privacy", "隐私与信息保护", "举报人")]
    [InlineData("/sitemap", "网站地图", "企业查询")]
    public async Task Get_ShowsThePage_WithTitleDescriptionAndBreadcrumb(string url, string heading, string text)
    {
        var page = await _client.GetPageAsync(url);
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal($"{heading} - 广东省淘汰落后产能信息公开与监督平台", page.Title);
        Assert.Contains(text, page.QuerySelector("main")!.TextContent);
        Assert.Equal(heading, page.QuerySelector(".breadcrumbs [aria-current=page]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Get_About_CitesThePlansSection()
    {
        var page = await _client.GetPageAsync("/about");
        Assert.Contains("做好信息公开", page.QuerySelector("main")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/policies/guangdong-2023']"));
    }

    [Fact]
    public async Task Get_Sitemap_LinksEverySection()
    {
        var page = await _client.GetPageAsync("/sitemap");
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        string[] sections = ["/", "/policies", "/announcements", "/lists", "/lists/phase-out", "/lists/sealing", "/lists/cards",
            "/lists/emissions", "/lists/quality", "/requirements", "/enterprises", "/search", "/tips", "/about", "/accessibility",
            "/privacy", "/policies/shenzhen-2019", "/policies/heyuan-2020"];
        Assert.All(sections, s => Assert.Contains(s, links));
    }

    [Fact]
    public async Task EveryNewPage_HasItsOwnTitleAndDescription()
    {
        string[] urls = ["/policies", "/policies/shenzhen-2019", "/policies/heyuan-2020", "/announcements", "/requirements",
            "/enterprises", "/search", "/tips", "/about", "/accessibility", "/privacy", "/sitemap"];
        var pages = await Task.WhenAll(urls.Select(u => _client.GetPageAsync(u)));
        Assert.Equal(urls.Length, pages.Select(p => p.Title).Distinct().Count());
        Assert.Equal(urls.Length, pages.Select(p => p.QuerySelector("meta[name=description]")!.GetAttribute("content")).Distinct().Count());
    }
}
