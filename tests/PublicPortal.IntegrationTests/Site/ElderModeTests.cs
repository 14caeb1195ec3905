using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Site;

/// <summary>长者模式 works with plain links and a cookie, no JavaScript.</summary>
public class ElderModeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private HttpClient NewBrowser() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task Toggle_SetsCookie_RedirectsBack_AndThePageCarriesTheClass()
    {
        var browser = NewBrowser();
        var before = await browser.GetPageAsync("/lists/phase-out");
        Assert.DoesNotContain("elder", before.DocumentElement.ClassList);
        Assert.Equal("长者模式/无障碍", before.QuerySelector("a.elder-toggle")!.TextContent.Trim());

        using var on = await browser.GetAsync("/elder-mode?on=1&returnUrl=/lists/phase-out");
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        Assert.Equal("/lists/phase-out", on.Headers.Location!.OriginalString);
        Assert.Contains(on.Headers.GetValues("Set-Cookie"),
            c => c.StartsWith($"{ElderMode.Cookie}=1", StringComparison.Ordinal) && c.Contains("httponly"));

        var after = await browser.GetPageAsync("/lists/phase-out");
        Assert.Contains("elder", after.DocumentElement.ClassList);
        var toggle = after.QuerySelector("a.elder-toggle")!;
        Assert.Equal("退出长者模式", toggle.TextContent.Trim()); // the link says what it does; a link may not carry aria-pressed

        // The page's own link turns it off again and comes back to the same page.
        using var off = await browser.GetAsync(toggle.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Equal("/lists/phase-out", off.Headers.Location!.OriginalString);
        Assert.DoesNotContain("elder", (await browser.GetPageAsync("/lists/phase-out")).DocumentElement.ClassList);
    }

    [Fact]
    public async Task Toggle_KeepsTheQueryStringOfTheReturnUrl()
    {
        var browser = NewBrowser();
        var page = await browser.GetPageAsync("/lists/phase-out?city=440300&year=2023");
        using var on = await browser.GetAsync(page.QuerySelector("a.elder-toggle")!.GetAttribute("href"));
        Assert.Equal("/lists/phase-out?city=440300&year=2023", on.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("//evil.example/lists/phase-out")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    [InlineData("/\nenv;")]
    [InlineData("/\r\nSet-Cookie: a=b")]
    [InlineData("/lists\0")]
    [InlineData("/\t/evil.example")]
    [InlineData("/ /evil.example")]
    [InlineData("/搜索")]
    public async Task Toggle_RefusesNonLocalOrMalformedReturnUrl_WithTheHomePage(string returnUrl)
    {
        using var response = await NewBrowser().GetAsync("/elder-mode?on=1&returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Toggle_WithAVeryLongReturnUrl_GoesHome()
    {
        using var response = await NewBrowser().GetAsync("/elder-mode?on=1&returnUrl=%2F" + new string('a', 10_000));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
