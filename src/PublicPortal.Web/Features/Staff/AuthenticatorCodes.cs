using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace PublicPortal.Web.Features.Staff;

/// <summary>
/// Checks the 6-digit code of a staff member's authenticator app (RFC 6238, 30-second steps, two steps of drift either
/// way, as Identity's built-in provider) against the portal's own clock. Identity's provider reads the machine clock, which
/// a test cannot move; this one reads the injected <see cref="TimeProvider"/> like every other time rule of the portal.
/// A code is accepted once (ASVS 5.0 V6.5.1): the time step of the last accepted code is remembered per user (Identity's
/// user-token table, so no schema change), and only a later step is accepted afterwards — someone who watched a code
/// being typed, or replays a captured form post, cannot use it again within its two and a half minutes.
/// </summary>
public sealed class AuthenticatorCodes<TUser>(TimeProvider clock) : IUserTwoFactorTokenProvider<TUser> where TUser : class
{
    public const string ProviderName = "PortalAuthenticator";
    public const string LastStepToken = "LastAcceptedTimeStep";

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<TUser> manager, TUser user) =>
        Task.FromResult(false); // the code comes from the person's phone, never from the portal

    public Task<string> GenerateAsync(string purpose, UserManager<TUser> manager, TUser user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<TUser> manager, TUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !token.All(char.IsAsciiDigit)) return false;
        if (!new Totp(Base32Encoding.ToBytes(key))
                .VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out var step, new VerificationWindow(previous: 2, future: 2)))
            return false;
        if (await LastAcceptedStepAsync(manager, user) is { } last && step <= last) return false; // used already, or older
        await manager.SetAuthenticationTokenAsync(user, ProviderName, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>The RFC 6238 time step (Unix seconds / 30) of the last code accepted from this user, if any.</summary>
    public static async Task<long?> LastAcceptedStepAsync(UserManager<TUser> manager, TUser user) =>
        long.TryParse(await manager.GetAuthenticationTokenAsync(user, ProviderName, LastStepToken), NumberStyles.None,
            CultureInfo.InvariantCulture, out var step) ? step : null;
}
