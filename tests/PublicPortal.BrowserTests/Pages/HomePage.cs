using Microsoft.Playwright;

namespace PublicPortal.BrowserTests.Pages;

public sealed class HomePage(IPage page) : PortalPage(page)
{
    public async Task<HomePage> OpenAsync()
    {
        await GotoAsync("/");
        return this;
    }
}
