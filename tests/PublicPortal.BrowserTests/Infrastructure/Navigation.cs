using Microsoft.Playwright;

namespace PublicPortal.BrowserTests.Infrastructure;

/// <summary>
/// Clicking something that loads another page, and continuing only once that page is there. Waiting for "load" right after
/// a click can see the old page (the navigation has not begun), and a form that redirects back to its own URL gives
/// WaitForURL nothing to wait for; so the old document is marked first and the wait is for a complete document without the mark.
/// </summary>
public static class Navigation
{
    public static async Task ClickToNextPageAsync(this ILocator target)
    {
        var page = target.Page;
        await page.EvaluateAsync("() => { window.__portalPreviousPage = true; }");
        await target.ClickAsync();
        await page.WaitForFunctionAsync("() => window.__portalPreviousPage === undefined && document.readyState === 'complete'");
    }
}
