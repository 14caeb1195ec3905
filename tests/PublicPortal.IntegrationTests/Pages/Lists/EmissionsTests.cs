using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.IntegrationTests.Pages.Lists;

/// <summary>A serious particulate case with a penalty decision, and an ordinary SO₂ case still being rectified.</summary>
public class EmissionsFixture : PortalFactory, IAsyncLifetime
{
    public EmissionViolation Serious { get; private set; } = null!;

    public async Task InitializeAsync() => await WithDbAsync(async db =>
    {
        Serious = await TestData.EmissionAsync(db, await TestData.EnterpriseAsync(db, "宝安测试钢铁有限公司", "440306"), e =>
        {
            e.IsSerious = true; e.FoundOn = new(2023, 5, 6); e.PenaltyDecisionNumber = "深环宝罚〔2023〕88号";
            e.PenaltyDecidedOn = new(2023, 6, 2); e.Penalty = "罚款50万元，责令停产整治"; e.Status = EnforcementStatus.Closed;
        });
        await TestData.EmissionAsync(db, await TestData.EnterpriseAsync(db, "麻章测试陶瓷有限公司", "440811"),
            e => { e.Pollutant = "二氧化硫"; e.Violation = "二氧化硫小时均值浓度超标"; }, year: 2022);
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class EmissionsTests(EmissionsFixture factory) : RegisterPageTests(factory, "/lists/emissions"), IClassFixture<EmissionsFixture>
{
    [Fact]
    public async Task Get_List_ShowsPollutantViolationSeriousBadgeAndPenaltyNumber()
    {
        var page = await Client.GetPageAsync("/lists/emissions");
        var rows = page.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        var serious = rows.Single(r => r.TextContent.Contains("宝安测试钢铁有限公司"));
        Assert.Equal("情节严重", serious.QuerySelector(".badge.red")!.TextContent.Trim());
        Assert.Contains("深环宝罚〔2023〕88号", serious.TextContent);
        Assert.Null(rows.Single(r => r.TextContent.Contains("麻章测试陶瓷有限公司")).QuerySelector(".badge.red"));
        Assert.Equal("超标排放企业名单及处罚信息 - 广东省淘汰落后产能信息公开与监督平台", page.Title);
    }

    [Fact]
    public async Task Get_List_FiltersBySeriousStatusYearAndKeyword()
    {
        Assert.Equal(["宝安测试钢铁有限公司"], await Client.EnterprisesAsync("/lists/emissions?serious=1"));
        Assert.Equal(["宝安测试钢铁有限公司"], await Client.EnterprisesAsync("/lists/emissions?status=Closed"));
        Assert.Equal(["麻章测试陶瓷有限公司"], await Client.EnterprisesAsync("/lists/emissions?year=2022"));
        Assert.Equal(["麻章测试陶瓷有限公司"], await Client.EnterprisesAsync("/lists/emissions?q=二氧化硫"));
        Assert.Empty(await Client.EnterprisesAsync("/lists/emissions?serious=1&city=440800"));
    }

    [Fact]
    public async Task Get_List_SortsByFoundDate()
    {
        Assert.Equal(["宝安测试钢铁有限公司", "麻章测试陶瓷有限公司"], await Client.EnterprisesAsync("/lists/emissions"));
        Assert.Equal(["麻章测试陶瓷有限公司", "宝安测试钢铁有限公司"], await Client.EnterprisesAsync("/lists/emissions?sort=oldest"));
    }

    [Theory]
    [InlineData("/lists/emissions?serious=yes", "未知的情节筛选条件")]
    [InlineData("/lists/emissions?page=二", "页码应为数字")]
    public Task Get_List_Returns400WithChineseMessage_WhenQueryIsMalformed(string url, string message) =>
        AssertBadRequestAsync(url, message);

    [Fact]
    public async Task Get_Details_ShowsViolationStandardAndPenalty()
    {
        var page = await Client.GetPageAsync($"/lists/emissions/{factory.Serious.Id}");
        var meta = page.QuerySelector("dl.meta-table")!.NormalizedText();
        foreach (var expected in new[] { "颗粒物", "颗粒物排放浓度超过特别排放限值", "GB 28662-2012", "情节严重", "2023年5月6日",
                     "深环宝罚〔2023〕88号", "2023年6月2日", "罚款50万元，责令停产整治", "已关闭", "深圳市生态环境局" })
            Assert.Contains(expected, meta);
        Assert.NotNull(page.QuerySelector(".lead .badge.red"));
    }
}
