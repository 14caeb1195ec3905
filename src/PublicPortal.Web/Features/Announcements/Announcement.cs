using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Features.Announcements;

/// <summary>A notice (通知公告) written in Markdown by a department.</summary>
public class Announcement : IPublishable
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public int JurisdictionId { get; set; }
    public Jurisdiction Jurisdiction { get; set; } = null!;
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    public DateTime PublishedAt { get; set; }
    public bool IsSample { get; set; }
    public DateTime UpdatedAt { get; set; }

    public PublicationState State { get; set; } = PublicationState.Draft;
    public DateTime? ScheduledFor { get; set; }
    public int? CreatedById { get; set; }
    public int? SubmittedById { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public int? ApprovedById { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }
}
