using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Tips;

/// <summary>
/// A citizen's report (举报). What identifies or could identify the tipster — contact details, the description, message
/// bodies and files — is stored only as ciphertext (see <see cref="PersonalDataProtector"/>); the client's IP address is never stored.
/// </summary>
public class Tip
{
    public int Id { get; set; }
    /// <summary>受理编号, shown to the citizen and staff, e.g. JB2026112112345678.</summary>
    public string TrackingNumber { get; set; } = "";
    /// <summary>PBKDF2 hash of the secret 查询码; the code itself is shown once and never stored.</summary>
    public string QueryCodeHash { get; set; } = "";
    /// <summary>The random key of the form that created it, so a double click or a retried POST finds it again.</summary>
    public string SubmissionKey { get; set; } = "";

    public TipCategory Category { get; set; }
    /// <summary>Where it happened: a county/district, or a city.</summary>
    public int JurisdictionId { get; set; }
    public Jurisdiction Jurisdiction { get; set; } = null!;
    public int CityId { get; set; }
    public string EnterpriseName { get; set; } = "";
    public string? CreditCode { get; set; }
    public string? Address { get; set; }
    public DateOnly? ObservedOn { get; set; }
    public string DescriptionCipher { get; set; } = "";

    public bool IsAnonymous { get; set; }
    /// <summary>Encrypted <see cref="TipsterIdentity"/> (name, phone, email); null when anonymous.</summary>
    public string? IdentityCipher { get; set; }
    public bool WantsEmailNotices { get; set; }

    /// <summary>The published record the citizen came from ("发现恢复生产？我要举报"), if any.</summary>
    public TipSource? SourceKind { get; set; }
    public string? SourceKey { get; set; }

    /// <summary>The partner system that filed it through Open311 (渠道); null for the portal's own form.</summary>
    public int? ApiClientId { get; set; }
    /// <summary>Open311 media_url as sent by the partner: kept as text and never fetched by the portal.</summary>
    public string? MediaUrl { get; set; }

    public TipStatus Status { get; set; }
    public DateTime SubmittedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>When the lead department must close it (working days from the calendar).</summary>
    public DateOnly? CloseDueOn { get; set; }

    /// <summary>督办: the coordination office is supervising this overdue item.</summary>
    public bool IsSupervised { get; set; }
    public DateTime? SupervisedAt { get; set; }
    /// <summary>并单: merged into another tip-off about the same matter; the citizen still follows this number.</summary>
    public int? MergedIntoId { get; set; }
    public int ReopenCount { get; set; }

    /// <summary>办结 proposed by the officer, waiting for the department lead's approval of finding and public reply.</summary>
    public TipFinding? ProposedFinding { get; set; }
    public string? ProposedReply { get; set; }
    public int? ProposedById { get; set; }
    public DateTime? ProposedAt { get; set; }

    public TipFinding? Finding { get; set; }
    public string? PublicReply { get; set; }
    public DateTime? ClosedAt { get; set; }

    public Satisfaction? Rating { get; set; }
    public string? RatingCommentCipher { get; set; }
    public DateTime? RatedAt { get; set; }

    /// <summary>When the retention period ran out and its personal data and free text were erased (see
    /// <see cref="Handling.TipRetention"/>); null while it is kept in full.</summary>
    public DateTime? ErasedAt { get; set; }

    public List<TipAssignment> Assignments { get; set; } = [];
    public List<TipEvent> Events { get; set; } = [];
    public List<TipMessage> Messages { get; set; } = [];
    public List<TipAttachment> Attachments { get; set; } = [];
}

public enum TipCategory { Energy, Environment, Quality, Safety, Technology, DiTiaoGang, Restarted, Other }

public enum TipSource { Sealing, PhaseOut, Enterprise }

public enum TipStatus { Received, Dispatched, InProgress, Extended, AwaitingApproval, Closed, Reopened, Merged }

public enum TipFinding { Substantiated, PartlySubstantiated, Unsubstantiated, OutOfScope }

public enum Satisfaction { Satisfied, BasicallySatisfied, Dissatisfied }
