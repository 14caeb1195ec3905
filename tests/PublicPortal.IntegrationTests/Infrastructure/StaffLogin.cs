using System.Net;
using AngleSharp.Html.Dom;
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
                new Dictionary<string, string> { ["Code"] = Totp(AuthenticatorKey, factory.Clock) });
            next = await HtmlHelpers.GetDocumentAsync(response);
        }
        Assert.True(next.QuerySelector("form#signin") is null,
            $"sign-in as {email} failed: " + next.QuerySelector("main")?.TextContent.Trim());
        return client;
    }

    /// <summary>The code the authenticator app shows at the portal's current time (RFC 6238 via Otp.NET).</summary>
    public static string Totp(string base32Key, TimeProvider clock) => Totp(base32Key, clock.GetUtcNow());

    /// <summary>The code the authenticator app shows at <paramref name="at"/>.</summary>
    public static string Totp(string base32Key, DateTimeOffset at) =>
        new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(base32Key)).ComputeTotp(at.UtcDateTime);
}
