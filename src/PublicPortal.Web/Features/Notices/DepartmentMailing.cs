namespace PublicPortal.Web.Features.Notices;

/// <summary>
/// One mail a department was sent about its queue — the "new item" notice or the day's 催办 digest — kept so staff can
/// see when their department was last told, how many people it reached and how many items it listed.
/// Written in the same transaction as the outbox mail it describes.
/// </summary>
public class DepartmentMailing
{
    public int Id { get; set; }
    public int DepartmentId { get; set; }
    public DepartmentMailingKind Kind { get; set; }
    /// <summary>The China date the mail was queued on.</summary>
    public DateOnly Day { get; set; }
    public DateTime QueuedAt { get; set; }
    /// <summary>How many addresses it went to: the department mailbox plus staff who asked for notices themselves.</summary>
    public int Recipients { get; set; }
    /// <summary>How many tip-offs or cards it listed (a notice lists one).</summary>
    public int Items { get; set; }
}

public enum DepartmentMailingKind { Notice, Digest }

/// <summary>
/// "This department had its digest on this China day". The primary key (department, day) is what makes the digest
/// once a day: a second worker — after a restart, or racing on another instance — cannot insert the same row, so its
/// transaction, and with it its copy of the mail, fails as a whole.
/// </summary>
public class DigestDay
{
    public int DepartmentId { get; set; }
    public DateOnly Day { get; set; }
}
