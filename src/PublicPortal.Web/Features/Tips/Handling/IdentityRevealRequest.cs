namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>
/// A request by a handling officer to see a named tipster's identity, and the 信息保管人's decision on it. Nobody sees
/// an identity without an approved request of their own, and then only until <see cref="ViewUntil"/>.
/// </summary>
public class IdentityRevealRequest
{
    public int Id { get; set; }
    public int TipId { get; set; }
    public int RequestedById { get; set; }
    /// <summary>The requester's department when they asked: the handling department the request speaks for.</summary>
    public int DepartmentId { get; set; }
    public string Reason { get; set; } = "";
    public DateTime RequestedAt { get; set; }
    public RevealDecision? Decision { get; set; }
    public int? DecidedById { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? RefusalReason { get; set; }
    /// <summary>Set on approval: the requester may see the identity until this instant (UTC), then must ask again.</summary>
    public DateTime? ViewUntil { get; set; }

    public bool IsPending => Decision is null;

    public bool CanViewAt(DateTime utcNow) => Decision == RevealDecision.Approved && ViewUntil > utcNow;
}

public enum RevealDecision { Approved, Refused }

/// <summary>Configuration section Tips:Reveal.</summary>
public class RevealOptions
{
    public const string Section = "Tips:Reveal";

    /// <summary>How long after approval the requester may see the identity.</summary>
    public int ViewHours { get; set; } = 24;
}
