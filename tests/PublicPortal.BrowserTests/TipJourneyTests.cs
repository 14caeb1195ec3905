using PublicPortal.BrowserTests.Infrastructure;
using PublicPortal.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PublicPortal.BrowserTests;

[Collection(SharedBrowser.Name)]
public class TipJourneyTests(BrowserFixture browser)
{
    // The smallest valid PNG (1×1 pixel): the form checks the type from the file's bytes.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Citizen_FilesATipWithAPhoto_ThenChecksItsStatus_AndEveryStepIsAccessible()
    {
        var (context, page) = await browser.NewPageAsync(width: 390, height: 844);
        await using var _ = context;
        var photo = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(photo, Png);
        try
        {
            var report = await new TipSubmitPage(page).OpenAsync();
            await Axe.AssertNoSeriousViolationsAsync(page, "the form");
            await report.FillAnonymousAsync("使用淘汰类工艺装备", "深圳市 福田区", "浏览器测试铸造厂",
                "夜里看到已经封存的冲天炉又在运转，厂区有浓烟。", photo);
            await report.WaitForAutomaticHumanCheckAsync();
            await report.SubmitAsync();

            var trackingNumber = (await report.TrackingNumber.InnerTextAsync()).Trim();
            var queryCode = (await report.QueryCode.InnerTextAsync()).Trim();
            Assert.Matches("^JB[0-9]{16}$", trackingNumber);
            Assert.Matches("^[2-9A-Z]{10}$", queryCode);
            await Axe.AssertNoSeriousViolationsAsync(page, "the receipt");

            var track = await new TrackPage(page).LookUpAsync(trackingNumber, queryCode);
            await Expect(track.Status).ToHaveTextAsync("已派单");
            await Expect(track.Timeline).ToContainTextAsync("举报已受理");
            await Expect(track.Timeline).ToContainTextAsync("深圳市福田区工业和信息化局（主办）");
            await Axe.AssertNoSeriousViolationsAsync(page, "the follow-up page");
        }
        finally
        {
            File.Delete(photo);
        }
    }

}
