using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// Brings the stored key ring under the active KEK: keys stored in plain text (before key protection existed) are
/// wrapped, and — for <c>rewrap-keys</c> after a rotation — keys wrapped by a retired KEK are unwrapped and wrapped again.
/// The keys themselves do not change, so everything they encrypted stays readable; only their wrapping does.
/// </summary>
public sealed class KeyRingRewrap(PortalDbContext db, KeyEncryptionKeys keys)
{
    private static readonly XNamespace DataProtectionNs = "http://schemas.asp.net/2015/03/dataProtection";

    /// <summary>How the key manager marks the element that must not be stored in plain text (its &lt;masterKey&gt;).</summary>
    public static readonly XName RequiresEncryption = DataProtectionNs + "requiresEncryption";

    /// <summary>The element the key manager stores around an encrypted secret (XmlConstants.EncryptedSecretElementName).</summary>
    public static readonly XName EncryptedSecret = DataProtectionNs + "encryptedSecret";

    private static readonly string DecryptorTypePrefix = typeof(KeyProtectionXmlDecryptor).FullName + ",";

    public sealed record Result(int Rewrapped, int Current, int Undecryptable, int Foreign, int Plaintext);

    /// <param name="plaintextOnly">Only wrap keys stored in plain text (start-up); otherwise also re-wrap keys of retired KEKs.</param>
    public async Task<Result> RunAsync(bool plaintextOnly, CancellationToken ct)
    {
        var active = keys.Active ?? throw new InvalidOperationException("没有可用的密钥加密密钥（KeyProtection），无法加密密钥环。");
        var encryptor = new KeyProtectionXmlEncryptor(active);
        int rewrapped = 0, current = 0, undecryptable = 0, foreign = 0;
        foreach (var row in await db.DataProtectionKeys.ToListAsync(ct))
        {
            var xml = XElement.Parse(row.Xml);
            var changed = false;
            var failed = false;
            var other = false;
            foreach (var secret in xml.Descendants(EncryptedSecret).ToList())
            {
                var inner = secret.Elements().SingleOrDefault();
                if (!IsOurs(secret) || inner is null) { other = true; continue; }
                if (plaintextOnly || KeyProtectionXmlEncryptor.KekOf(inner) == active.Id) continue;
                try
                {
                    secret.ReplaceWith(Wrap(KeyProtectionXmlEncryptor.Decrypt(inner, keys), encryptor));
                    changed = true;
                }
                catch (CryptographicException) { failed = true; }
            }
            foreach (var plain in PlaintextSecrets(xml).ToList())
            {
                plain.ReplaceWith(Wrap(plain, encryptor));
                changed = true;
            }
            if (failed) { undecryptable++; continue; } // leave the row as it was: a later run with the right KEK can still do it
            if (changed)
            {
                row.Xml = xml.ToString(SaveOptions.DisableFormatting);
                rewrapped++;
            }
            else if (other) foreign++;
            else current++;
        }
        await db.SaveChangesAsync(ct);
        return new Result(rewrapped, current, undecryptable, foreign, 0);
    }

    /// <summary>Without changing anything: how many stored keys are in plain text, and how many name a KEK that is not
    /// configured (what they encrypted cannot be read by this instance).</summary>
    public async Task<Result> InspectAsync(CancellationToken ct)
    {
        int plaintext = 0, unknown = 0, current = 0, foreign = 0;
        foreach (var xmlText in await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync(ct))
        {
            var xml = XElement.Parse(xmlText);
            var secrets = xml.Descendants(EncryptedSecret).ToList();
            if (PlaintextSecrets(xml).Any()) plaintext++;
            else if (secrets.Any(s => IsOurs(s) && s.Elements().FirstOrDefault() is { } inner
                         && keys.Find(KeyProtectionXmlEncryptor.KekOf(inner) ?? "") is null)) unknown++;
            else if (secrets.Any(s => !IsOurs(s))) foreign++;
            else current++;
        }
        return new Result(0, current, unknown, foreign, plaintext);
    }

    private static bool IsOurs(XElement secret) =>
        ((string?)secret.Attribute("decryptorType"))?.StartsWith(DecryptorTypePrefix, StringComparison.Ordinal) == true;

    private static IEnumerable<XElement> PlaintextSecrets(XElement xml) =>
        xml.DescendantsAndSelf().Where(e => (bool?)e.Attribute(RequiresEncryption) == true);

    /// <summary>The element the key manager itself writes for an encrypted secret (see XmlEncryptionExtensions).</summary>
    private static XElement Wrap(XElement plaintext, KeyProtectionXmlEncryptor encryptor)
    {
        var info = encryptor.Encrypt(new XElement(plaintext));
        return new XElement(EncryptedSecret, new XAttribute("decryptorType", info.DecryptorType.AssemblyQualifiedName!),
            info.EncryptedElement);
    }
}
