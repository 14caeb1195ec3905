using System.Net;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.IntegrationTests.Pages.Staff;

public class SignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_Staff_RedirectsAnonymousToSignIn()
    {
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/staff");
        Assert.NotNull(page.QuerySelector("form#signin"));
        Assert.EndsWith("/staff/account/signin?ReturnUrl=%2Fstaff", page.Url, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/Staff", "/staff")]
    [InlineData("/STAFF/Tips/42?tab=messages", "/staff/Tips/42?tab=messages")]
    public async Task HandTypedCapitalStaffPrefix_IsRedirectedToTheCookiesPath(string typed, string expected)
    {
        // The sign-in cookie's path is /staff, which browsers match case-sensitively.
        var client = factory.CreateClient(
            new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(typed);
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/staffing")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithPasswordAndTotp_OpensTheBackOffice()
    {
        await StaffLogin.CreateAsync(factory, "officer-signin@test.local", StaffRoles.Officer, "440300-yjglj");
        var client = await StaffLogin.SignInAsync(factory, "officer-signin@test.local");
        var page = await client.GetPageAsync("/staff");
        Assert.Equal("待办队列", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.True((await client.GetAsync("/staff")).Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task SignIn_WithoutTwoFactor_LandsOnEnrolmentAndCannotReachTheQueue()
    {
        await StaffLogin.CreateAsync(factory, "new-officer@test.local", StaffRoles.Officer, "440300-yjglj", twoFactor: false);
        var client = await StaffLogin.SignInAsync(factory, "new-officer@test.local");
        var page = await client.GetPageAsync("/staff");
        Assert.True(page.QuerySelector("form#enroll") is not null, page.Url + " " + page.QuerySelector("main")?.TextContent);
        Assert.NotNull(page.QuerySelector("img[src^='data:image/svg+xml;base64,']"));
        Assert.Matches("^[a-z2-7]{4}( [a-z2-7]{1,4})+$", page.QuerySelector("#authenticator-key")!.TextContent.Trim());
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsAGenericMessage()
    {
        await StaffLogin.CreateAsync(factory, "wrong-pw@test.local", StaffRoles.Officer, "440300-yjglj");
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/staff/account/signin");
        var response = await client.SendAsync((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form#signin")!,
            new Dictionary<string, string> { ["Input.Email"] = "wrong-pw@test.local", ["Input.Password"] = "NotThePassword1" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("邮箱或密码不正确", (await HtmlHelpers.GetDocumentAsync(response)).QuerySelector("main")!.TextContent);
    }
}
