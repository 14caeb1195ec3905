using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PublicPortal.BrowserTests.Pages;

/// <summary>What every portal page offers: the 长者模式 toggle in the header, and layout measurements.</summary>
public abstract class PortalPage(IPage page)
{
    public IPage Page { get; } = page;
    public ILocator Html => Page.Locator("html");
    public ILocator Heading => Page.Locator("main h1");
    public ILocator ElderToggle => Page.Locator("a.elder-toggle");

    protected async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Status: 200 }, $"GET {path}: status {response?.Status}");
    }

    /// <summary>Clicks the header link (a plain link: it works without JavaScript); the same page comes back with the
    /// toggle's label flipped (长者模式/无障碍 ↔ 退出长者模式).</summary>
    public async Task ToggleElderModeAsync()
    {
        var url = Page.Url;
        var label = (await ElderToggle.InnerTextAsync()).Trim();
        await ElderToggle.ClickAsync();
        await Expect(ElderToggle).Not.ToHaveTextAsync(label);
        Assert.Equal(url, Page.Url);
    }

    /// <summary>The computed font size of body text, in CSS pixels.</summary>
    public Task<float> BodyFontSizeAsync() => Page.EvaluateAsync<float>("() => parseFloat(getComputedStyle(document.body).fontSize)");

    /// <summary>How far the page is wider than the viewport, and the elements that stick out (empty when it fits).</summary>
    public Task<string[]> ElementsWiderThanViewportAsync() => Page.EvaluateAsync<string[]>("""
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return [];
          // Elements inside a scroll container of their own (the wide tables) are fine; report the rest.
          const inScroller = el => { for (let p = el.parentElement; p; p = p.parentElement) {
              const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
          return [`scrollWidth ${document.documentElement.scrollWidth} > ${width}`].concat(
            [...document.body.querySelectorAll('*')].filter(el => el.getBoundingClientRect().right > width + 0.5 && !inScroller(el))
              .slice(0, 10).map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.className ? '.' + String(el.className).trim().replace(/\s+/g, '.') : '')
                + ' right=' + Math.round(el.getBoundingClientRect().right)));
        }
        """);
}
