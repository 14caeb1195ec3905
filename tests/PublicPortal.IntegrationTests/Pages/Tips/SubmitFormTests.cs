using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.IntegrationTests.Pages.Tips;

public class SubmitFormFixture : PortalFactory, IAsyncLifetime
{
    public Enterprise Enterprise { get; private set; } = null!;
    public SealingNotice Notice { get; private set; } = null!;
    public PhaseOutEntry Entry { get; private set; } = null!;

    public async Task InitializeAsync() => await WithDbAsync(async db =>
    {
        Enterprise = await TestData.EnterpriseAsync(db, "龙岗测试水泥有限公司", "440307");
        Notice = await RegisterTestData.SealingAsync(db, Enterprise, n => n.NoticeNumber = "深封字〔2023〕9号");
        Entry = await TestData.PhaseOutAsync(db, Enterprise, e => e.Equipment = "φ3.0米水泥粉磨机");
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class SubmitFormTests(SubmitFormFixture factory) : IClassFixture<SubmitFormFixture>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_ShowsTheFormAndTheOtherChannels_AndPromisesConfidentiality()
    {
        var page = await _client.GetPageAsync("/tips");
        var main = page.QuerySelector("main")!.NormalizedText();
        Assert.Contains("12345", main);
        Assert.Contains("严格保密", main);
        Assert.NotNull(page.QuerySelector("main form#tip[method=post][enctype='multipart/form-data']"));
        var rows = page.QuerySelectorAll("main tbody tr").Select(r => r.NormalizedText()).ToList();
        Assert.Contains(rows, r => r.Contains("湛江市") && r.Contains("0759-3367875") && r.Contains("zjjxgy@126.com"));
        Assert.Contains(rows, r => r.Contains("深圳市") && r.Contains("彭常斐 88101020"));
        Assert.Null(page.QuerySelector("main [role=status]"));
        Assert.Equal("我要举报 - 广东省淘汰落后产能信息公开与监督平台", page.Title);
    }

    [Fact]
    public async Task Get_NamesTheRecordTheVisitorCameFrom()
    {
        var sealing = await _client.GetPageAsync($"/tips?source=sealing&id={factory.Notice.Id}");
        var referral = sealing.QuerySelector("main [role=status]")!;
        Assert.Contains("深封字〔2023〕9号", referral.TextContent);
        Assert.Contains("龙岗测试水泥有限公司", referral.TextContent);
        Assert.NotNull(referral.QuerySelector($"a[href='/lists/sealing/{factory.Notice.Id}']"));

        var phaseOut = await _client.GetPageAsync($"/tips?source=phase-out&id={factory.Entry.Id}");
        Assert.Contains("φ3.0米水泥粉磨机", phaseOut.QuerySelector("main [role=status]")!.TextContent);

        var enterprise = await _client.GetPageAsync($"/tips?source=enterprise&code={factory.Enterprise.CreditCode}");
        Assert.NotNull(enterprise.QuerySelector($"main [role=status] a[href='/enterprises/{factory.Enterprise.CreditCode}']"));
    }

    [Theory]
    [InlineData("/tips?source=sealing&id=999999")]
    [InlineData("/tips?source=sealing&id=abc")]
    [InlineData("/tips?source=phase-out")]
    [InlineData("/tips?source=enterprise&code=123")]
    [InlineData("/tips?source=nonsense&id=1")]
    public async Task Get_IgnoresUnknownOrInvalidReferrals(string url)
    {
        var page = await _client.GetPageAsync(url);
        Assert.Null(page.QuerySelector("main [role=status]"));
        Assert.Contains("12345", page.QuerySelector("main")!.TextContent);
    }
}
