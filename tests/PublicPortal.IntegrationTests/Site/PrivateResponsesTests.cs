using System.Net;
using AngleSharp.Html.Dom;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Site;

/// <summary>
/// With the output cache on, as deployed: pages with a form, pages that set a cookie and the back office are never shared
/// between visitors, and tell browsers and proxies not to store them. Each client below is a separate browser (its own
/// cookies), and each page is opened twice, because the second visit (cookie already held, none set) is the one the old
/// cache kept and handed to the next visitor.
/// </summary>
public class PrivateResponsesTests(CachingFactory factory) : IClassFixture<CachingFactory>
{
    private const string Alice = "alice@futian.test", Bob = "bob@futian.test";

    private HttpClient NewBrowser() => factory.CreateClient(); // own cookie container, follows redirects

    private static string Token(IHtmlDocument page, string url)
    {
        var token = page.QuerySelector("form input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.True(token is { Length: > 0 }, $"{url} has no form with an antiforgery token");
        return token!;
    }

    /// <summary>Not from the cache (no Age), and no-store or private for every cache on the way.</summary>
    private static void AssertNotShared(HttpResponseMessage response, string url)
    {
        Assert.True(response.Headers.Age is null, $"{url} was served from the output cache (Age: {response.Headers.Age})");
        var cacheControl = response.Headers.CacheControl;
        Assert.True(cacheControl is { NoStore: true } or { Private: true },
            $"{url} is storable by a shared cache: Cache-Control {cacheControl}");
    }

    private static async Task<IHtmlDocument> OpenAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNotShared(response, url);
        return await HtmlHelpers.GetDocumentAsync(response);
    }

    [Theory]
    [InlineData("/tips")]
    [InlineData("/tips?source=phase-out&id=1")]
    [InlineData("/tips/track")]
    [InlineData("/staff/account/signin")]
    [InlineData("/staff/account/signin?ReturnUrl=%2Fstaff%2Ftips")]
    public async Task FormPages_GiveEachVisitorTheirOwnToken_AndAreNeverStored(string url)
    {
        var first = NewBrowser();
        var second = NewBrowser();
        var tokens = new List<string>();
        foreach (var client in new[] { first, second, first, second })
            tokens.Add(Token(await OpenAsync(client, url), url));
        Assert.Equal(4, tokens.Distinct().Count());
    }

    [Fact]
    public async Task TwoStaffMembers_SignInSideBySide_InTheSameMinute_AndBothReachTheBackOffice()
    {
        await StaffLogin.CreateAsync(factory, Alice, Web.Features.Staff.StaffRoles.Officer, "440304-yjglj");
        await StaffLogin.CreateAsync(factory, Bob, Web.Features.Staff.StaffRoles.Lead, "440304-yjglj");
        var alice = NewBrowser();
        var bob = NewBrowser();

        // Step one, interleaved: each opens the sign-in page (twice) and sends the password.
        var signIn = new Dictionary<HttpClient, IHtmlDocument>();
        foreach (var client in new[] { alice, bob, alice, bob })
            signIn[client] = await OpenAsync(client, "/staff/account/signin");
        var twoFactor = new Dictionary<HttpClient, IHtmlDocument>();
        foreach (var (client, email) in new[] { (alice, Alice), (bob, Bob) })
        {
            using var response = await client.SendAsync((IHtmlFormElement)signIn[client].QuerySelector("form#signin")!,
                new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = StaffLogin.Password });
            Assert.EndsWith("/staff/account/twofactor", response.RequestMessage!.RequestUri!.AbsolutePath);
            AssertNotShared(response, "the two-factor page after the password");
        }

        // Step two: each opens the two-factor page again (now with every cookie in hand, nothing new to set).
        foreach (var client in new[] { alice, bob })
            twoFactor[client] = await OpenAsync(client, "/staff/account/twofactor");
        Assert.NotEqual(Token(twoFactor[alice], "two-factor (Alice)"), Token(twoFactor[bob], "two-factor (Bob)"));

        foreach (var client in new[] { alice, bob })
        {
            using var response = await client.SendAsync((IHtmlFormElement)twoFactor[client].QuerySelector("form#twofactor")!,
                new Dictionary<string, string> { ["Code"] = StaffLogin.Totp(StaffLogin.AuthenticatorKey, factory.Clock) });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("/staff", response.RequestMessage!.RequestUri!.AbsolutePath);
            AssertNotShared(response, "/staff");
        }

        // Each sees the back office as themselves.
        foreach (var (client, name) in new[] { (alice, "alice"), (bob, "bob") })
        {
            using var response = await client.GetAsync("/staff");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertNotShared(response, "/staff");
            var page = await HtmlHelpers.GetDocumentAsync(response);
            Assert.Null(page.QuerySelector("form#signin"));
            Assert.Contains(name, page.Body!.TextContent);
        }
    }

    [Fact]
    public async Task ElderModeToggle_SetsACookie_AndIsNotStored()
    {
        var client = factory.CreateClient(
            new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var response = await client.GetAsync("/elder-mode?on=1&returnUrl=%2Flists");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.True(response.Headers.Contains("Set-Cookie"));
            AssertNotShared(response, "/elder-mode");
        }
    }

    [Fact]
    public async Task APublicPage_IsShared_SoTheRuleAboveIsNotJustTheCacheBeingOff()
    {
        var client = NewBrowser();
        using var first = await client.GetAsync("/lists/phase-out?shared=1");
        using var second = await NewBrowser().GetAsync("/lists/phase-out?shared=1");
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.False(second.Headers.Contains("Set-Cookie"));
    }
}
