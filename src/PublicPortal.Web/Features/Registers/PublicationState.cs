namespace PublicPortal.Web.Features.Registers;

/// <summary>
/// The editorial workflow of every register entry and announcement: 草稿 → 待审核 → (定时发布) → 已发布, or 已撤回. The
/// public sees Published entries in lists, and Published or Withdrawn entries on their permanent pages (a withdrawn
/// entry keeps its page, marked 已撤回, with its change history). A global query filter enforces this; back-office
/// queries opt out with IgnoreQueryFilters().
/// </summary>
public enum PublicationState { Draft, Submitted, Scheduled, Published, Withdrawn }

/// <summary>The workflow fields register entries and announcements share.</summary>
public interface IPublishable
{
    int Id { get; }
    int DepartmentId { get; }
    PublicationState State { get; set; }
    DateTime PublishedAt { get; set; }
    DateTime UpdatedAt { get; set; }
    /// <summary>Publish at this instant instead of on approval (定时发布).</summary>
    DateTime? ScheduledFor { get; set; }
    int? CreatedById { get; set; }
    int? SubmittedById { get; set; }
    DateTime? SubmittedAt { get; set; }
    int? ApprovedById { get; set; }
    DateTime? ApprovedAt { get; set; }
    DateTime? WithdrawnAt { get; set; }
    string? WithdrawalReason { get; set; }
}

/// <summary>Which register an entry belongs to, for change history, imports and mappings.</summary>
public enum RegisterKind { PhaseOut, Sealing, Card, Emission, Quality, Announcement }
