using Microsoft.Playwright;

namespace PublicPortal.BrowserTests.Pages;

/// <summary>/lists/phase-out/{id}: one entry.</summary>
public sealed class PhaseOutDetailPage(IPage page, string enterprise = "") : PortalPage(page)
{
    /// <summary>The enterprise name the list showed for this entry.</summary>
    public string Enterprise { get; } = enterprise;
    public ILocator Facts => Page.Locator("dl.meta-table");

    public async Task<PhaseOutDetailPage> OpenAsync(string path)
    {
        await GotoAsync(path);
        return this;
    }
}
