using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace PublicPortal.Web.Features.Staff;

/// <summary>
/// Checks the 6-digit code of a staff member's authenticator app (RFC 6238, 30-second steps, two steps of drift either
/// way, as Identity's built-in provider) against the portal's own clock. Identity's provider reads the machine clock, which
/// a test cannot move; this one reads the injected <see cref="TimeProvider"/> like every other time rule of the portal.
/// </summary>
public sealed class AuthenticatorCodes<TUser>(TimeProvider clock) : IUserTwoFactorTokenProvider<TUser> where TUser : class
{
    public const string ProviderName = "PortalAuthenticator";

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<TUser> manager, TUser user) =>
        Task.FromResult(false); // the code comes from the person's phone, never from the portal

    public Task<string> GenerateAsync(string purpose, UserManager<TUser> manager, TUser user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<TUser> manager, TUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !token.All(char.IsAsciiDigit)) return false;
        return new Totp(Base32Encoding.ToBytes(key))
            .VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out _, new VerificationWindow(previous: 2, future: 2));
    }
}
