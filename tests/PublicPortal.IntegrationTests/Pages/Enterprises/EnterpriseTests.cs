using System.Net;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.SampleData;

namespace PublicPortal.IntegrationTests.Pages.Enterprises;

/// <summary>One enterprise on every register (a yellow card escalated to red), and one on none.</summary>
public class EnterpriseFixture : PortalFactory, IAsyncLifetime
{
    public Enterprise Steel { get; private set; } = null!;
    public Enterprise Clean { get; private set; } = null!;
    public PhaseOutEntry Entry { get; private set; } = null!;
    public SealingNotice Notice { get; private set; } = null!;
    public CardListing Yellow { get; private set; } = null!;
    public CardListing Red { get; private set; } = null!;
    public EmissionViolation Emission { get; private set; } = null!;
    public QualityFailure Quality { get; private set; } = null!;

    public async Task InitializeAsync() => await WithDbAsync(async db =>
    {
        Steel = await TestData.EnterpriseAsync(db, "宝安测试钢铁有限公司", "440306");
        Clean = await TestData.EnterpriseAsync(db, "罗湖测试电子有限公司", "440303");
        Entry = await TestData.PhaseOutAsync(db, Steel);
        Notice = await RegisterTestData.SealingAsync(db, Steel);
        Yellow = await RegisterTestData.CardAsync(db, Steel, Card.Yellow);
        Red = await RegisterTestData.CardAsync(db, Steel, Card.Red, c => c.PreviousCardId = Yellow.Id);
        Emission = await RegisterTestData.EmissionAsync(db, Steel);
        Quality = await RegisterTestData.QualityAsync(db, Steel);
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class EnterpriseTests(EnterpriseFixture factory) : IClassFixture<EnterpriseFixture>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_List_ShowsAllEnterprises_WhenNoKeyword()
    {
        var page = await _client.GetPageAsync("/enterprises");
        Assert.Equal(["宝安测试钢铁有限公司", "罗湖测试电子有限公司"], page.Texts("tbody td:first-child a").Order());
        Assert.Equal("企业查询 - 广东省淘汰落后产能信息公开与监督平台", page.Title);
    }

    [Fact]
    public async Task Get_List_SearchesByNameOrCreditCode()
    {
        Assert.Equal(["宝安测试钢铁有限公司"], (await _client.GetPageAsync("/enterprises?q=宝安测试")).Texts("tbody td:first-child a"));
        var code = factory.Clean.CreditCode;
        Assert.Equal(["罗湖测试电子有限公司"], (await _client.GetPageAsync("/enterprises?q=" + code)).Texts("tbody td:first-child a"));
        Assert.Equal(["罗湖测试电子有限公司"],
            (await _client.GetPageAsync("/enterprises?q=" + code.ToLowerInvariant())).Texts("tbody td:first-child a"));
        Assert.Empty((await _client.GetPageAsync("/enterprises?q=不存在的公司")).QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Get_List_SaysTheCheckCharacterIsWrong_ForACompleteCodeThatFailsTheCheck()
    {
        var code = factory.Steel.CreditCode;
        var wrong = code[..17] + (code[17] == '0' ? '1' : '0');
        var page = await _client.GetPageAsync("/enterprises?q=" + wrong);
        Assert.Contains("统一社会信用代码校验位不正确", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Get_Details_GathersEveryRegister_WithLinksToTheRegisterPages()
    {
        var page = await _client.GetPageAsync($"/enterprises/{factory.Steel.CreditCode}");
        Assert.Equal("宝安测试钢铁有限公司", page.QuerySelector("h1")!.TextContent.Trim());
        var meta = page.QuerySelector("dl.meta-table")!.NormalizedText();
        Assert.Contains(factory.Steel.CreditCode, meta);
        Assert.Contains("深圳市 宝安区", meta);

        Assert.NotNull(page.QuerySelector($"#phase-out ~ .table-wrap a[href='/lists/phase-out/{factory.Entry.Id}']"));
        Assert.NotNull(page.QuerySelector($"#sealing ~ .table-wrap a[href='/lists/sealing/{factory.Notice.Id}']"));
        Assert.NotNull(page.QuerySelector($"#emissions ~ .table-wrap a[href='/lists/emissions/{factory.Emission.Id}']"));
        Assert.NotNull(page.QuerySelector($"#quality ~ .table-wrap a[href='/lists/quality/{factory.Quality.Id}']"));
        var cards = page.QuerySelectorAll("#cards ~ .table-wrap tbody tr").Select(r => r.NormalizedText()).ToList();
        Assert.Equal(2, cards.Count);
        Assert.Contains("黄牌", cards[0]);
        Assert.Contains("红牌", cards[1]);
        Assert.NotNull(page.QuerySelector($"a[href='/lists/cards/{factory.Red.Id}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/tips?source=enterprise&code={factory.Steel.CreditCode}']"));
    }

    [Fact]
    public async Task Get_Details_SaysSo_WhenARegisterHasNoRows()
    {
        var page = await _client.GetPageAsync($"/enterprises/{factory.Clean.CreditCode}");
        Assert.Equal(5, page.QuerySelectorAll("main section").Count(s => s.TextContent.Contains("暂无公开记录")));
    }

    [Fact]
    public async Task Get_Details_Returns404_ForUnknownOrInvalidCodes()
    {
        var unknown = SampleDataSeeder.MakeCreditCode("440304", 8_888_888);
        Assert.True(CreditCode.IsValid(unknown));
        await _client.GetPageAsync($"/enterprises/{unknown}", HttpStatusCode.NotFound);
        await _client.GetPageAsync("/enterprises/not-a-code", HttpStatusCode.NotFound);
        var code = factory.Steel.CreditCode;
        await _client.GetPageAsync($"/enterprises/{code[..17]}{(code[17] == '0' ? '1' : '0')}", HttpStatusCode.NotFound);
    }
}
