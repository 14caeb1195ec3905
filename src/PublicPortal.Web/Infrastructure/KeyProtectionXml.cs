using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// Wraps a Data Protection key (its &lt;masterKey&gt; element) with the active KEK, AES-256-GCM; the key manager stores the
/// result inside &lt;encryptedSecret decryptorType="…KeyProtectionXmlDecryptor"&gt;. Format:
/// &lt;encryptedKey xmlns="urn:publicportal:kek" kek="fingerprint"&gt;base64(nonce ‖ tag ‖ ciphertext)&lt;/encryptedKey&gt;.
/// </summary>
public sealed class KeyProtectionXmlEncryptor(KeyEncryptionKey kek) : IXmlEncryptor
{
    public static readonly XNamespace Ns = "urn:publicportal:kek";
    public static readonly XName EncryptedKey = Ns + "encryptedKey";
    private const int NonceSize = 12, TagSize = 16;

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var output = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(kek.Key, TagSize))
            aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), Aad(kek.Id));
        CryptographicOperations.ZeroMemory(plaintext);
        var element = new XElement(EncryptedKey, new XAttribute("kek", kek.Id), Convert.ToBase64String(output));
        return new EncryptedXmlInfo(element, typeof(KeyProtectionXmlDecryptor));
    }

    /// <summary>The KEK fingerprint a wrapped key names, or null for an element this encryptor did not write.</summary>
    public static string? KekOf(XElement encrypted) => encrypted.Name == EncryptedKey ? (string?)encrypted.Attribute("kek") : null;

    /// <summary>Unwraps with whichever configured KEK the element names; CryptographicException (with the reason in Chinese)
    /// when that KEK is not configured or the element was altered.</summary>
    public static XElement Decrypt(XElement encrypted, KeyEncryptionKeys keys)
    {
        var id = KekOf(encrypted) ?? throw new CryptographicException("无法识别的加密密钥格式。");
        var kek = keys.Find(id) ?? throw new CryptographicException(
            $"密钥环中的密钥由密钥加密密钥 {id} 加密，但当前配置中没有该密钥（KeyProtection），无法解密。");
        var input = Convert.FromBase64String(encrypted.Value);
        if (input.Length < NonceSize + TagSize) throw new CryptographicException("加密的密钥已损坏。");
        var plaintext = new byte[input.Length - NonceSize - TagSize];
        using (var aes = new AesGcm(kek.Key, TagSize))
            aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), plaintext,
                Aad(id));
        try { return XElement.Parse(Encoding.UTF8.GetString(plaintext)); }
        finally { CryptographicOperations.ZeroMemory(plaintext); }
    }

    // The fingerprint is bound to the cipher: an element relabelled to another KEK fails authentication.
    private static byte[] Aad(string kekId) => Encoding.ASCII.GetBytes("PublicPortal.KEK:" + kekId);
}

/// <summary>Created by the key manager for each &lt;encryptedSecret&gt; it reads (through its activator, with the app's
/// services), so it finds the configured KEKs in the container.</summary>
public sealed class KeyProtectionXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        KeyProtectionXmlEncryptor.Decrypt(encryptedElement, services.GetRequiredService<KeyEncryptionKeys>());
}
