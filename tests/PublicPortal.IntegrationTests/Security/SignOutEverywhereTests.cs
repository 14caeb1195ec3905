using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.IntegrationTests.Security;

/// <summary>
/// ASVS 5.0 V7.4.1 (logout invalidates the session) and V7.4.3 (the user can end every other session): 退出登录 renews the
/// security stamp, which is checked on every request (SecurityStampValidator interval zero), so a session signed in
/// separately on another computer ends too — not only a copy of the same cookie (that case is
/// Pages/Staff/AccountSecurityTests.SignOut_EndsTheSession_AndACopiedCookieStopsWorking).
/// </summary>
public class SignOutEverywhereTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SigningOutOnOneComputer_EndsTheSessionOnAnother()
    {
        await StaffLogin.CreateAsync(factory, "two-desks@test.local", StaffRoles.Officer, "440300-yjglj");
        var office = await StaffLogin.SignInAsync(factory, "two-desks@test.local");
        var home = await StaffLogin.SignInAsync(factory, "two-desks@test.local");
        Assert.Equal("待办队列", (await home.GetPageAsync("/staff")).QuerySelector("h1")!.TextContent.Trim());

        var signedOut = await office.SubmitAsync("/staff", "header form[action='/staff/account/signout']");
        Assert.NotNull(signedOut.QuerySelector("form#signin"));

        Assert.NotNull((await home.GetPageAsync("/staff")).QuerySelector("form#signin")); // sent to sign in again
        // And the person can sign in again afterwards.
        var again = await StaffLogin.SignInAsync(factory, "two-desks@test.local");
        Assert.Equal("待办队列", (await again.GetPageAsync("/staff")).QuerySelector("h1")!.TextContent.Trim());
    }
}
