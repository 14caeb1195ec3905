using Microsoft.Playwright;
using PublicPortal.BrowserTests.Infrastructure;
using PublicPortal.BrowserTests.Pages;
using PublicPortal.Web.Features.Staff;
using static Microsoft.Playwright.Assertions;

namespace PublicPortal.BrowserTests;

/// <summary>
/// The closed loop of issue (3/5) in a real browser: a citizen files a tip-off; the officer signs in with an authenticator
/// code, signs for it and asks a question; the citizen answers on the follow-up page; the officer proposes a closure with
/// a reply; the lead approves; the citizen sees the reply and rates it. Every back-office page on the way is axe-clean.
/// </summary>
[Collection(SharedBrowser.Name)]
public class BackOfficeJourneyTests(BrowserFixture browser)
{
    private const string Password = BrowserFixture.StaffPassword, Key = BrowserFixture.StaffAuthenticatorKey, Department = "440304-yjglj";
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Officer_HandlesATip_LeadApproves_CitizenSeesTheReplyAndRatesIt()
    {
        var officer = await browser.CreateStaffAsync(StaffRoles.Officer, Department);
        var lead = await browser.CreateStaffAsync(StaffRoles.Lead, Department);
        var (citizenContext, citizenPage) = await browser.NewPageAsync();
        var (officerContext, officerPage) = await browser.NewPageAsync();
        var (leadContext, leadPage) = await browser.NewPageAsync();
        await using var _ = citizenContext;
        await using var __ = officerContext;
        await using var ___ = leadContext;

        // The citizen files a safety tip-off in 福田区 (→ 福田区应急管理局).
        var photo = Path.Combine(Path.GetTempPath(), $"journey-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(photo, Png);
        var report = await new TipSubmitPage(citizenPage).OpenAsync();
        await report.FillAnonymousAsync("安全生产条件不达标", "深圳市 福田区", "旅程测试冶炼厂", "车间没有任何防护，工人在熔炉旁作业，十分危险。", photo);
        await report.WaitForAutomaticHumanCheckAsync();
        await report.SubmitAsync();
        File.Delete(photo);
        var trackingNumber = (await report.TrackingNumber.InnerTextAsync()).Trim();
        var queryCode = (await report.QueryCode.InnerTextAsync()).Trim();

        // The officer signs in with password + authenticator code, finds it in the queue, signs for it and asks a question.
        var staff = new StaffPage(officerPage);
        await staff.SignInAsync(officer, Password, Key, browser.Server.Clock);
        await Axe.AssertNoSeriousViolationsAsync(officerPage, "the queue");
        await staff.OpenTipAsync(trackingNumber);
        await Axe.AssertNoSeriousViolationsAsync(officerPage, "the tip detail");
        await staff.PressAsync("sign", "签收");
        await officerPage.Locator("#ask-body").FillAsync("请问您看到的作业时间大约是几点？");
        await staff.PressAsync("ask", "发送留言");

        // The citizen reads the question on the follow-up page and answers it.
        var track = await new TrackPage(citizenPage).LookUpAsync(trackingNumber, queryCode);
        await Expect(track.Status).ToHaveTextAsync("核查中");
        await Expect(citizenPage.Locator("ol.messages")).ToContainTextAsync("请问您看到的作业时间大约是几点？");
        await citizenPage.GetByLabel("给办理部门留言或补充情况").FillAsync("每天晚上十点以后。");
        await citizenPage.GetByRole(AriaRole.Button, new() { Name = "发送留言" }).ClickAsync();
        await Expect(citizenPage.Locator("ol.messages")).ToContainTextAsync("每天晚上十点以后。");

        // The officer sees the answer and proposes the closure with a finding and a public reply.
        await officerPage.ReloadAsync();
        await Expect(officerPage.Locator("main")).ToContainTextAsync("每天晚上十点以后。");
        await officerPage.Locator("form#propose").GetByLabel("查实", new() { Exact = true }).CheckAsync();
        await officerPage.Locator("#propose-reply").FillAsync("经夜间检查，该企业确实存在违规作业，已责令停产整改。");
        await staff.PressAsync("propose", "提交审批");

        // The lead signs in and approves.
        var leadStaff = new StaffPage(leadPage);
        await leadStaff.SignInAsync(lead, Password, Key, browser.Server.Clock);
        await leadStaff.OpenTipAsync(trackingNumber);
        await Axe.AssertNoSeriousViolationsAsync(leadPage, "the detail awaiting approval");
        await leadStaff.PressAsync("approve", "同意办结");

        // The citizen sees the finding and the reply, and rates the result.
        await citizenPage.GotoAsync("/tips/track");
        await Expect(track.Status).ToHaveTextAsync("已办结");
        await Expect(citizenPage.Locator("#tip-finding")).ToHaveTextAsync("查实");
        await Expect(citizenPage.Locator("#tip-reply")).ToContainTextAsync("已责令停产整改");
        await citizenPage.GetByLabel("满意", new() { Exact = true }).CheckAsync();
        await citizenPage.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Expect(citizenPage.Locator("main")).ToContainTextAsync("感谢您的评价");
        await Expect(citizenPage.Locator("main")).ToContainTextAsync("您的评价：满意");
    }

    [Theory]
    [InlineData(StaffRoles.Admin, "/staff/admin/departments")]
    [InlineData(StaffRoles.Admin, "/staff/admin/users")]
    [InlineData(StaffRoles.Admin, "/staff/admin/users/create")]
    [InlineData(StaffRoles.Admin, "/staff/admin/routing?jurisdiction=440300")]
    [InlineData(StaffRoles.Admin, "/staff/admin/calendar?year=2026")]
    [InlineData(StaffRoles.Admin, "/staff/admin/audit")]
    [InlineData(StaffRoles.Officer, "/staff/registers?register=phase-out")]
    [InlineData(StaffRoles.Officer, "/staff/registers/phase-out")]
    [InlineData(StaffRoles.Officer, "/staff/registers/sealing")]
    [InlineData(StaffRoles.Officer, "/staff/registers/cards")]
    [InlineData(StaffRoles.Officer, "/staff/registers/emissions")]
    [InlineData(StaffRoles.Officer, "/staff/registers/quality")]
    [InlineData(StaffRoles.Officer, "/staff/registers/announcements")]
    [InlineData(StaffRoles.Officer, "/staff/imports")]
    [InlineData(StaffRoles.Office, "/staff")]
    [InlineData(StaffRoles.Office, "/staff/stats")]
    [InlineData(StaffRoles.Office, "/staff/annual?year=2024")]
    public async Task BackOfficePage_HasNoSeriousOrCriticalAxeViolations(string role, string path)
    {
        var email = await browser.CreateStaffAsync(role,
            role == StaffRoles.Admin ? null : role == StaffRoles.Office ? "440300-office" : Department);
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await new StaffPage(page).SignInAsync(email, Password, Key, browser.Server.Clock);
        var response = await page.GotoAsync(path);
        Assert.True(response is { Status: 200 }, $"GET {path}: status {response?.Status}");
        await Axe.AssertNoSeriousViolationsAsync(page, path);
    }

}
