using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PublicPortal.Web.Infrastructure;

/// <summary>One key-encryption key: 32 bytes for AES-256-GCM, named by a short fingerprint that each wrapped key records,
/// so that after a rotation the right (retired) KEK is found without trying them all.</summary>
public sealed record KeyEncryptionKey(string Id, byte[] Key, string Source)
{
    public const int Length = 32;

    public static KeyEncryptionKey From(byte[] key, string source)
    {
        if (key.Length != Length)
            throw new InvalidOperationException($"密钥加密密钥（{source}）长度应为 {Length} 字节（Base64 编码），实际为 {key.Length} 字节。");
        // A fingerprint, not the key: SHA-256 under a fixed label, first 8 bytes.
        var id = Convert.ToHexStringLower(SHA256.HashData([.. "PublicPortal.KEK"u8, .. key])[..8]);
        return new KeyEncryptionKey(id, key, source);
    }
}

/// <summary>
/// The configured KEKs: the active one (encrypts new keys) and the retired ones (decrypt only). Loaded once at start-up
/// from <see cref="KeyProtectionOptions"/>; when nothing is configured the default key file is created (mode 0600) or read.
/// </summary>
public sealed class KeyEncryptionKeys
{
    public const string DefaultFileName = "portal-kek.key";

    /// <summary>Encrypts new keys; null only outside Production when no KEK could be had (the ring is then unprotected).</summary>
    public KeyEncryptionKey? Active { get; }

    public IReadOnlyList<KeyEncryptionKey> All { get; }

    /// <summary>Why there is no active KEK (for the start-up log), when there is none.</summary>
    public string? Problem { get; }

    private KeyEncryptionKeys(KeyEncryptionKey? active, IReadOnlyList<KeyEncryptionKey> all, string? problem) =>
        (Active, All, Problem) = (active, all, problem);

    public KeyEncryptionKey? Find(string id) => All.FirstOrDefault(k => k.Id == id);

    /// <summary>Reads the configured KEKs. In Production a missing or unreadable KEK throws: the portal must not start with
    /// a key ring that a copy of the database would disclose. Elsewhere the problem is returned for a warning.</summary>
    public static KeyEncryptionKeys Load(KeyProtectionOptions options, string contentRoot, bool production)
    {
        KeyEncryptionKey? active = null;
        string? problem = null;
        try
        {
            active = !string.IsNullOrWhiteSpace(options.Secret) ? FromBase64(options.Secret, "KeyProtection:Secret")
                : !string.IsNullOrWhiteSpace(options.KeyFile) ? ReadFile(Path.GetFullPath(options.KeyFile, contentRoot))
                : ReadOrCreateDefault(Path.GetFullPath(options.KeyFolder, contentRoot));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
        {
            problem = e.Message;
            if (production)
                throw new KeyRingUnprotectedException("密钥环未受保护，拒绝启动：" + e.Message
                    + " 请配置 KeyProtection:Secret（环境变量 KeyProtection__Secret）或 KeyProtection:KeyFile，"
                    + "或让应用可以在 KeyProtection:KeyFolder 中创建密钥文件（见 README“密钥与备份”）。", e);
        }
        var all = new List<KeyEncryptionKey>();
        if (active is not null) all.Add(active);
        foreach (var file in options.RetiredKeyFiles.Where(f => !string.IsNullOrWhiteSpace(f)))
            all.Add(ReadFile(Path.GetFullPath(file, contentRoot)));
        for (var i = 0; i < options.RetiredSecrets.Count; i++)
            all.Add(FromBase64(options.RetiredSecrets[i], $"KeyProtection:RetiredSecrets:{i.ToString(CultureInfo.InvariantCulture)}"));
        return new KeyEncryptionKeys(active, all.DistinctBy(k => k.Id).ToList(), problem);
    }

    /// <summary>32 random bytes in base64, as a new key file holds.</summary>
    public static string NewKeyText() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyEncryptionKey.Length));

    private static KeyEncryptionKey FromBase64(string text, string source)
    {
        try { return KeyEncryptionKey.From(Convert.FromBase64String(text.Trim()), source); }
        catch (FormatException) { throw new InvalidOperationException($"密钥加密密钥（{source}）不是有效的 Base64 文本。"); }
    }

    private static KeyEncryptionKey ReadFile(string path)
    {
        if (!File.Exists(path)) throw new InvalidOperationException($"找不到密钥加密密钥文件 {path}。");
        return FromBase64(File.ReadAllText(path, Encoding.ASCII), path);
    }

    /// <summary>The default key file: created once, atomically (written aside, then moved into place without overwriting),
    /// so that two processes starting together end up with the same key.</summary>
    private static KeyEncryptionKey ReadOrCreateDefault(string folder)
    {
        var path = Path.Combine(folder, DefaultFileName);
        if (File.Exists(path)) return ReadFile(path);
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var temp = Path.Combine(folder, $".{DefaultFileName}.{Guid.NewGuid():N}.tmp");
        var write = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) write.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temp, write))
        using (var writer = new StreamWriter(stream, Encoding.ASCII))
            writer.Write(NewKeyText() + "\n");
        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp); // another process was first: use its key
        }
        return ReadFile(path);
    }
}

/// <summary>Start-up refused because no key-encryption key could be had outside Development (already logged as critical).
/// The exception ends the process while the pipeline is being built (exit 134 with the reason above it).</summary>
public sealed class KeyRingUnprotectedException(string message, Exception inner) : InvalidOperationException(message, inner);
