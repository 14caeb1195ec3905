using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>
/// Staff accounts for tests, signed in through the real pages: email and password, then a TOTP code computed from the
/// account's authenticator key, exactly as an authenticator app would.
/// </summary>
public static class StaffLogin
{
    public const string Password = "TestPassword2026";
    public const string AuthenticatorKey = "JBSWY3DPEHPK3PXP";

    /// <summary>Creates an account in the department with the given code (e.g. "440300-yjglj"), two-factor enrolled unless
    /// told otherwise.</summary>
    public static async Task<StaffUser> CreateAsync(PortalFactory factory, string email, string role, string? departmentCode,
        bool twoFactor = true)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var departmentId = departmentCode is null ? null : (int?)(await db.Departments.SingleAsync(d => d.Code == departmentCode)).Id;
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync(email, email.Split('@')[0], Password, role, departmentId, twoFactor ? AuthenticatorKey : null);
        Assert.True(user is not null, string.Join(" ", errors));
        return user!;
    }

    /// <summary>A client signed in as <paramref name="email"/> through the sign-in and two-factor pages.</summary>
    /// <param name="cookies">Pass a container to see (and copy) the cookies the client holds; otherwise the client keeps its own.</param>
    public static async Task<HttpClient> SignInAsync(PortalFactory factory, string email, string password = Password,
        CookieContainer? cookies = null)
    {
        var client = cookies is null
            ? factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true })
            : factory.CreateDefaultClient(new Uri("http://localhost"), new RedirectHandler(), new CookieContainerHandler(cookies));
        var page = await client.GetPageAsync("/staff/account/signin");
        var response = await client.SendAsync((IHtmlFormElement)page.QuerySelector("form#signin")!,
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        var next = await HtmlHelpers.GetDocumentAsync(response);
        if (next.QuerySelector("form#twofactor") is IHtmlFormElement twoFactor)
        {
            response = await client.SendAsync(twoFactor,
                new Dictionary<string, string> { ["Code"] = await UnusedCodeAsync(factory, email) });
            next = await HtmlHelpers.GetDocumentAsync(response);
        }
        Assert.True(next.QuerySelector("form#signin") is null,
            $"sign-in as {email} failed: " + next.QuerySelector("main")?.TextContent.Trim());
        return client;
    }

    /// <summary>
    /// A code the portal will accept for <paramref name="email"/> now. A code is accepted only once (AuthenticatorCodes),
    /// and tests sign the same account in many times while the clock stands still, or after moving it back to an earlier
    /// day: take the earliest 30-second step within the accepted drift (two steps either side) that is later than the last
    /// one used; when there is none, forget the last one used (as if the person's phone had waited), so that the test's
    /// clock never moves. The replay tests (Security/TotpReplayTests) type their codes themselves.
    /// </summary>
    public static async Task<string> UnusedCodeAsync(PortalFactory factory, string email, string base32Key = AuthenticatorKey)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"no staff account {email}");
        var now = factory.Clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        var last = await AuthenticatorCodes<StaffUser>.LastAcceptedStepAsync(users, user);
        if (last >= now + 2)
        {
            await users.RemoveAuthenticationTokenAsync(user, AuthenticatorCodes<StaffUser>.ProviderName,
                AuthenticatorCodes<StaffUser>.LastStepToken);
            last = null;
        }
        var step = last is { } used ? Math.Max(now - 2, used + 1) : now;
        return Totp(base32Key, DateTimeOffset.FromUnixTimeSeconds(step * 30));
    }

    /// <summary>The code the authenticator app shows at the portal's current time (RFC 6238 via Otp.NET).</summary>
    public static string Totp(string base32Key, TimeProvider clock) => Totp(base32Key, clock.GetUtcNow());

    /// <summary>The code the authenticator app shows at <paramref name="at"/>.</summary>
    public static string Totp(string base32Key, DateTimeOffset at) =>
        new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(base32Key)).ComputeTotp(at.UtcDateTime);
}
