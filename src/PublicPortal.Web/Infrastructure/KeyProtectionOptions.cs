namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// Where the key-encryption key (KEK) comes from: the key that encrypts every Data Protection key before it is stored in
/// the database, so that a copy of the database alone decrypts nothing. Bound from the "KeyProtection" section. Without
/// <see cref="Secret"/> or <see cref="KeyFile"/> the portal creates its own key file in <see cref="KeyFolder"/>.
/// </summary>
public class KeyProtectionOptions
{
    public const string Section = "KeyProtection";

    /// <summary>The active KEK as 32 bytes in base64, normally from the environment (KeyProtection__Secret).</summary>
    public string? Secret { get; set; }

    /// <summary>The active KEK as a file (32 bytes in base64); relative paths are under the content root. The file must
    /// exist: only the default file is created by the portal.</summary>
    public string? KeyFile { get; set; }

    /// <summary>Where the default key file (portal-kek.key) is created when neither Secret nor KeyFile is set. Keep it off
    /// the database's backups; relative paths are under the content root.</summary>
    public string KeyFolder { get; set; } = Path.Combine("App_Data", "keys");

    /// <summary>Earlier KEKs (files), kept after a rotation to decrypt keys not yet re-wrapped; never used to encrypt.</summary>
    public List<string> RetiredKeyFiles { get; set; } = [];

    /// <summary>Earlier KEKs (base64), as <see cref="RetiredKeyFiles"/>.</summary>
    public List<string> RetiredSecrets { get; set; } = [];
}
