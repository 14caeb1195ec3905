using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PublicPortal.BrowserTests.Pages;

/// <summary>/lists/phase-out: the filter form and the table of entries.</summary>
public sealed class PhaseOutListPage(IPage page) : PortalPage(page)
{
    public ILocator Rows => Page.Locator("table tbody tr");
    public ILocator CityColumn => Rows.Locator("td:nth-child(3)");
    public ILocator Summary => Page.Locator("p.result-summary");

    public async Task<PhaseOutListPage> OpenAsync(string query = "")
    {
        await GotoAsync("/lists/phase-out" + query);
        await Expect(Heading).ToHaveTextAsync("年度落后产能退出企业名单");
        return this;
    }

    /// <summary>
    /// Chooses a city in the form and presses 筛选, as a user without JavaScript would. The URL is awaited with a
    /// retrying assertion: WaitForURL also waits for the load event, and once in a while (a loaded CI machine) that
    /// wait outlived a navigation that had already finished.
    /// </summary>
    public async Task FilterByCityAsync(string city)
    {
        await Page.GetByLabel("地市").SelectOptionAsync(new SelectOptionValue { Label = city });
        await Page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]city="), new() { Timeout = 30_000 });
    }

    public async Task<PhaseOutDetailPage> OpenEntryAsync(int row)
    {
        var link = Rows.Nth(row).Locator("td:nth-child(2) a");
        var name = (await link.InnerTextAsync()).Trim();
        await link.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/lists/phase-out/[0-9]+"), new() { Timeout = 30_000 });
        return new PhaseOutDetailPage(Page, name);
    }
}
