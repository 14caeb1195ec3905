namespace PublicPortal.Web.Features.Open311;

/// <summary>
/// A partner system (a city's 12345 platform, a third-party app) allowed to file tip-offs through the Open311 interface.
/// The key itself is shown once, when an administrator issues it; only its prefix (to find the row) and a salted
/// PBKDF2/SHA-256 hash are stored, so a database reader cannot file tip-offs in the partner's name.
/// </summary>
public class ApiClient
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Who to call at the partner about its use of the key (a person, phone or email).</summary>
    public string Contact { get; set; } = "";
    /// <summary>The public first part of the key ("pp311_" + 8 characters), unique; shown in lists to tell keys apart.</summary>
    public string KeyPrefix { get; set; } = "";
    public string KeyHash { get; set; } = "";
    public int? CreatedById { get; set; }
    public string CreatedByName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}
