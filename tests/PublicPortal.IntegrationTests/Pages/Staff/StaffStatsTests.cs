using System.Net;
using PublicPortal.IntegrationTests.Features.Stats;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Staff;
using static PublicPortal.IntegrationTests.Pages.Stats.StatsPageTests;

namespace PublicPortal.IntegrationTests.Pages.Staff;

/// <summary>/staff/stats: a department sees its own row, a coordination office its jurisdiction and the districts below.</summary>
public class StaffStatsTests(StatsFixture fixture) : IClassFixture<StatsFixture>
{
    [Fact]
    public async Task Get_StaffStats_RedirectsAnonymousToSignIn()
    {
        var page = await fixture.CreateClient().GetPageAsync("/staff/stats?month=2031-03");
        Assert.NotNull(page.QuerySelector("form#signin"));
        Assert.Contains("ReturnUrl=%2Fstaff%2Fstats", page.Url, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_StaffStats_ShowsADepartmentOnlyItsOwnRow()
    {
        await StaffLogin.CreateAsync(fixture, "stats-officer@test.local", StaffRoles.Officer, StatsFixture.Emergency);
        var client = await StaffLogin.SignInAsync(fixture, "stats-officer@test.local");
        var response = await client.GetAsync("/staff/stats?month=2031-03");
        Assert.True(response.Headers.CacheControl?.NoStore);
        var page = await HtmlHelpers.GetDocumentAsync(response);
        var table = page.QuerySelector("table#stats-table")!;
        Assert.Equal(["深圳市应急管理局"], table.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["7", "2", "4", "3", "3", "1", "7.5", "3", "66.7%", "33.3%"], Row(table, "深圳市应急管理局"));
        Assert.Null(table.QuerySelector("tfoot"));
        Assert.DoesNotContain("深圳市生态环境局", page.QuerySelector("main")!.TextContent);
        Assert.Equal("深圳市应急管理局", page.QuerySelector("#stats-scope")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("svg#chart-handling[role=img]"));
    }

    [Fact]
    public async Task Get_StaffStats_ShowsTheOfficeItsJurisdiction_AndNotAnotherCity()
    {
        await StaffLogin.CreateAsync(fixture, "stats-office@test.local", StaffRoles.Office, "440300-office");
        var client = await StaffLogin.SignInAsync(fixture, "stats-office@test.local");
        var page = await client.GetPageAsync("/staff/stats?month=2031-03");
        var table = page.QuerySelector("table#stats-table")!;
        var departments = table.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains("深圳市应急管理局", departments);
        Assert.Contains("深圳市生态环境局", departments);
        Assert.Contains("深圳市福田区应急管理局", departments);
        Assert.Contains("深圳市南山区应急管理局", departments); // idle departments of the jurisdiction are listed too
        Assert.DoesNotContain("湛江市应急管理局", departments);
        Assert.DoesNotContain("湛江市应急管理局", page.QuerySelector("main")!.TextContent);
        Assert.Equal(["2", "2", "2", "2", "0", "0", "5", "1", "0.0%", "100.0%"], Row(table, "深圳市生态环境局"));
        Assert.Equal(["10", "5", "7", "6", "3", "1", "6", "4", "50.0%", "50.0%"], Row(table.QuerySelector("tfoot")!, "合计"));
        Assert.Contains("深圳市", page.QuerySelector("#stats-scope")!.TextContent);
    }

    [Fact]
    public async Task Get_StaffStats_Returns400_ForAMalformedMonth()
    {
        await StaffLogin.CreateAsync(fixture, "stats-badmonth@test.local", StaffRoles.Officer, StatsFixture.Emergency);
        var client = await StaffLogin.SignInAsync(fixture, "stats-badmonth@test.local");
        var page = await client.GetPageAsync("/staff/stats?month=2031-00", HttpStatusCode.BadRequest);
        Assert.Contains("月份格式不正确", page.QuerySelector("main")!.TextContent);
    }
}
