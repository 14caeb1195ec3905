using Microsoft.Playwright;
using PublicPortal.BrowserTests.Infrastructure;
using PublicPortal.BrowserTests.Pages;

namespace PublicPortal.BrowserTests;

/// <summary>A 360 px wide phone: the page itself never scrolls sideways (wide tables scroll inside their own box).</summary>
[Collection(SharedBrowser.Name)]
public class LayoutTests(BrowserFixture browser)
{
    private static readonly string[] ScrollingOverflow = ["auto", "scroll"];

    [Theory]
    [InlineData("/", false)]
    [InlineData("/lists/phase-out", false)]
    [InlineData("/", true)]
    [InlineData("/lists/phase-out", true)]
    public async Task Phone360_HasNoHorizontalScrollbar(string path, bool elderMode)
    {
        var (context, page) = await browser.NewPageAsync(width: 360, height: 740);
        await using var _ = context;
        if (elderMode)
            await context.AddCookiesAsync([new Cookie { Name = "pp-elder", Value = "1", Url = browser.Server.BaseAddress.ToString() }]);
        PortalPage portal = path == "/" ? await new HomePage(page).OpenAsync() : await new PhaseOutListPage(page).OpenAsync();
        Assert.Equal(elderMode, (await portal.Html.GetAttributeAsync("class"))?.Contains("elder") == true);

        Assert.Equal(360, await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        var overflow = await portal.ElementsWiderThanViewportAsync();
        Assert.True(overflow.Length == 0, $"{path} (elder mode {elderMode}) is wider than 360 px:\n" + string.Join("\n", overflow));
    }

    [Fact]
    public async Task Phone360_TheWideTableScrollsInsideItsOwnBox()
    {
        // Control for the test above: the list's table is wider than a phone, and it is its container that scrolls.
        var (context, page) = await browser.NewPageAsync(width: 360, height: 740);
        await using var _ = context;
        await new PhaseOutListPage(page).OpenAsync();
        var tableWidth = await page.EvaluateAsync<int>("() => document.querySelector('.table-wrap table').scrollWidth");
        var wrap = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.table-wrap')).overflowX");
        Assert.True(tableWidth > 360, $"table is only {tableWidth}px wide");
        Assert.Contains(wrap, ScrollingOverflow);
    }
}
