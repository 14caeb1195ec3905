using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Pages.Staff.Account;

namespace PublicPortal.IntegrationTests.Security;

/// <summary>
/// ASVS 5.0 V3.5.1 (cross-site request forgery): every request that changes something is a POST that carries the
/// per-session antiforgery token, and a POST without it is refused before any handler runs. The POSTs are found from the
/// app's own <see cref="EndpointDataSource"/> — every Razor page handler that answers POST, and every other endpoint that
/// accepts POST — so a page added later is covered without touching this file.
/// </summary>
public class CsrfTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>
    /// POST endpoints that take no antiforgery token, by design. Each needs a reason here; anything else that accepts a
    /// POST without a token fails the test.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> TokenFreeByDesign = new Dictionary<string, string>
    {
        // Open311 GeoReport v2: a machine API for other systems. It has no cookie session to ride on (no ambient
        // credential a browser would send cross-site); a client authenticates with its api_key in the body.
        ["open311/v2/requests.{format}"] = "Open311 API：以 api_key 认证，无 Cookie 会话",
        // Open311's catch-all answers 404 (in the API's own format) to every method: it changes nothing.
        ["open311/v2/{**rest}"] = "Open311 未知地址：只返回 404",
    };

    public sealed record Post(string Template, string Url, string? Handler, bool IsPage)
    {
        public override string ToString() => $"POST {Url}{(Handler is null ? "" : "?handler=" + Handler)}";
    }

    /// <summary>Every POST the app answers, with route values filled with 1 (the token check comes before any lookup).</summary>
    public static async Task<IReadOnlyList<Post>> PostsAsync(PortalFactory factory)
    {
        factory.CreateClient().Dispose(); // starts the host, so that the endpoints are built
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var posts = new List<Post>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                // An Index page has two routes (…/Index and …/): the short one is enough.
                if (template.EndsWith("Index", StringComparison.Ordinal)) continue;
                var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, EndpointMetadataCollection.Empty);
                var handlers = compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase));
                foreach (var handler in handlers)
                    posts.Add(new Post(template, Url(template), handler.Name, IsPage: true));
            }
            else if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("POST"))
            {
                posts.Add(new Post(template, Url(template), null, IsPage: false));
            }
        }
        return posts.DistinctBy(p => p.ToString()).OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
    }

    private static string Url(string template) =>
        "/" + Regex.Replace(template.ToLowerInvariant(), @"\{\*{0,2}(\w+)(:[^}]*)?\??\}",
            m => m.Groups[1].Value == "format" ? "json" : "1");

    [Fact]
    public async Task EveryPostOfEveryPage_WithoutTheToken_IsRefused_BeforeItsHandlerRuns()
    {
        var posts = await PostsAsync(factory);
        var pages = posts.Where(p => p.IsPage).ToList();
        // Floors, so that a broken discovery cannot pass by finding nothing.
        Assert.True(pages.Count >= 40, $"only {pages.Count} page POST handlers found: {string.Join(", ", pages)}");
        Assert.Contains(pages, p => p.Url == "/tips" && p.Handler is null or "");
        Assert.Contains(pages, p => p.Url == "/staff/account/signout");
        Assert.Contains(pages, p => p.Template.StartsWith("staff/tips/{id", StringComparison.Ordinal));

        // A signed-in administrator passes every page's authorization, so the token check is what answers (a tip-off
        // page of no one's department would otherwise be a 404 from the handler). The session cookie rides along, as it
        // would on a forged cross-site form.
        var admin = await SignedInAdminAsync();
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var wrong = new List<string>();
        foreach (var post in pages)
        {
            var client = post.Template.StartsWith("staff/", StringComparison.OrdinalIgnoreCase)
                && !post.Template.StartsWith("staff/account", StringComparison.OrdinalIgnoreCase) ? admin : anonymous;
            using var response = await client.PostAsync(Target(post), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = "x@test.local", ["body"] = "伪造的跨站请求",
            }));
            if (response.StatusCode != HttpStatusCode.BadRequest) wrong.Add($"{post}: {(int)response.StatusCode}");
        }
        Assert.True(wrong.Count == 0, "accepted without an antiforgery token:\n" + string.Join("\n", wrong));
        // Still signed in (a refused sign-out did not sign out), and nothing was written by the forged requests.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task TheSamePost_WithTheToken_IsNotRefused()
    {
        // The control for the test above: the refusals come from the missing token, not from the URL or the form.
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetPageAsync("/staff/account/signin");
        var token = page.QuerySelector("form#signin input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var response = await client.PostAsync("/staff/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Email"] = "x@test.local", ["Input.Password"] = "wrong",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SignInModel.FailureMessage, (await HtmlHelpers.GetDocumentAsync(response)).MainText());
    }

    [Fact]
    public async Task PostsOutsideRazorPages_AreOnlyTheListedTokenFreeOnes()
    {
        var others = (await PostsAsync(factory)).Where(p => !p.IsPage).Select(p => p.Template).ToList();
        var unlisted = others.Where(t => !TokenFreeByDesign.ContainsKey(t)).ToList();
        Assert.True(unlisted.Count == 0,
            "POST endpoints outside Razor Pages without an antiforgery check:\n" + string.Join("\n", unlisted));
        Assert.Contains("open311/v2/requests.{format}", others); // the discovery does see the API
    }

    [Fact]
    public async Task AToken_OfAnotherSession_IsRefused()
    {
        // The token is bound to its session (the pp-af cookie and, once signed in, the user): one copied out of another
        // visitor's page does not work.
        var other = factory.CreateClient();
        var foreign = (await other.GetPageAsync("/tips/track"))
            .QuerySelector("form#lookup input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.GetPageAsync("/tips/track"); // has its own pp-af cookie
        using var response = await client.PostAsync("/tips/track", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = foreign, ["Lookup.TrackingNumber"] = "X", ["Lookup.QueryCode"] = "Y",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string Target(Post post) => string.IsNullOrEmpty(post.Handler)
        ? post.Url
        : post.Url + (post.Url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + post.Handler;

    private async Task<HttpClient> SignedInAdminAsync()
    {
        var email = "csrf-admin-" + Guid.NewGuid().ToString("N")[..6] + "@test.local";
        await StaffLogin.CreateAsync(factory, email, StaffRoles.Admin, null);
        var cookies = new CookieContainer();
        await StaffLogin.SignInAsync(factory, email, cookies: cookies);
        return factory.CreateDefaultClient(new Uri("http://localhost"),
            new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));
    }
}
