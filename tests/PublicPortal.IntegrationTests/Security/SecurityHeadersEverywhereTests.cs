using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.IntegrationTests.Site;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Security;

/// <summary>
/// ASVS 5.0 V3.4 (browser security headers: V3.4.1 HSTS, V3.4.3 CSP, V3.4.4 nosniff, V3.4.5 Referrer-Policy, V3.4.6
/// frame-ancestors) on every kind of response, not only pages: static files, errors, redirects, downloads, feeds, open
/// data and the Open311 API. The values themselves are checked in Site/SecurityHeadersTests; here, that none escapes them.
/// </summary>
public class SecurityHeadersEverywhereTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Required =
        ["Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy"];

    internal static void AssertHeaders(HttpResponseMessage response, string what)
    {
        foreach (var name in Required)
            Assert.True(response.Headers.Contains(name), $"{what} ({(int)response.StatusCode}) has no {name}");
        Assert.Contains("frame-ancestors 'none'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/tips", HttpStatusCode.OK)]                                    // a form page
    [InlineData("/search?q=%E9%92%A2", HttpStatusCode.OK)]
    [InlineData("/js/site.js", HttpStatusCode.OK)]                              // a static file
    [InlineData("/feeds/cards.atom", HttpStatusCode.OK)]                        // a feed
    [InlineData("/data/cards.csv", HttpStatusCode.OK)]                          // an open-data download
    [InlineData("/data/cards.json", HttpStatusCode.OK)]
    [InlineData("/open311/v2/services.json", HttpStatusCode.OK)]                // the API
    [InlineData("/open311/v2/no-such.json", HttpStatusCode.NotFound)]           // the API's own 404
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]                      // the 404 page
    [InlineData("/report", HttpStatusCode.MovedPermanently)]                    // a redirect
    [InlineData("/staff", HttpStatusCode.Redirect)]                             // to sign-in
    [InlineData("/staff/account/signin", HttpStatusCode.OK)]
    public async Task EveryKindOfResponse_CarriesTheSecurityHeaders(string url, HttpStatusCode status)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        AssertHeaders(response, url);
    }

    [Fact]
    public async Task ARefusedPost_AndAnEvidenceDownload_CarryThemToo()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var refused = await client.PostAsync("/tips", new FormUrlEncodedContent([])); // no antiforgery token
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        AssertHeaders(refused, "POST /tips without a token");

        await StaffLogin.CreateAsync(factory, "headers-officer@test.local", StaffRoles.Officer, "440304-yjglj");
        var tip = await TipSeed.FileAsync(factory, files: new UploadedFile("现场.png", "image/png", TestFiles.Png()));
        var fileId = await factory.WithDbAsync(db => db.TipAttachments.Where(a => a.TipId == tip.Id).Select(a => a.Id).SingleAsync());
        var officer = await StaffLogin.SignInAsync(factory, "headers-officer@test.local");
        using var download = await officer.GetAsync($"/staff/tips/{tip.Id}/files/{fileId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        AssertHeaders(download, "an evidence file");
        using var staffPage = await officer.GetAsync($"/staff/tips/{tip.Id}");
        AssertHeaders(staffPage, "a tip-off's page in the back office");
    }
}

/// <summary>As deployed (Production, HTTPS, a real host name): HSTS, and the headers on the 500 page too.</summary>
public class SecurityHeadersInProductionTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task HttpsResponses_CarryHsts_AndTheErrorPage_TheSecurityHeaders()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://tbcn.gd.gov.cn"), AllowAutoRedirect = false,
        });
        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.True(home.Headers.TryGetValues("Strict-Transport-Security", out var hsts), "no HSTS over HTTPS in Production");
        Assert.Contains("max-age=", string.Join(",", hsts!));

        using var boom = await client.GetAsync("/boom");
        Assert.Equal(HttpStatusCode.InternalServerError, boom.StatusCode);
        SecurityHeadersEverywhereTests.AssertHeaders(boom, "the 500 page");
    }
}
