using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace PublicPortal.Web.Features.Tips.Intake;

/// <summary>
/// After a successful 受理编号 + 查询码 check the citizen gets a 30-minute, encrypted, HttpOnly cookie naming the tip-off,
/// so that the follow-up page can be reloaded and its forms posted without putting the query code into the page.
/// </summary>
public sealed class TrackSession(IDataProtectionProvider provider, TimeProvider clock)
{
    public const string Cookie = "pp-track";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private readonly IDataProtector _protector = provider.CreateProtector("PublicPortal.Tips.Track.v1");

    public void Start(HttpContext context, int tipId)
    {
        var expires = clock.GetUtcNow() + Lifetime;
        context.Response.Cookies.Append(Cookie, _protector.Protect($"{tipId}|{expires.ToUnixTimeSeconds()}"), new CookieOptions
        {
            // A session cookie: the 30 minutes are enforced here from the protected payload, by the portal's clock,
            // and the browser forgets the cookie when it closes (a shared computer keeps nothing).
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, Path = "/tips", IsEssential = true,
        });
    }

    public int? Current(HttpContext context)
    {
        if (context.Request.Cookies[Cookie] is not { Length: > 0 } value) return null;
        try
        {
            var parts = _protector.Unprotect(value).Split('|');
            return parts.Length == 2 && long.Parse(parts[1], CultureInfo.InvariantCulture) > clock.GetUtcNow().ToUnixTimeSeconds()
                ? int.Parse(parts[0], CultureInfo.InvariantCulture) : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }

    public void End(HttpContext context) => context.Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/tips" });
}
