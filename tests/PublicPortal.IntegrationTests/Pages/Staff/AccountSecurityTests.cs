using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Pages.Staff.Account;

namespace PublicPortal.IntegrationTests.Pages.Staff;

public class AccountSecurityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string LockoutMessage = SignInModel.FailureMessage;

    private static async Task<IHtmlDocument> PostSignInAsync(HttpClient client, string email, string password) =>
        await client.SubmitAsync("/staff/account/signin", "form#signin", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    [Fact]
    public async Task SignIn_SixthAttemptWithRightPassword_IsRefused_AfterFiveWrongPasswords()
    {
        await StaffLogin.CreateAsync(factory, "lockout-pw@test.local", StaffRoles.Officer, "440300-yjglj");
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++) await PostSignInAsync(client, "lockout-pw@test.local", "WrongPassword2026");
        var page = await PostSignInAsync(client, "lockout-pw@test.local", StaffLogin.Password);
        Assert.NotNull(page.QuerySelector("form#signin"));
        Assert.Contains(LockoutMessage, page.MainText());
        var failures = await factory.WithDbAsync(db =>
            db.AuditEntries.CountAsync(a => a.Action == AuditActions.SignInFailed && a.UserName == "lockout-pw@test.local"));
        Assert.Equal(6, failures);
    }

    [Fact]
    public async Task SignIn_WrongAuthenticatorCodes_CountTowardsLockout()
    {
        await StaffLogin.CreateAsync(factory, "lockout-totp@test.local", StaffRoles.Officer, "440300-yjglj");
        var client = factory.CreateClient();
        var page = await PostSignInAsync(client, "lockout-totp@test.local", StaffLogin.Password);
        // The portal accepts the codes of two 30-second steps either side of its clock (AuthenticatorCodes): pick none of them.
        var accepted = Enumerable.Range(-2, 5)
            .Select(i => StaffLogin.Totp(StaffLogin.AuthenticatorKey, factory.Clock.GetUtcNow().AddSeconds(30 * i))).ToHashSet();
        var wrong = Enumerable.Range(0, 10).Select(i => $"{i}{i}{i}{i}{i}{i}").First(c => !accepted.Contains(c));
        for (var i = 0; i < 5; i++) page = await client.SubmitAsync(page, "form#twofactor", new() { ["Code"] = wrong });
        Assert.Contains("账号已锁定", page.MainText());

        var again = await PostSignInAsync(factory.CreateClient(), "lockout-totp@test.local", StaffLogin.Password);
        Assert.Contains(LockoutMessage, again.MainText());
        Assert.Null(again.QuerySelector("form#twofactor"));
    }

    [Fact]
    public async Task SignOut_EndsTheSession_AndACopiedCookieStopsWorking()
    {
        await StaffLogin.CreateAsync(factory, "signout@test.local", StaffRoles.Officer, "440300-yjglj");
        var cookies = new CookieContainer();
        var client = await StaffLogin.SignInAsync(factory, "signout@test.local", cookies: cookies);
        var copy = cookies.GetCookies(new Uri("http://localhost/staff"))["pp-staff"]!.Value;
        Assert.Equal(HttpStatusCode.OK, (await Replay(copy)).StatusCode); // the copy works while signed in

        // The 退出登录 button in the header of every back-office page.
        var signedOut = await client.SubmitAsync("/staff", "header form[action='/staff/account/signout']");
        Assert.NotNull(signedOut.QuerySelector("form#signin"));

        var replayed = await Replay(copy);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/staff/account/signin", new Uri(new Uri("http://localhost"), replayed.Headers.Location!).AbsolutePath,
            ignoreCase: true);
    }

    private Task<HttpResponseMessage> Replay(string cookie)
    {
        var bare = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/staff");
        request.Headers.Add("Cookie", $"pp-staff={cookie}");
        return bare.SendAsync(request);
    }

    [Fact]
    public async Task DisablingAnAccount_EndsItsSessionAtOnce_AndRefusesSignIn()
    {
        var user = await StaffLogin.CreateAsync(factory, "to-disable@test.local", StaffRoles.Officer, "440300-yjglj");
        var session = await StaffLogin.SignInAsync(factory, "to-disable@test.local");
        await session.GetPageAsync("/staff");

        var admin = await AdminSession.SignInAdminAsync(factory);
        var done = await admin.SubmitAsync($"/staff/admin/users/edit?id={user.Id}", "form#toggle");
        Assert.Equal("已停用", done.QuerySelector("#state")!.TextContent.Trim());

        Assert.NotNull((await session.GetPageAsync("/staff")).QuerySelector("form#signin"));
        var again = await PostSignInAsync(factory.CreateClient(), "to-disable@test.local", StaffLogin.Password);
        Assert.Contains(SignInModel.FailureMessage, again.MainText());
        Assert.NotNull(again.QuerySelector("form#signin"));
    }

    [Fact]
    public async Task SignIn_LockedAccount_AndUnknownEmail_GetTheSameAnswer()
    {
        await StaffLogin.CreateAsync(factory, "lockout-same@test.local", StaffRoles.Officer, "440300-yjglj");
        var client = factory.CreateClient();
        static string Error(IHtmlDocument page) =>
            page.QuerySelector(".validation-summary-errors, [data-valmsg-summary]")!.TextContent.Trim();
        var answers = new List<string>();
        foreach (var email in new[] { "lockout-same@test.local", "nobody-here@test.local" })
        {
            for (var i = 0; i < 5; i++) await PostSignInAsync(client, email, "WrongPassword2026");
            // The sixth attempt, with the right password for the real account: it is locked, the other never existed.
            answers.Add(Error(await PostSignInAsync(client, email, StaffLogin.Password)));
        }
        Assert.Equal(SignInModel.FailureMessage, answers[0]);
        Assert.Equal(answers[0], answers[1]);
        var reasons = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.SignInFailed
            && (a.UserName == "lockout-same@test.local" || a.UserName == "nobody-here@test.local")).Select(a => a.Detail).ToListAsync());
        Assert.Contains("账号锁定", reasons);
        Assert.Contains("账号不存在", reasons);
    }

    [Theory]
    [InlineData("/staff")]
    [InlineData("/staff/admin/users")]
    [InlineData("/staff/admin/departments")]
    [InlineData("/staff/admin/routing")]
    [InlineData("/staff/admin/calendar")]
    [InlineData("/staff/admin/audit")]
    public async Task AccountWithoutTwoFactor_IsSentToEnrolment_FromEveryBackOfficePage(string path)
    {
        var email = $"no2fa-{path.GetHashCode():x}@test.local";
        await StaffLogin.CreateAsync(factory, email, StaffRoles.Admin, null, twoFactor: false);
        var client = await StaffLogin.SignInAsync(factory, email);
        var page = await client.GetPageAsync(path);
        Assert.NotNull(page.QuerySelector("form#enroll"));
        Assert.Null(page.QuerySelector("main h1:not(:first-child)"));
    }

    [Fact]
    public async Task Enrolment_WithTheRightCode_EnablesTwoFactor_AndOpensTheQueue()
    {
        await StaffLogin.CreateAsync(factory, "enrol@test.local", StaffRoles.Officer, "440300-yjglj", twoFactor: false);
        var client = await StaffLogin.SignInAsync(factory, "enrol@test.local");
        var enrol = await client.GetPageAsync("/staff/account/enroll");
        var key = enrol.QuerySelector("#authenticator-key")!.TextContent.Replace(" ", "").ToUpperInvariant();

        var queue = await client.SubmitAsync(enrol, "form#enroll", new() { ["Code"] = StaffLogin.Totp(key, factory.Clock) });
        Assert.Equal("待办队列", queue.QuerySelector("h1")!.TextContent.Trim());
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "enrol@test.local"));
        Assert.True(user.TwoFactorEnabled);
        Assert.True(await factory.WithDbAsync(db =>
            db.AuditEntries.AnyAsync(a => a.Action == AuditActions.EnableTwoFactor && a.UserId == user.Id)));
    }
}
