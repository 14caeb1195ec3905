using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace PublicPortal.Web.Features.Tips;

/// <summary>
/// Encrypts what could identify a tipster (contact details, descriptions, messages, files) before it reaches the
/// database, with ASP.NET Core Data Protection (AES-256-CBC + HMAC-SHA256, keys rotated every 90 days and kept in the
/// database, see <see cref="Data.DatabaseXmlRepository"/>). A purpose string isolates these keys from cookie keys.
/// </summary>
public sealed class TipProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("PublicPortal.Tips.v1");

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string cipher) => _protector.Unprotect(cipher);

    public byte[] Protect(byte[] plaintext) => _protector.Protect(plaintext);

    public byte[] Unprotect(byte[] cipher) => _protector.Unprotect(cipher);

    public string ProtectIdentity(TipsterIdentity identity) => Protect(JsonSerializer.Serialize(identity));

    public TipsterIdentity UnprotectIdentity(string cipher) =>
        JsonSerializer.Deserialize<TipsterIdentity>(Unprotect(cipher)) ?? new TipsterIdentity(null, null, null);
}
