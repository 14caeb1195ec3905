using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>The member of staff acting, reduced to what the rules need: roles, department and visible departments.</summary>
public sealed record TipActor(int Id, int? DepartmentId, bool IsOffice, bool IsLead, bool IsOfficer, IReadOnlySet<int> Visible)
{
    public bool Handles => IsOfficer || IsLead;

    public static async Task<TipActor> FromAsync(CurrentStaff staff, CancellationToken ct) =>
        new(staff.Id, staff.DepartmentId, staff.IsOffice, staff.IsLead, staff.IsOfficer, await staff.VisibleDepartmentsAsync(ct));
}

/// <summary>A tip-off with what the rules look at besides it: today's date (China), its extension requests and drafts,
/// whether a 不满意 rating has already been reviewed by the office, and — while a 办结意见 awaits approval — the active
/// leads (部门负责人) of the lead department, who decide who approves it (<see cref="TipRules.ApproverOf"/>).</summary>
public sealed record TipContext(
    Tip Tip, DateOnly Today, IReadOnlyList<ExtensionRequest> Extensions, IReadOnlyList<PublicationDraft> Drafts, bool FollowUpReviewed,
    IReadOnlyList<int>? LeadsOfLeadDepartment = null)
{
    public IReadOnlyList<int> DepartmentLeads => LeadsOfLeadDepartment ?? [];

    public IEnumerable<ExtensionRequest> PendingExtensions => Extensions.Where(e => e.State == ExtensionState.Pending);
}
