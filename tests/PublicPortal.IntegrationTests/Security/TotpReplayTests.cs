using AngleSharp.Html.Dom;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.IntegrationTests.Security;

/// <summary>
/// ASVS 5.0 V6.5.1: a time-based one-time code is accepted once. The portal accepts codes of two 30-second steps either
/// side of its clock (AuthenticatorCodes), so without replay protection a code seen over a shoulder, or a captured form
/// post, would open a second session for two and a half minutes.
/// </summary>
public class TotpReplayTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Refused = "验证码不正确";

    private static async Task<IHtmlDocument> PasswordStepAsync(HttpClient client, string email)
    {
        var page = await client.SubmitAsync("/staff/account/signin", "form#signin",
            new() { ["Input.Email"] = email, ["Input.Password"] = StaffLogin.Password });
        Assert.NotNull(page.QuerySelector("form#twofactor"));
        return page;
    }

    [Fact]
    public async Task TheSameCode_CannotSignInTwice_EvenWithinItsWindow()
    {
        await StaffLogin.CreateAsync(factory, "replay@test.local", StaffRoles.Officer, "440300-yjglj");
        var code = await StaffLogin.UnusedCodeAsync(factory, "replay@test.local");

        var first = factory.CreateClient();
        var signedIn = await first.SubmitAsync(await PasswordStepAsync(first, "replay@test.local"), "form#twofactor",
            new() { ["Code"] = code });
        Assert.Equal("待办队列", signedIn.QuerySelector("h1")!.TextContent.Trim());

        // An attacker who saw the code types it a few seconds later, with the password: refused.
        factory.Clock.Advance(TimeSpan.FromSeconds(5));
        var second = factory.CreateClient();
        var replayed = await second.SubmitAsync(await PasswordStepAsync(second, "replay@test.local"), "form#twofactor",
            new() { ["Code"] = code });
        Assert.NotNull(replayed.QuerySelector("form#twofactor"));
        Assert.Contains(Refused, replayed.MainText());
        Assert.NotNull((await second.GetPageAsync("/staff")).QuerySelector("form#signin")); // no session
    }

    [Fact]
    public async Task AnOlderCode_IsRefused_AfterANewerOneWasUsed_AndTheNextStepsCodeWorks()
    {
        await StaffLogin.CreateAsync(factory, "replay-older@test.local", StaffRoles.Officer, "440300-yjglj");
        var now = factory.Clock.GetUtcNow();
        var current = StaffLogin.Totp(StaffLogin.AuthenticatorKey, now);
        var previous = StaffLogin.Totp(StaffLogin.AuthenticatorKey, now.AddSeconds(-30)); // still inside the drift window
        Assert.NotEqual(current, previous);

        var client = factory.CreateClient();
        await client.SubmitAsync(await PasswordStepAsync(client, "replay-older@test.local"), "form#twofactor",
            new() { ["Code"] = current });
        var other = factory.CreateClient();
        var older = await other.SubmitAsync(await PasswordStepAsync(other, "replay-older@test.local"), "form#twofactor",
            new() { ["Code"] = previous });
        Assert.Contains(Refused, older.MainText());

        // Half a minute later the phone shows a new code, and it is accepted.
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var next = await other.SubmitAsync(older, "form#twofactor",
            new() { ["Code"] = StaffLogin.Totp(StaffLogin.AuthenticatorKey, factory.Clock) });
        Assert.Equal("待办队列", next.QuerySelector("h1")!.TextContent.Trim());
    }
}
