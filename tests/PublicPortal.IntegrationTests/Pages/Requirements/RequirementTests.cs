using System.Net;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Requirements;

public class RequirementTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_All_GroupsItemsIntoShenzhensFiveTables_AndLinksToTheSource()
    {
        var page = await _client.GetPageAsync("/requirements");
        Assert.Equal(["表1 能耗执法", "表2 环保执法", "表3 质量执法", "表4 安全执法", "表5 工艺装备"], page.Texts("main section h2"));
        Assert.All(page.QuerySelectorAll("main section"), s => Assert.NotNull(s.QuerySelector("a[href='/policies/shenzhen-2019']")));
        Assert.Equal("重点行业淘汰要求清单 - 广东省淘汰落后产能信息公开与监督平台", page.Title);
    }

    [Fact]
    public async Task Get_SteelTechnology_ShowsTheBlastFurnaceItem()
    {
        var page = await _client.GetPageAsync("/requirements?industry=steel&aspect=technology");
        Assert.Equal(["表5 工艺装备"], page.Texts("main section h2"));
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.NormalizedText()).ToList();
        Assert.Contains(rows, r => r.Contains("400立方米及以下炼铁高炉"));
        Assert.All(rows, r => Assert.Contains("钢铁", r));
        Assert.Equal("steel", ((AngleSharp.Html.Dom.IHtmlSelectElement)page.QuerySelector("#f-industry")!).Value);
    }

    [Fact]
    public async Task Get_CementEnergy_ShowsTheStandard()
    {
        var page = await _client.GetPageAsync("/requirements?industry=cement&aspect=energy");
        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Equal("GB 16780-2012", row.QuerySelector("td:last-child .standard")!.TextContent);
    }

    [Theory]
    [InlineData("/requirements?industry=unobtainium", "未知的行业代码")]
    [InlineData("/requirements?industry=steel&aspect=vibes", "未知的方面代码")]
    public async Task Get_Returns400_ForUnknownCodes(string url, string message)
    {
        var page = await _client.GetPageAsync(url, HttpStatusCode.BadRequest);
        Assert.Contains(message, page.QuerySelector("main")!.TextContent);
    }
}
