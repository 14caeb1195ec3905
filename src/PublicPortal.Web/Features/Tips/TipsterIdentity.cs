using System.Text.Json;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips;

/// <summary>The tipster's contact details; serialised and encrypted as one value (<see cref="Tip.IdentityCipher"/>).</summary>
public sealed record TipsterIdentity(string? Name, string? Phone, string? Email);

public static class TipsterIdentityProtection
{
    public static string ProtectIdentity(this PersonalDataProtector protector, TipsterIdentity identity) =>
        protector.Protect(JsonSerializer.Serialize(identity));

    public static TipsterIdentity UnprotectIdentity(this PersonalDataProtector protector, string cipher) =>
        JsonSerializer.Deserialize<TipsterIdentity>(protector.Unprotect(cipher)) ?? new TipsterIdentity(null, null, null);
}
