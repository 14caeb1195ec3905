using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Features.Open311;

/// <summary>
/// Partner keys: issued by an administrator (the key is returned once and never stored), revoked by one, checked on
/// every Open311 POST. A key reads "pp311_" + an 8-character prefix + "_" + a 32-character secret; the prefix finds the
/// row, the whole key is compared with a salted PBKDF2/SHA-256 hash in constant time.
/// </summary>
public class ApiKeys(PortalDbContext db, AuditLog audit, CurrentStaff staff, TimeProvider clock)
{
    private const string Scheme = "pp311_";
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    // The key carries 160 random bits, so stretching adds little against guessing; it is PBKDF2 so a stolen table is
    // useless; 10,000 rounds keep the cost of checking a key at a few milliseconds per POST.
    private const int Iterations = 10_000;

    public sealed record Issued(ApiClient Client, string Key);
    public sealed record Row(int Id, string Name, string Contact, string KeyPrefix, string CreatedByName, DateTime CreatedAt,
        DateTime? RevokedAt, DateTime? LastUsedAt, int TipCount);

    public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken ct) =>
        await db.ApiClients.AsNoTracking().OrderBy(c => c.RevokedAt != null).ThenByDescending(c => c.CreatedAt)
            .Select(c => new Row(c.Id, c.Name, c.Contact, c.KeyPrefix, c.CreatedByName, c.CreatedAt, c.RevokedAt, c.LastUsedAt,
                db.Tips.Count(t => t.ApiClientId == c.Id)))
            .ToListAsync(ct);

    public async Task<Issued> IssueAsync(string name, string contact, CancellationToken ct)
    {
        string prefix;
        do prefix = Random(8);
        while (await db.ApiClients.AnyAsync(c => c.KeyPrefix == Scheme + prefix, ct));
        var key = $"{Scheme}{prefix}_{Random(32)}";
        var client = new ApiClient
        {
            Name = name.Trim(), Contact = contact.Trim(), KeyPrefix = Scheme + prefix, KeyHash = Hash(key),
            CreatedById = staff.Id == 0 ? null : staff.Id, CreatedByName = staff.UserName, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiClients.Add(client);
        audit.Record(AuditActions.AdminChange, $"ApiClient:{client.KeyPrefix}", $"签发 Open311 接口密钥：{client.Name}");
        await db.SaveChangesAsync(ct);
        return new Issued(client, key);
    }

    /// <summary>False when there is no such client or it was already revoked.</summary>
    public async Task<bool> RevokeAsync(int id, CancellationToken ct)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (client is null || client.RevokedAt is not null) return false;
        client.RevokedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(AuditActions.AdminChange, $"ApiClient:{client.KeyPrefix}", $"吊销 Open311 接口密钥：{client.Name}");
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The active client holding <paramref name="key"/>, tracked (so the caller can stamp its last use), or null.</summary>
    public async Task<ApiClient?> FindActiveAsync(string? key, CancellationToken ct)
    {
        key = key?.Trim();
        if (key is null || key.Length > 64 || !key.StartsWith(Scheme, StringComparison.Ordinal)) return null;
        var parts = key[Scheme.Length..].Split('_');
        if (parts.Length != 2 || parts[0].Length != 8) return null;
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.KeyPrefix == Scheme + parts[0], ct);
        if (client is null || !Verify(key, client.KeyHash) || client.RevokedAt is not null) return null;
        return client;
    }

    public static string Hash(string key)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(key, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"{Convert.ToBase64String(salt)}.{Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string key, string stored)
    {
        var parts = stored.Split('.');
        if (parts.Length != 2) return false;
        var expected = Convert.FromBase64String(parts[1]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(
            key, Convert.FromBase64String(parts[0]), Iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static string Random(int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars);
    }
}
