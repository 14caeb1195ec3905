using Microsoft.Playwright;
using PublicPortal.BrowserTests.Infrastructure;
using PublicPortal.BrowserTests.Pages;
using PublicPortal.Web.Features.Staff;
using static Microsoft.Playwright.Assertions;

namespace PublicPortal.BrowserTests;

/// <summary>
/// Issue (4/5) in a real browser: an editor imports an XLSX with two bad rows, reads the report, uploads the fixed file,
/// imports and submits; the lead approves; the public list shows the entries, each with its change history. The import,
/// mapping, report, register list and entry pages are axe-clean.
/// </summary>
[Collection(SharedBrowser.Name)]
public class PublishingJourneyTests(BrowserFixture browser)
{
    private const string Password = BrowserFixture.StaffPassword, Key = BrowserFixture.StaffAuthenticatorKey, Department = "440800-gxj";

    [Fact]
    public async Task Editor_ImportsFixesAndSubmits_LeadApproves_PublicSeesTheEntriesWithHistory()
    {
        var editor = await browser.CreateStaffAsync(StaffRoles.Officer, Department);
        var lead = await browser.CreateStaffAsync(StaffRoles.Lead, Department);
        var (editorContext, page) = await browser.NewPageAsync();
        await using var _ = editorContext;
        await new StaffPage(page).SignInAsync(editor, Password, Key, browser.Server.Clock);

        // The file with two bad rows: the report names both, in Chinese.
        await UploadAsync(page, "phase-out-two-bad-rows.xlsx");
        await Expect(page.Locator("#invalid-rows")).ToHaveTextAsync("2", new() { Timeout = 30_000 });
        await Expect(page.Locator("main")).ToContainTextAsync("炸毁");
        await Axe.AssertNoSeriousViolationsAsync(page, "the validation report");

        // The fixed file validates clean and is imported, then submitted for review.
        await UploadAsync(page, "phase-out-fixed.xlsx");
        await Expect(page.Locator("#invalid-rows")).ToHaveTextAsync("0", new() { Timeout = 30_000 });
        await page.Locator("form#import button").ClickToNextPageAsync();
        await Expect(page.Locator("#imported-rows")).ToHaveTextAsync("5", new() { Timeout = 60_000 });
        await page.Locator("form#submit-drafts button").ClickToNextPageAsync();
        await Expect(page.Locator("main [role=status]").First).ToContainTextAsync("已提交审核 5 条");

        // The lead approves each submitted entry.
        var (leadContext, leadPage) = await browser.NewPageAsync();
        await using var __ = leadContext;
        await new StaffPage(leadPage).SignInAsync(lead, Password, Key, browser.Server.Clock);
        for (var approved = 0; approved < 5; approved++)
        {
            await leadPage.GotoAsync("/staff/registers?register=phase-out&state=Submitted");
            if (approved == 0) await Axe.AssertNoSeriousViolationsAsync(leadPage, "the register list");
            await leadPage.Locator("main tbody tr a").First.ClickToNextPageAsync();
            if (approved == 0) await Axe.AssertNoSeriousViolationsAsync(leadPage, "the entry page");
            await leadPage.Locator("form#approve button").ClickToNextPageAsync();
            await Expect(leadPage.Locator("#state")).ToHaveTextAsync("已发布");
        }

        // The public list shows them; an entry's page carries its 变更记录.
        var (publicContext, reader) = await browser.NewPageAsync();
        await using var ___ = publicContext;
        await reader.GotoAsync("/lists/phase-out?q=" + Uri.EscapeDataString("炸毁方式有限公司"));
        await Expect(reader.Locator("main tbody tr")).ToHaveCountAsync(1);
        await reader.Locator("main tbody tr a").First.ClickToNextPageAsync();
        await Expect(reader.Locator("main")).ToContainTextAsync("变更记录");
        await Expect(reader.Locator("main")).ToContainTextAsync("转炉");
        await reader.GotoAsync("/lists/phase-out?q=" + Uri.EscapeDataString("示例钢铁有限公司") + "&county=440823");
        await Expect(reader.Locator("main tbody")).ToContainTextAsync("湛江市遂溪示例钢铁有限公司");
    }

    private static async Task UploadAsync(IPage page, string fixture)
    {
        await page.GotoAsync("/staff/imports");
        await Axe.AssertNoSeriousViolationsAsync(page, "the upload page");
        await page.Locator("#Input_File").SetInputFilesAsync(FixturePath(fixture));
        await page.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickToNextPageAsync();
        await Expect(page.Locator("form#mapping")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "the mapping page");
        await page.Locator("form#mapping button[type=submit]").ClickToNextPageAsync();
        await Expect(page.Locator("#batch-status")).ToBeVisibleAsync();
    }

    private static string FixturePath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "PublicPortal.IntegrationTests", "Fixtures", "imports", name);
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException(name);
    }

}
