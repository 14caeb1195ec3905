using System.Globalization;
using System.Text.RegularExpressions;
using PublicPortal.BrowserTests.Infrastructure;
using PublicPortal.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PublicPortal.BrowserTests;

[Collection(SharedBrowser.Name)]
public class PhaseOutJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Citizen_ReadsTheList_FiltersByCity_OpensAnEntry_AndSwitchesToElderMode()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;

        var list = await new PhaseOutListPage(page).OpenAsync();
        var total = await TotalAsync(list);
        Assert.True(await list.Rows.CountAsync() > 0, "the sample data should fill the list");

        await list.FilterByCityAsync("湛江市");
        Assert.Contains("city=440800", page.Url);
        await Expect(page.GetByLabel("地市")).ToHaveValueAsync("440800");
        await Expect(list.Summary).ToContainTextAsync("已按条件筛选");
        var places = await list.CityColumn.AllInnerTextsAsync();
        Assert.NotEmpty(places);
        Assert.All(places, p => Assert.StartsWith("湛江市", p.Trim()));
        Assert.InRange(await TotalAsync(list), 1, total - 1);

        var detail = await list.OpenEntryAsync(0);
        await Expect(detail.Heading).ToContainTextAsync(detail.Enterprise);
        await Expect(detail.Facts).ToContainTextAsync("湛江市");

        var normalSize = await detail.BodyFontSizeAsync();
        await Expect(detail.Html).Not.ToHaveClassAsync(new Regex(@"\belder\b"));
        await detail.ToggleElderModeAsync();
        await Expect(detail.Html).ToHaveClassAsync(new Regex(@"\belder\b"));
        var elderSize = await detail.BodyFontSizeAsync();
        Assert.True(elderSize >= normalSize * 1.2f, $"长者模式 font-size {elderSize}px is not clearly larger than {normalSize}px");
        await Expect(detail.Heading).ToContainTextAsync(detail.Enterprise);

        // The choice is remembered on the next page, and the same link turns it off.
        list = await new PhaseOutListPage(page).OpenAsync();
        await Expect(list.Html).ToHaveClassAsync(new Regex(@"\belder\b"));
        await list.ToggleElderModeAsync();
        await Expect(list.Html).Not.ToHaveClassAsync(new Regex(@"\belder\b"));
        Assert.Equal(normalSize, await list.BodyFontSizeAsync());
    }

    private static async Task<int> TotalAsync(PhaseOutListPage list) =>
        int.Parse(await list.Summary.Locator("strong").InnerTextAsync(), CultureInfo.InvariantCulture);
}
