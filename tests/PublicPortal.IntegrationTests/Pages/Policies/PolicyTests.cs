using System.Net;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Policies;

public class PolicyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_List_ShowsAllFiveDocuments_WithTheHeyuanDraftMarked()
    {
        var page = await _client.GetPageAsync("/policies");
        var items = page.QuerySelectorAll(".document-list > li").Select(li => li.NormalizedText()).ToList();
        Assert.Equal(5, items.Count);
        var heyuan = Assert.Single(items, i => i.Contains("河源市2020年推动落后产能退出工作方案"));
        Assert.Contains("征求意见稿", heyuan.Replace("（征求意见稿）", ""));
        Assert.Contains(items, i =>
            i.Contains("深圳市工业和信息化局") && i.Contains("深工信优势字〔2019〕76号") && i.Contains("2019年5月21日") && i.Contains("正式印发"));
        Assert.Equal("政策文件 - 广东省淘汰落后产能信息公开与监督平台", page.Title);
    }

    [Theory]
    [InlineData("/policies?jurisdiction=440300", new[] { "shenzhen-2019" })]
    [InlineData("/policies?year=2020", new[] { "zhanjiang-2020", "heyuan-2020" })]
    [InlineData("/policies?jurisdiction=440800&year=2020", new[] { "zhanjiang-2020" })]
    [InlineData("/policies?jurisdiction=440000&year=2019", new string[0])]
    public async Task Get_List_FiltersByJurisdictionAndYear(string url, string[] slugs)
    {
        var page = await _client.GetPageAsync(url);
        var links = page.QuerySelectorAll(".document-list h2 a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(slugs.Select(s => "/policies/" + s).Order(), links.Order());
    }

    [Theory]
    [InlineData("/policies?jurisdiction=999999", "未知的地区代码")]
    [InlineData("/policies?year=20x0", "年份应为四位数字")]
    public async Task Get_List_Returns400_WhenFilterIsMalformed(string url, string message)
    {
        var page = await _client.GetPageAsync(url, HttpStatusCode.BadRequest);
        Assert.Contains(message, page.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData("guangdong-2023", "广东省2023年推动落后产能退出工作方案", "440000-2023-0001", "广东省淘汰落后产能工作协调小组", "原文未注明", "无", "广东省", "正式印发")]
    [InlineData("zhanjiang-2020", "湛江市2020年推动落后产能退出工作方案", "440800-2020-0001", "湛江市淘汰落后产能工作协调小组", "2020年5月18日", "无", "湛江市", "正式印发")]
    [InlineData("shenzhen-2019", "深圳市2019年度推动落后产能退出工作行动计划", "440300-2019-0001", "深圳市工业和信息化局", "2019年5月21日",
        "深工信优势字〔2019〕76号", "深圳市", "正式印发")]
    [InlineData("jiangmen-2021", "江门市2021年度推动落后产能退出工作计划", "440700-2021-0001", "江门市工业和信息化局", "2021年5月19日", "江工信发〔2021〕30号", "江门市", "正式印发")]
    [InlineData("heyuan-2020", "河源市2020年推动落后产能退出工作方案（征求意见稿）", "441600-2020-0001", "河源市", "原文未注明", "无", "河源市", "征求意见稿")]
    public async Task Get_Details_ShowsTheGovernmentMetadataBlock(string slug, string title, string index, string issuer,
        string date, string number, string place, string status)
    {
        var page = await _client.GetPageAsync($"/policies/{slug}");
        var meta = page.QuerySelectorAll("dl.meta-table > div")
            .ToDictionary(d => d.QuerySelector("dt")!.TextContent.Trim(), d => d.QuerySelector("dd")!.NormalizedText());
        Assert.Equal(index, meta["索引号"]);
        Assert.Equal(issuer, meta["发布机构"]);
        Assert.Equal(date, meta["成文日期"]);
        Assert.Equal(number, meta["文号"]);
        Assert.Equal("主动公开", meta["公开方式"]);
        Assert.Equal("工业、交通", meta["主题分类"]);
        Assert.Equal(place, meta["所属地区"]);
        Assert.Equal(slug[^4..], meta["年度"]);
        Assert.Equal(status, meta["状态"]);
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith(title + " - ", page.Title);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")!.GetAttribute("content")));
        Assert.NotEmpty(page.QuerySelectorAll(".document-body h2"));
        Assert.NotNull(page.QuerySelector("button[data-print][hidden]"));
        Assert.Equal(["政策文件", title], page.Texts(".breadcrumbs li").Skip(1));
    }

    [Fact]
    public async Task Get_Details_RendersShenzhensFiveRequirementTablesAsTables()
    {
        var page = await _client.GetPageAsync("/policies/shenzhen-2019");
        var tables = page.QuerySelectorAll(".document-body table");
        Assert.Equal(5, tables.Length);
        Assert.All(tables, t => Assert.Contains("重点行业", t.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim())));
        Assert.Contains(page.QuerySelectorAll(".document-body td"), td => td.TextContent.Contains("GB 16780-2012"));
        Assert.Contains("彭常斐 88101020", page.QuerySelector(".document-contact")!.TextContent);
        Assert.Contains("gxj.sz.gov.cn", page.QuerySelector(".document-source")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/requirements']"));
    }

    [Fact]
    public async Task Get_Details_Returns404_ForUnknownSlug()
    {
        var page = await _client.GetPageAsync("/policies/no-such-plan", HttpStatusCode.NotFound);
        Assert.Contains("页面不存在", page.QuerySelector("h1")!.TextContent);
    }
}
