using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.IntegrationTests.Pages.Lists;

/// <summary>
/// Four notices seen on 2024-06-15 in China (still 06-14 in UTC): one overdue, one due in 30 days, one dismantled,
/// and one whose deadline was 06-14, overdue only if "today" is taken in China time.
/// </summary>
public class SealingFixture : PortalFactory, IAsyncLifetime
{
    public static readonly DateOnly Today = new(2024, 6, 15);

    public SealingNotice Futian { get; private set; } = null!;
    public SealingNotice Nanshan { get; private set; } = null!;
    public SealingNotice Suixi { get; private set; } = null!;

    protected override DateTimeOffset ClockStart => TestClock.AtChina(Today, new TimeOnly(0, 30));

    public async Task InitializeAsync() => await WithDbAsync(async db =>
    {
        Futian = await TestData.SealingAsync(db, await TestData.EnterpriseAsync(db, "福田测试钢铁有限公司", "440304"), n =>
        {
            n.SealedEquipment = "450立方米炼铁高炉"; n.DismantleDeadline = new(2024, 6, 1);
            n.Measures |= SealingMeasures.PowerUnitRemoved;
            n.PledgeText = "本企业郑重承诺：封存的高炉不再恢复生产。"; n.PledgeSignatory = "福田测试钢铁有限公司（法定代表人：李某）";
            n.PledgedOn = new(2024, 1, 8);
            // Inserted out of order: the page must sort them by date.
            n.Reinspections.Add(new Reinspection
            {
                InspectedOn = new(2024, 5, 20), Inspector = "福田区工业和信息化局", Result = ReinspectionResult.ProductionResumed,
                Notes = "发现夜间通电生产",
            });
            n.Reinspections.Add(new Reinspection
            {
                InspectedOn = new(2024, 3, 1), Inspector = "深圳市工业和信息化局", Result = ReinspectionResult.Intact,
            });
        });
        Nanshan = await TestData.SealingAsync(db, await TestData.EnterpriseAsync(db, "南山测试水泥有限公司", "440305"),
            n => { n.SealedEquipment = "φ2.6米水泥粉磨机"; n.DismantleDeadline = new(2024, 7, 15); n.SealedOn = new(2024, 2, 1); });
        Suixi = await TestData.SealingAsync(db, await TestData.EnterpriseAsync(db, "遂溪测试铸造有限公司", "440823"), n =>
        {
            n.SealedEquipment = "5吨冲天炉"; n.DismantleDeadline = new(2024, 1, 31); n.SealedOn = new(2023, 8, 1);
            n.Status = SealingStatus.Dismantled; n.DismantledOn = new(2024, 2, 10);
        });
        await TestData.SealingAsync(db, await TestData.EnterpriseAsync(db, "罗湖测试玻璃有限公司", "440303"),
            n => { n.SealedEquipment = "平拉工艺平板玻璃生产线"; n.DismantleDeadline = new(2024, 6, 14); n.SealedOn = new(2024, 3, 1); });
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class SealingTests(SealingFixture factory) : RegisterPageTests(factory, "/lists/sealing"), IClassFixture<SealingFixture>
{
    [Fact]
    public async Task Get_List_ShowsEquipmentDatesAndAnOverdueBadgeOnlyWherePastDeadlineAndStillSealed()
    {
        var page = await Client.GetPageAsync("/lists/sealing");
        var rows = page.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(4, rows.Count);
        var futian = rows.Single(r => r.TextContent.Contains("福田测试钢铁有限公司")).NormalizedText();
        Assert.Contains("450立方米炼铁高炉", futian);
        Assert.Contains("2024年6月1日", futian);
        Assert.Contains("封存中 逾期未拆除", futian);
        Assert.DoesNotContain("逾期未拆除", rows.Single(r => r.TextContent.Contains("南山测试水泥有限公司")).TextContent);
        Assert.DoesNotContain("逾期未拆除", rows.Single(r => r.TextContent.Contains("遂溪测试铸造有限公司")).TextContent);
        Assert.Equal("落后产能封存公告 - 广东省淘汰落后产能信息公开与监督平台", page.Title);
    }

    [Fact]
    public async Task Get_List_FiltersByStatusIncludingOverdue_UsingTodayInChina()
    {
        Assert.Equal(["福田测试钢铁有限公司", "罗湖测试玻璃有限公司"], await Client.EnterprisesAsync("/lists/sealing?status=Overdue&sort=deadline"));
        Assert.Equal(["遂溪测试铸造有限公司"], await Client.EnterprisesAsync("/lists/sealing?status=Dismantled"));
        Assert.Equal(3, (await Client.EnterprisesAsync("/lists/sealing?status=Sealed")).Count);
    }

    [Fact]
    public async Task Get_List_FiltersByPlaceAndKeyword()
    {
        Assert.Equal(["南山测试水泥有限公司"], await Client.EnterprisesAsync("/lists/sealing?county=440305"));
        Assert.Equal(["遂溪测试铸造有限公司"], await Client.EnterprisesAsync("/lists/sealing?city=440800"));
        Assert.Equal(["遂溪测试铸造有限公司"], await Client.EnterprisesAsync("/lists/sealing?q=冲天炉"));
        Assert.Equal(["福田测试钢铁有限公司"], await Client.EnterprisesAsync("/lists/sealing?q=福田测试"));
    }

    [Fact]
    public async Task Get_List_SortsByDeadline()
    {
        Assert.Equal(["遂溪测试铸造有限公司", "福田测试钢铁有限公司", "罗湖测试玻璃有限公司", "南山测试水泥有限公司"],
            await Client.EnterprisesAsync("/lists/sealing?sort=deadline"));
    }

    [Theory]
    [InlineData("/lists/sealing?status=overdue", "未知的状态")]
    [InlineData("/lists/sealing?year=24", "年份应为四位数字")]
    [InlineData("/lists/sealing?county=440305&city=440800", "不属于")]
    public Task Get_List_Returns400WithChineseMessage_WhenQueryIsMalformed(string url, string message) =>
        AssertBadRequestAsync(url, message);

    [Fact]
    public async Task Get_Details_ShowsNoticeMeasuresPledgeCountdownTimelineAndTipLink()
    {
        var page = await Client.GetPageAsync($"/lists/sealing/{factory.Futian.Id}");
        var meta = page.QuerySelector("dl.meta-table")!.NormalizedText();
        Assert.Contains(factory.Futian.NoticeNumber, meta);
        Assert.Contains("断水、断电、拆除动力装置、封存主体设备", meta);
        Assert.Contains("2024年6月1日", meta);

        var pledge = page.QuerySelector(".pledge")!;
        Assert.Contains("公开承诺不再恢复生产", pledge.QuerySelector("h2")!.TextContent);
        Assert.Contains("封存的高炉不再恢复生产", pledge.QuerySelector("blockquote")!.TextContent);
        Assert.Contains("福田测试钢铁有限公司（法定代表人：李某）", pledge.TextContent);
        Assert.Contains("2024年1月8日", pledge.TextContent);

        Assert.Equal("已逾期 14 天", page.QuerySelector(".countdown")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".lead .badge.overdue"));

        var timeline = page.QuerySelectorAll(".timeline li").Select(li => li.NormalizedText()).ToList();
        Assert.Equal(2, timeline.Count);
        Assert.StartsWith("2024年3月1日 封存完好", timeline[0]);
        Assert.StartsWith("2024年5月20日 发现恢复生产", timeline[1]);
        Assert.Contains("发现夜间通电生产", timeline[1]);

        Assert.NotNull(page.QuerySelector($"a[href='/tips?source=sealing&id={factory.Futian.Id}']"));
    }

    [Fact]
    public async Task Get_Details_CountsDownToTheDeadline_OrSaysWhenDismantled()
    {
        var nanshan = await Client.GetPageAsync($"/lists/sealing/{factory.Nanshan.Id}");
        Assert.Equal("距拆除期限还有 30 天", nanshan.QuerySelector(".countdown")!.TextContent.Trim());
        Assert.Null(nanshan.QuerySelector(".badge.overdue"));
        Assert.Contains("暂无复查记录", nanshan.QuerySelector("main")!.TextContent);

        var suixi = await Client.GetPageAsync($"/lists/sealing/{factory.Suixi.Id}");
        Assert.Equal("已于2024年2月10日拆除", suixi.QuerySelector(".countdown")!.TextContent.Trim());
        Assert.Null(suixi.QuerySelector(".badge.overdue"));
    }

    [Fact]
    public async Task Get_Details_ReadsTodayFromTheInjectedTimeProvider()
    {
        var later = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<TimeProvider>(new FakeTimeProvider(TestClock.AtChina(new DateOnly(2024, 7, 20), new TimeOnly(0, 30))))));
        var page = await later.CreateClient().GetPageAsync($"/lists/sealing/{factory.Nanshan.Id}");
        Assert.Equal("已逾期 5 天", page.QuerySelector(".countdown")!.TextContent.Trim());
    }
}
