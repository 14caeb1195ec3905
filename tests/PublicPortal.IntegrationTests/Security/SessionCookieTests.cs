using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.IntegrationTests.Security;

/// <summary>
/// ASVS 5.0 V3.3.1 (Secure), V3.3.2 (SameSite), V3.3.4 (HttpOnly) for every cookie the portal sets over HTTPS: the staff
/// session (pp-staff), the two-factor step between password and code, the antiforgery cookie (pp-af), the citizen's
/// tracking session (pp-track) and the elder-mode preference. Over plain HTTP (Development, tests) the Secure flag follows
/// the request (CookieSecurePolicy.SameAsRequest), since a browser would drop a Secure cookie there.
/// </summary>
public class SessionCookieTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Every Set-Cookie header of every response (redirects included), in order.</summary>
    private sealed class Recorder : DelegatingHandler
    {
        public ConcurrentQueue<string> SetCookies { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var response = await base.SendAsync(request, ct);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
                foreach (var value in values) SetCookies.Enqueue(value);
            return response;
        }
    }

    private (HttpClient Client, Recorder Recorder) HttpsBrowser()
    {
        var recorder = new Recorder();
        var client = factory.CreateDefaultClient(new Uri("https://localhost"), new RedirectHandler(),
            new CookieContainerHandler(new CookieContainer()), recorder);
        return (client, recorder);
    }

    private static string CookieNamed(Recorder recorder, string name)
    {
        var header = recorder.SetCookies.LastOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal)
            && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
        Assert.True(header is not null,
            $"no cookie {name} was set; seen: {string.Join(" | ", recorder.SetCookies.Select(c => c.Split('=')[0]))}");
        return header!;
    }

    private static void AssertHardened(string header, string sameSite)
    {
        var attributes = header.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.True(attributes.Contains("secure"), $"not Secure: {header}");
        Assert.True(attributes.Contains("httponly"), $"not HttpOnly: {header}");
        Assert.True(attributes.Contains("samesite=" + sameSite), $"not SameSite={sameSite}: {header}");
    }

    /// <summary>Every cookie set (a deletion — empty, expired — carries nothing and is left out) is Secure and HttpOnly.</summary>
    private static void AssertEverySetCookieIsSecure(Recorder recorder)
    {
        foreach (var header in recorder.SetCookies.Where(c => !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)))
        {
            Assert.Contains("; secure", header, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", header, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task StaffSignIn_SetsOnlyHardenedCookies()
    {
        await StaffLogin.CreateAsync(factory, "cookies@test.local", StaffRoles.Officer, "440300-yjglj");
        var (client, recorder) = HttpsBrowser();
        var page = await client.SubmitAsync("/staff/account/signin", "form#signin",
            new() { ["Input.Email"] = "cookies@test.local", ["Input.Password"] = StaffLogin.Password });
        page = await client.SubmitAsync(page, "form#twofactor",
            new() { ["Code"] = await StaffLogin.UnusedCodeAsync(factory, "cookies@test.local") });
        Assert.Equal("待办队列", page.QuerySelector("h1")!.TextContent.Trim());

        AssertHardened(CookieNamed(recorder, "pp-staff"), "strict");
        AssertHardened(CookieNamed(recorder, "pp-af"), "strict");
        AssertHardened(CookieNamed(recorder, "Identity.TwoFactorUserId"), "strict");
        Assert.Contains("path=/staff", CookieNamed(recorder, "pp-staff"), StringComparison.OrdinalIgnoreCase);
        AssertEverySetCookieIsSecure(recorder);
    }

    [Fact]
    public async Task CitizenTracking_AndElderMode_SetOnlyHardenedCookies()
    {
        var tip = await TipSeed.FileAsync(factory);
        var (client, recorder) = HttpsBrowser();
        var page = await client.GetPageAsync("/tips/track");
        var response = await client.SendAsync((IHtmlFormElement)page.QuerySelector("form#lookup")!, new Dictionary<string, string>
        {
            ["Lookup.TrackingNumber"] = tip.TrackingNumber, ["Lookup.QueryCode"] = tip.QueryCode,
        });
        Assert.Contains(tip.TrackingNumber, (await HtmlHelpers.GetDocumentAsync(response)).MainText());
        AssertHardened(CookieNamed(recorder, "pp-track"), "strict");
        AssertHardened(CookieNamed(recorder, "pp-af"), "strict");

        await client.GetAsync("/elder-mode?on=1&returnUrl=/");
        AssertHardened(CookieNamed(recorder, "pp-elder"), "lax"); // a display preference, followed from links of other sites
        AssertEverySetCookieIsSecure(recorder);
    }
}
