using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.IntegrationTests.Pages.Staff;

/// <summary>After signing in, staff go back where they were headed, but only to a back-office path; anything else goes to /staff.</summary>
public class SignInReturnUrlTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static int _serial;

    [Theory]
    [InlineData("/staff/registers", "/staff/registers")]
    [InlineData("/staff/registers?register=phase-out", "/staff/registers?register=phase-out")]
    [InlineData("/lists", "/staff")]
    [InlineData("//evil.example/staff", "/staff")]
    [InlineData("https://evil.example/staff", "/staff")]
    [InlineData("/\\evil.example", "/staff")]
    [InlineData("/staff\nenv;", "/staff")]
    [InlineData("/staff/\0", "/staff")]
    [InlineData("/staff/搜索", "/staff")]
    [InlineData("/staffing", "/staff")]
    public async Task SignIn_FollowsOnlyABackOfficeReturnUrl(string returnUrl, string expected)
    {
        var email = $"return{Interlocked.Increment(ref _serial)}@test.local";
        await StaffLogin.CreateAsync(factory, email, StaffRoles.Officer, "440300-yjglj");
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var signIn = await client.GetPageAsync("/staff/account/signin?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        using var toTwoFactor = await client.SendAsync((IHtmlFormElement)signIn.QuerySelector("form#signin")!,
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = StaffLogin.Password });
        Assert.Equal(HttpStatusCode.Redirect, toTwoFactor.StatusCode);
        var twoFactor = await client.GetPageAsync(toTwoFactor.Headers.Location!.OriginalString);
        using var done = await client.SendAsync((IHtmlFormElement)twoFactor.QuerySelector("form#twofactor")!,
            new Dictionary<string, string> { ["Code"] = StaffLogin.Totp(StaffLogin.AuthenticatorKey, factory.Clock) });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(expected, done.Headers.Location!.OriginalString);
    }
}
