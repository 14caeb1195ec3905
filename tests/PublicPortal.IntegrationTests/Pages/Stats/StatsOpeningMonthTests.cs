using System.Globalization;
using AngleSharp.Dom;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Tips;
using static PublicPortal.IntegrationTests.Builders.TipData;

namespace PublicPortal.IntegrationTests.Pages.Stats;

/// <summary>/stats with no month chosen opens where there is something to read, and shows the twelve-month trend.</summary>
public class StatsOpeningMonthTests
{
    /// <summary>One tip-off handled in November; the clock reads 00:30 on 1 December (China), before anything happened in
    /// December.</summary>
    public class EarlyInTheMonthFactory : PortalFactory
    {
        protected override DateTimeOffset ClockStart => new(2026, 12, 1, 0, 30, 0, TimeSpan.FromHours(8));
    }

    private static List<(string Month, int Received, int Closed)> Volume(IParentNode page) =>
        page.QuerySelectorAll("table#chart-volume-data tbody tr").Select(tr => (tr.QuerySelector("th")!.TextContent.Trim(),
            int.Parse(tr.QuerySelectorAll("td")[0].TextContent, CultureInfo.InvariantCulture),
            int.Parse(tr.QuerySelectorAll("td")[1].TextContent, CultureInfo.InvariantCulture))).ToList();

    [Fact]
    public async Task Get_Stats_EarlyInAMonth_OpensOnTheLatestMonthWithData()
    {
        using var factory = new EarlyInTheMonthFactory();
        await factory.WithDbAsync(async db =>
        {
            var bureau = await DepartmentAsync(db, "440300-yjglj");
            await TipAsync(db, "JB2026110300000001", "测试开局月份冶炼厂", "cipher", Closed(China(2026, 11, 20), Satisfaction.Satisfied),
                Assignment(bureau, China(2026, 11, 3), new(2026, 11, 4), new(2026, 11, 24), China(2026, 11, 3, 15)));
        });
        var client = factory.CreateClient();

        var page = await client.GetPageAsync("/stats");
        Assert.Null(page.QuerySelector("#stats-empty"));
        Assert.Contains("2026年11月", page.QuerySelector("table#stats-table caption")!.TextContent);
        Assert.Contains(("2026年11月", 1, 1), Volume(page));

        // Asked for December on purpose, the reader gets December, empty as it is.
        var december = await client.GetPageAsync("/stats?month=2026-12");
        Assert.Contains("2026年12月 没有举报办理数据", december.QuerySelector("#stats-empty")!.TextContent);
    }

    [Fact]
    public async Task Get_Stats_WithTheSampleData_ShowsTwelveMonthsOfReceivedAndClosed()
    {
        using var factory = new SampleDataFactory();
        var page = await factory.CreateClient().GetPageAsync("/stats");

        Assert.Null(page.QuerySelector("#stats-empty"));
        var volume = Volume(page);
        Assert.Equal(12, volume.Count);
        Assert.Equal("2026年6月", volume[^1].Month); // the sample clock's month, which has data
        Assert.True(volume.Count(v => v.Received > 0) >= 11, string.Join(" ", volume));
        Assert.True(volume.Count(v => v.Closed > 0) >= 10, string.Join(" ", volume));
        var chart = page.QuerySelector("svg#chart-volume")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Contains($"受理 {volume[0].Received} 件", chart.QuerySelector("desc")!.TextContent);
    }
}
