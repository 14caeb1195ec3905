using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.IntegrationTests.Pages.Lists;

/// <summary>Rebar that failed in 2023, still being rectified, and cement that failed in 2022, since rectified.</summary>
public class QualityFixture : PortalFactory, IAsyncLifetime
{
    public QualityFailure Rebar { get; private set; } = null!;

    public async Task InitializeAsync() => await WithDbAsync(async db =>
    {
        Rebar = await TestData.QualityAsync(db, await TestData.EnterpriseAsync(db, "江海测试钢铁有限公司", "440704"),
            q => q.Handling = "责令停止生产销售，依法立案查处");
        await TestData.QualityAsync(db, await TestData.EnterpriseAsync(db, "源城测试水泥有限公司", "441602"), q =>
        {
            q.ProductName = "通用硅酸盐水泥"; q.Specification = "P·O 42.5"; q.FailedItems = "3天抗压强度"; q.Standard = "GB 175-2023";
            q.InspectedOn = new(2022, 9, 1); q.Status = EnforcementStatus.Rectified;
        }, year: 2022);
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class QualityTests(QualityFixture factory) : RegisterPageTests(factory, "/lists/quality"), IClassFixture<QualityFixture>
{
    [Fact]
    public async Task Get_List_ShowsProductSpecificationBatchAndFailedItems()
    {
        var page = await Client.GetPageAsync("/lists/quality");
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.NormalizedText()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("江海测试钢铁有限公司") && r.Contains("钢筋混凝土用热轧带肋钢筋") && r.Contains("HRB400E Φ16")
            && r.Contains("20230301") && r.Contains("屈服强度") && r.Contains("2023年3月15日"));
        Assert.Equal("不合格产品及其生产企业名单 - 广东省淘汰落后产能信息公开与监督平台", page.Title);
    }

    [Fact]
    public async Task Get_List_FiltersByCityStatusAndKeyword()
    {
        Assert.Equal(["源城测试水泥有限公司"], await Client.EnterprisesAsync("/lists/quality?city=441600"));
        Assert.Equal(["源城测试水泥有限公司"], await Client.EnterprisesAsync("/lists/quality?status=Rectified"));
        Assert.Equal(["江海测试钢铁有限公司"], await Client.EnterprisesAsync("/lists/quality?q=带肋钢筋"));
        Assert.Equal(["源城测试水泥有限公司"], await Client.EnterprisesAsync("/lists/quality?q=源城测试"));
    }

    [Fact]
    public async Task Get_List_MatchesCreditCodeInAnyCase()
    {
        var code = factory.Rebar.Enterprise.CreditCode;
        Assert.Equal(["江海测试钢铁有限公司"], await Client.EnterprisesAsync("/lists/quality?q=" + code.ToLowerInvariant()));
    }

    [Fact]
    public async Task Get_List_SortsByInspectionDate()
    {
        Assert.Equal(["源城测试水泥有限公司", "江海测试钢铁有限公司"], await Client.EnterprisesAsync("/lists/quality?sort=oldest"));
        Assert.Equal(["江海测试钢铁有限公司", "源城测试水泥有限公司"], await Client.EnterprisesAsync("/lists/quality?sort=newest"));
    }

    [Theory]
    [InlineData("/lists/quality?status=Escalated", "未知的状态")]
    [InlineData("/lists/quality?industry=plastics", "未知的行业代码")]
    public Task Get_List_Returns400WithChineseMessage_WhenQueryIsMalformed(string url, string message) =>
        AssertBadRequestAsync(url, message);

    [Fact]
    public async Task Get_Details_ShowsProductInspectionAndHandling()
    {
        var page = await Client.GetPageAsync($"/lists/quality/{factory.Rebar.Id}");
        var meta = page.QuerySelector("dl.meta-table")!.NormalizedText();
        foreach (var expected in new[] { "江海测试钢铁有限公司", "钢筋混凝土用热轧带肋钢筋", "HRB400E Φ16", "20230301", "屈服强度",
                     "GB/T 1499.2-2024", "2023年3月15日", "测试产品质量监督检验所", "责令停止生产销售，依法立案查处", "整改中" })
            Assert.Contains(expected, meta);
        Assert.Equal("钢筋混凝土用热轧带肋钢筋", page.QuerySelector("h1")!.TextContent.Trim());
    }
}
