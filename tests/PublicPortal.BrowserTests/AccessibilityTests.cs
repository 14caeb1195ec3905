using PublicPortal.BrowserTests.Infrastructure;
using PublicPortal.BrowserTests.Pages;

namespace PublicPortal.BrowserTests;

/// <summary>axe-core (WCAG 2 A and AA rules): no serious or critical violation on the main pages.</summary>
[Collection(SharedBrowser.Name)]
public class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(PublicPages.FixedData), MemberType = typeof(PublicPages))]
    public async Task Page_HasNoSeriousOrCriticalAxeViolations(string path)
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(path);
        await Axe.AssertNoSeriousViolationsAsync(page, path);
    }

    [Theory]
    [MemberData(nameof(PublicPages.DetailData), MemberType = typeof(PublicPages))]
    public async Task DetailPage_HasNoSeriousOrCriticalAxeViolations(string list, string detailLink)
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(list);
        var path = await page.Locator(detailLink).First.GetAttributeAsync("href");
        Assert.True(path is not null, $"{list} has no link matching {detailLink}");
        var response = await page.GotoAsync(path!);
        Assert.True(response is { Status: 200 }, $"GET {path}: status {response?.Status}");
        await Axe.AssertNoSeriousViolationsAsync(page, path!);
    }

    [Fact]
    public async Task Axe_FindsAViolationWhenThereIsOne()
    {
        // Control: axe really runs in the page (despite the CSP) and reports what it finds.
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await new HomePage(page).OpenAsync();
        await page.EvaluateAsync("""
            () => {
              const img = document.createElement('img');
              img.src = '/favicon.ico';
              document.querySelector('main').append(img);
            }
            """);
        var violations = await Axe.RunAsync(page);
        Assert.Contains(violations, v => v.Id == "image-alt" && v.Impact == "critical");
    }
}
