using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PublicPortal.IntegrationTests.Features.Stats;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Stats;

/// <summary>The public 运行情况通报: the month's aggregates per department, two SVG charts with their data tables, nothing of any case.</summary>
public class StatsPageTests(StatsFixture fixture) : IClassFixture<StatsFixture>
{
    private readonly HttpClient _client = fixture.CreateClient();

    internal static IReadOnlyList<string> Row(IParentNode table, string department) =>
        table.QuerySelectorAll("tr").Single(tr => tr.QuerySelector("th")?.TextContent.Trim() == department)
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();

    [Fact]
    public async Task Get_Stats_ShowsTheMonthsFiguresPerDepartment_WithTotals()
    {
        var page = await _client.GetPageAsync("/stats?month=2031-03");
        var table = page.QuerySelector("table#stats-table")!;
        Assert.Contains("2031年3月", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["7", "2", "4", "3", "3", "1", "7.5", "3", "66.7%", "33.3%"], Row(table, "深圳市应急管理局"));
        Assert.Equal(["2", "2", "2", "2", "0", "0", "5", "1", "0.0%", "100.0%"], Row(table, "深圳市生态环境局"));
        Assert.Equal(["1", "0", "0", "0", "0", "0", "—", "0", "—", "—"], Row(table, "湛江市应急管理局"));
        Assert.Equal(["11", "5", "7", "6", "3", "1", "6", "4", "50.0%", "50.0%"], Row(table.QuerySelector("tfoot")!, "合计"));
        Assert.Equal(4, table.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("2031-03", ((IHtmlInputElement)page.QuerySelector("form#month-form input[name=month]")!).Value);
    }

    [Fact]
    public async Task Get_Stats_DrawsAccessibleSvgCharts_WithTheSameNumbersInATable()
    {
        var page = await _client.GetPageAsync("/stats?month=2031-03");

        var bars = page.QuerySelector("svg#chart-handling")!;
        Assert.Equal("img", bars.GetAttribute("role"));
        var title = page.GetElementById(bars.GetAttribute("aria-labelledby")!)!;
        Assert.Equal("title", title.LocalName);
        Assert.Equal("2031年3月各部门受理件数与按期办结件数", title.TextContent);
        var desc = page.GetElementById(bars.GetAttribute("aria-describedby")!)!;
        Assert.Equal("desc", desc.LocalName);
        var data = page.QuerySelector("table#chart-handling-data")!;
        var labels = bars.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        foreach (var tr in data.QuerySelectorAll("tbody tr"))
        {
            var department = tr.QuerySelector("th")!.TextContent.Trim();
            var cells = tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
            Assert.Equal(Row(page.QuerySelector("table#stats-table")!, department)[0], cells[0]); // received
            Assert.Equal(Row(page.QuerySelector("table#stats-table")!, department)[3], cells[1]); // closed on time
            Assert.Contains(department, labels);
            Assert.Contains($"{department}：受理 {cells[0]} 件，按期办结 {cells[1]} 件", desc.TextContent);
        }
        Assert.Equal(["7", "3"], Row(data, "深圳市应急管理局"));
        Assert.Contains("受理 7", labels);
        Assert.Contains("按期办结 3", labels);
        Assert.NotNull(bars.QuerySelector("pattern")); // the second series is hatched, not only differently coloured

        var trend = page.QuerySelector("svg#chart-dissatisfaction")!;
        Assert.Equal("img", trend.GetAttribute("role"));
        Assert.Equal("title", page.GetElementById(trend.GetAttribute("aria-labelledby")!)!.LocalName);
        Assert.Equal("desc", page.GetElementById(trend.GetAttribute("aria-describedby")!)!.LocalName);
        var trendData = page.QuerySelector("table#chart-dissatisfaction-data")!;
        Assert.Equal(12, trendData.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(["4", "2", "50.0%"], Row(trendData, "2031年3月"));
        Assert.Equal(["1", "1", "100.0%"], Row(trendData, "2031年2月"));
        Assert.Equal(["0", "0", "—"], Row(trendData, "2030年4月"));
        var trendLabels = trend.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        Assert.Contains("50.0%", trendLabels);
        Assert.Contains("100.0%", trendLabels);
        Assert.Contains("无评价", trendLabels);

        // The CSP (style-src 'self') forbids inline styles; no script either.
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Empty(page.QuerySelectorAll("main script"));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("2031-03")]
    [InlineData("2031-02")]
    [InlineData("2031-04")]
    public async Task Get_Stats_NeverShowsTrackingNumbersEnterprisesOrDescriptions(string month)
    {
        var response = await _client.GetAsync($"/stats?month={month}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("深圳市应急管理局", html);
        foreach (var number in fixture.TrackingNumbers) Assert.DoesNotContain(number, html);
        foreach (var name in fixture.EnterpriseNames) Assert.DoesNotContain(name, html);
        Assert.DoesNotContain(StatsFixture.DescriptionCanary, html);
        Assert.DoesNotContain("JB2031", html);
        Assert.DoesNotContain("钢铁有限公司", html);
    }

    [Fact]
    public async Task Get_Stats_SaysSo_WhenTheMonthIsEmpty()
    {
        var page = await _client.GetPageAsync("/stats?month=2030-06");
        Assert.Contains("2030年6月 没有举报办理数据", page.QuerySelector("#stats-empty")!.TextContent);
        Assert.Null(page.QuerySelector("table#stats-table"));
        Assert.Null(page.QuerySelector("svg"));
    }

    [Fact]
    public async Task Get_Stats_DefaultsToTheCurrentChinaMonth_AndIsCacheable()
    {
        var response = await _client.GetAsync("/stats");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
        var page = await HtmlHelpers.GetDocumentAsync(response);
        Assert.Equal("2031-04", ((IHtmlInputElement)page.QuerySelector("form#month-form input[name=month]")!).Value);
        Assert.Contains("统计至 2031年4月15日", page.QuerySelector("table#stats-table caption")!.TextContent);
        Assert.Null(page.QuerySelector("a[rel=next]")); // no months from the future
        Assert.Equal("/stats?month=2031-03", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("2031-13")]
    [InlineData("2031-3")]
    [InlineData("abc")]
    [InlineData("2031-03-01")]
    [InlineData("1999-12")]
    public async Task Get_Stats_Returns400_ForAMalformedMonth(string month)
    {
        var page = await _client.GetPageAsync($"/stats?month={Uri.EscapeDataString(month)}", HttpStatusCode.BadRequest);
        Assert.Contains("月份格式不正确", page.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData("/sitemap")]
    [InlineData("/")]
    public async Task Get_SitemapAndHome_LinkToTheBulletin(string url)
    {
        var page = await _client.GetPageAsync(url);
        Assert.Contains("/stats", page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }
}
