using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.IntegrationTests.Pages.Lists;

/// <summary>
/// 福田: a rectified quality yellow card (2022), then an energy yellow card (2023-01) escalated to a red card (2023-07).
/// 南山: a yellow card whose deadline was extended by three months.
/// </summary>
public class CardsFixture : PortalFactory, IAsyncLifetime
{
    public CardListing FutianEarlier { get; private set; } = null!;
    public CardListing FutianYellow { get; private set; } = null!;
    public CardListing FutianRed { get; private set; } = null!;
    public CardListing NanshanYellow { get; private set; } = null!;

    public async Task InitializeAsync() => await WithDbAsync(async db =>
    {
        var futian = await TestData.EnterpriseAsync(db, "福田测试能耗有限公司", "440304");
        FutianEarlier = await TestData.CardAsync(db, futian, Card.Yellow, new(2022, 3, 1),
            c => { c.Reason = "产品质量抽查不合格"; c.Status = CardStatus.Rectified; }, aspect: "quality");
        FutianYellow = await TestData.CardAsync(db, futian, Card.Yellow, new(2023, 1, 10),
            c => { c.Status = CardStatus.Escalated; c.DecisionNumber = "测黄字〔2023〕1号"; });
        FutianRed = await TestData.CardAsync(db, futian, Card.Red, new(2023, 7, 25), c => c.PreviousCardId = FutianYellow.Id);
        NanshanYellow = await TestData.CardAsync(db, await TestData.EnterpriseAsync(db, "南山测试延期有限公司", "440305"), Card.Yellow,
            new(2023, 3, 1), c => { c.Status = CardStatus.Extended; c.ExtendedDeadline = new(2023, 12, 1); c.Reason = "窑炉热耗超过限额"; });
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class CardsTests(CardsFixture factory) : RegisterPageTests(factory, "/lists/cards"), IClassFixture<CardsFixture>
{
    [Fact]
    public async Task Get_List_ShowsCardKindReasonListedDateAndDeadline()
    {
        var page = await Client.GetPageAsync("/lists/cards");
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.NormalizedText()).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains(rows, r => r.StartsWith("黄牌 南山测试延期有限公司", StringComparison.Ordinal) && r.Contains("窑炉热耗超过限额")
            && r.Contains("2023年3月1日") && r.Contains("2023年12月1日") && r.Contains("延期整改中"));
        Assert.Single(page.QuerySelectorAll("tbody .badge.red"));
        Assert.Equal("黄牌、红牌名单 - 广东省淘汰落后产能信息公开与监督平台", page.Title);
    }

    [Fact]
    public async Task Get_List_FiltersByCardStatusAspectAndKeyword()
    {
        Assert.Equal(["福田测试能耗有限公司"], await Client.EnterprisesAsync("/lists/cards?card=red"));
        Assert.Equal(3, (await Client.EnterprisesAsync("/lists/cards?card=yellow")).Count);
        Assert.Equal(["南山测试延期有限公司"], await Client.EnterprisesAsync("/lists/cards?status=Extended"));
        Assert.Equal(["福田测试能耗有限公司"], await Client.EnterprisesAsync("/lists/cards?aspect=quality"));
        Assert.Equal(["南山测试延期有限公司"], await Client.EnterprisesAsync("/lists/cards?q=窑炉"));
        Assert.Empty(await Client.EnterprisesAsync("/lists/cards?card=red&county=440305"));
    }

    [Fact]
    public async Task Get_List_KeepsTheCardFilterInTheForm()
    {
        var page = await Client.GetPageAsync("/lists/cards?card=red");
        Assert.Equal("red", ((AngleSharp.Html.Dom.IHtmlSelectElement)page.QuerySelector("#f-card")!).Value);
        Assert.Contains("已按条件筛选", page.QuerySelector(".result-summary")!.TextContent);
    }

    [Fact]
    public async Task Get_List_SortsByListedDate()
    {
        var page = await Client.GetPageAsync("/lists/cards?sort=oldest");
        var listed = page.QuerySelectorAll("tbody tr td:nth-child(6)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["2022年3月1日", "2023年1月10日", "2023年3月1日", "2023年7月25日"], listed);
    }

    [Theory]
    [InlineData("/lists/cards?card=blue", "未知的名单类别")]
    [InlineData("/lists/cards?card=Red", "未知的名单类别")]
    [InlineData("/lists/cards?status=1", "未知的状态")]
    [InlineData("/lists/cards?aspect=noise", "未知的方面代码")]
    public Task Get_List_Returns400WithChineseMessage_WhenQueryIsMalformed(string url, string message) =>
        AssertBadRequestAsync(url, message);

    [Fact]
    public async Task Get_Details_ShowsDeadlineAndExtension()
    {
        var page = await Client.GetPageAsync($"/lists/cards/{factory.NanshanYellow.Id}");
        var meta = page.QuerySelector("dl.meta-table")!.NormalizedText();
        Assert.Contains("窑炉热耗超过限额", meta);
        Assert.Contains("2023年9月1日", meta);
        Assert.Contains("延期至2023年12月1日", meta);
        Assert.Contains("延期整改中", meta);
    }

    [Fact]
    public async Task Get_Details_LinksRedCardToTheYellowItFollowed_AndBack()
    {
        var red = await Client.GetPageAsync($"/lists/cards/{factory.FutianRed.Id}");
        Assert.Contains("2023年1月10日列入黄牌名单", red.QuerySelector($"dl a[href='/lists/cards/{factory.FutianYellow.Id}']")!.TextContent);
        Assert.DoesNotContain("整改期限", red.QuerySelector("dl.meta-table")!.TextContent);

        var yellow = await Client.GetPageAsync($"/lists/cards/{factory.FutianYellow.Id}");
        Assert.Contains("2023年7月25日列入红牌名单", yellow.QuerySelector($"dl a[href='/lists/cards/{factory.FutianRed.Id}']")!.TextContent);
        Assert.Contains("测黄字〔2023〕1号", yellow.QuerySelector("dl.meta-table")!.TextContent);
    }

    [Fact]
    public async Task Get_Details_ShowsTheEnterprisesWholeCardHistoryByDate()
    {
        var page = await Client.GetPageAsync($"/lists/cards/{factory.FutianRed.Id}");
        var history = page.QuerySelectorAll("section[aria-labelledby=h-history] tbody tr").Select(r => r.NormalizedText()).ToList();
        Assert.Equal(3, history.Count);
        Assert.StartsWith("2022年3月1日 黄牌 质量", history[0]);
        Assert.StartsWith("2023年1月10日 黄牌 能耗", history[1]);
        Assert.StartsWith("2023年7月25日红牌（本条）", history[2].Replace(" ", ""));
        Assert.NotNull(page.QuerySelector($"section[aria-labelledby=h-history] a[href='/lists/cards/{factory.FutianEarlier.Id}']"));
    }
}
