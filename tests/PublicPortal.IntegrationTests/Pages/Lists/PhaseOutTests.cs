using System.Net;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.IntegrationTests.Pages.Lists;

/// <summary>Three entries in two cities, two years and two industries, inserted once for the whole class.</summary>
public class PhaseOutFixture : PortalFactory, IAsyncLifetime
{
    public PhaseOutEntry Futian { get; private set; } = null!;
    public PhaseOutEntry NanshanCement { get; private set; } = null!;

    public async Task InitializeAsync() => await WithDbAsync(async db =>
    {
        Futian = await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "福田测试钢铁有限公司", "440304"),
            e => { e.Equipment = "450立方米炼铁高炉"; e.Capacity = 55; });
        NanshanCement = await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "南山测试水泥有限公司", "440305"),
            e =>
            {
                e.Equipment = "φ2.6米水泥粉磨机"; e.Capacity = 12.5;
                e.Measure = PhaseOutMeasure.Sealed; e.Status = PhaseOutStatus.Accepted;
            },
            industry: "cement");
        await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "遂溪测试铸造有限公司", "440823"),
            e => e.Equipment = "5吨冲天炉", year: 2021);
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class PhaseOutTests(PhaseOutFixture factory) : IClassFixture<PhaseOutFixture>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_List_ShowsEveryEntryWithItsCapacity()
    {
        var page = await _client.GetPageAsync("/lists/phase-out");
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.NormalizedText()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r.Contains("福田测试钢铁有限公司") && r.Contains("450立方米炼铁高炉") && r.Contains("55 万吨/年") && r.Contains("拆除"));
        Assert.Equal("年度落后产能退出企业名单 - 广东省淘汰落后产能信息公开与监督平台", page.Title);
    }

    [Fact]
    public async Task Get_List_FiltersByCityCountyYearIndustryAndKeyword()
    {
        Assert.Equal(["南山测试水泥有限公司"], await EnterprisesAsync("/lists/phase-out?county=440305"));
        Assert.Equal(2, (await EnterprisesAsync("/lists/phase-out?city=440300")).Count);
        Assert.Equal(["遂溪测试铸造有限公司"], await EnterprisesAsync("/lists/phase-out?year=2021"));
        Assert.Equal(["南山测试水泥有限公司"], await EnterprisesAsync("/lists/phase-out?industry=cement"));
        Assert.Equal(["南山测试水泥有限公司"], await EnterprisesAsync("/lists/phase-out?status=Accepted"));
        Assert.Equal(["遂溪测试铸造有限公司"], await EnterprisesAsync("/lists/phase-out?q=冲天炉"));
        Assert.Equal(["福田测试钢铁有限公司"], await EnterprisesAsync("/lists/phase-out?q=福田测试"));
    }

    [Fact]
    public async Task Get_List_SortsByCapacity()
    {
        var names = await EnterprisesAsync("/lists/phase-out?sort=capacity");
        Assert.Equal("福田测试钢铁有限公司", names[0]);
        Assert.Equal("南山测试水泥有限公司", names[^1]);
    }

    [Fact]
    public async Task Get_List_KeepsTheFilterInTheForm()
    {
        var page = await _client.GetPageAsync("/lists/phase-out?city=440300&year=2023&q=钢铁");
        Assert.Equal("440300", ((AngleSharp.Html.Dom.IHtmlSelectElement)page.QuerySelector("#f-city")!).Value);
        Assert.Equal("2023", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#f-year")!).Value);
        Assert.Equal("钢铁", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#f-q")!).Value);
    }

    [Theory]
    [InlineData("/lists/phase-out?year=abc", "年份应为四位数字")]
    [InlineData("/lists/phase-out?page=xyz", "页码应为数字")]
    [InlineData("/lists/phase-out?city=999999", "未知的地市代码")]
    [InlineData("/lists/phase-out?status=Bogus", "未知的状态")]
    public async Task Get_List_Returns400WithChineseMessage_WhenQueryIsMalformed(string url, string message)
    {
        var page = await _client.GetPageAsync(url, HttpStatusCode.BadRequest);
        Assert.Contains(message, page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Get_List_ClampsNegativePageAndHugeKeyword()
    {
        var page = await _client.GetPageAsync("/lists/phase-out?page=-1");
        Assert.Equal(3, page.QuerySelectorAll("tbody tr").Length);
        var huge = await _client.GetPageAsync("/lists/phase-out?q=" + new string('钢', 10_000));
        Assert.Equal(RegisterFilter.MaxKeywordLength, ((AngleSharp.Html.Dom.IHtmlInputElement)huge.QuerySelector("#f-q")!).Value.Length);
    }

    [Fact]
    public async Task Get_Details_ShowsTheEntryAndLinksToTheEnterpriseAndTheTipForm()
    {
        var page = await _client.GetPageAsync($"/lists/phase-out/{factory.NanshanCement.Id}");
        var meta = page.QuerySelector("dl.meta-table")!.NormalizedText();
        Assert.Contains("南山测试水泥有限公司", meta);
        Assert.Contains("φ2.6米水泥粉磨机", meta);
        Assert.Contains("12.5 万吨/年", meta);
        Assert.Contains("封存", meta);
        Assert.Contains("2023年5月20日", meta);
        Assert.NotNull(page.QuerySelector($"a[href='/tips?source=phase-out&id={factory.NanshanCement.Id}']"));
    }

    [Fact]
    public async Task Get_Details_Returns404_ForUnknownId()
    {
        var page = await _client.GetPageAsync("/lists/phase-out/999999", HttpStatusCode.NotFound);
        Assert.Contains("页面不存在", page.QuerySelector("h1")!.TextContent);
    }

    private Task<List<string>> EnterprisesAsync(string url) => _client.EnterprisesAsync(url);
}
