using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Audit;

namespace PublicPortal.IntegrationTests.Pages.Staff.Admin;

public class AuditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>60 lines by one person, one minute apart from 2030-06-01 08:00 UTC (16:00 in China), tip ids 1–3.</summary>
    private async Task SeedAsync(string userName)
    {
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 60; i++)
                db.AuditEntries.Add(new AuditEntry
                {
                    At = new DateTime(2030, 6, 1, 8, 0, 0, DateTimeKind.Utc).AddMinutes(i), UserName = userName,
                    Action = i % 2 == 0 ? AuditActions.Transition : AuditActions.RevealIdentity, TipId = i % 3 + 1, Detail = $"第 {i} 条",
                });
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Browse_IsNewestFirst_PagedInFifties_AndHasNothingToEditOrDelete()
    {
        await SeedAsync("paging@test.local");
        var admin = await AdminSession.SignInAdminAsync(factory);
        var page = await admin.GetPageAsync("/staff/admin/audit?user=paging%40test.local");
        Assert.Contains("共 60 条，第 1 / 2 页", page.MainText());
        var details = page.QuerySelectorAll("#audit tbody tr").Select(r => r.Texts("td")[5]).ToList();
        Assert.Equal(50, details.Count);
        Assert.Equal(("第 59 条", "第 10 条"), (details[0], details[^1]));
        Assert.Equal("2030-06-01 16:59:00", page.QuerySelector("#audit tbody tr td time")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main form[method=post]"));

        var next = await admin.GetPageAsync(page.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(["第 9 条", "第 8 条"], next.QuerySelectorAll("#audit tbody tr").Take(2).Select(r => r.Texts("td")[5]));
        Assert.Equal(10, next.QuerySelectorAll("#audit tbody tr").Length);
    }

    [Fact]
    public async Task Filters_ByActionTipAndChinaDateRange_Combine()
    {
        await SeedAsync("filters@test.local");
        var admin = await AdminSession.SignInAdminAsync(factory);
        var page = await admin.SubmitAsync("/staff/admin/audit", "form#audit-filter", new()
        {
            ["action"] = AuditActions.RevealIdentity, ["user"] = "filters@", ["tip"] = "2",
        });
        var rows = page.QuerySelectorAll("#audit tbody tr").Select(r => r.Texts("td")).ToList();
        Assert.Equal(10, rows.Count); // odd i with i % 3 == 1
        Assert.All(rows, r => Assert.Equal(("查看举报人身份", "2"), (r[2], r[3])));

        var none = await admin.GetPageAsync("/staff/admin/audit?user=filters%40&from=2030-06-02&to=2030-06-30");
        Assert.Contains("共 0 条", none.MainText());
        var day = await admin.GetPageAsync("/staff/admin/audit?user=filters%40&from=2030-06-01&to=2030-06-01");
        Assert.Contains("共 60 条", day.MainText());
        var bad = await admin.GetPageAsync("/staff/admin/audit?tip=abc&from=2030/06/01");
        Assert.Contains("举报编号应为正整数。", bad.MainText());
        Assert.Contains("开始日期格式应为 2026-01-31。", bad.MainText());
    }

    [Fact]
    public async Task AdminChanges_AppearInTheLog_WithWhoDidThem()
    {
        var admin = await AdminSession.SignInAdminAsync(factory);
        await admin.SubmitAsync("/staff/admin/calendar?year=2032", "form#add-day",
            new() { ["Input.Date"] = "2032-04-05", ["Input.Kind"] = "Holiday", ["Input.Name"] = "清明节" });
        var page = await admin.GetPageAsync($"/staff/admin/audit?action={AuditActions.AdminChange}");
        var row = page.QuerySelector("#audit tbody tr")!.Texts("td");
        Assert.StartsWith("admin-", row[1]);
        Assert.Equal(("管理变更", "工作日历 2032-04-05", "工作日历：增加节假日 2032-04-05（星期一）清明节"), (row[2], row[4], row[5]));
    }
}
