using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Features.Tips;

/// <summary>The member of staff acting, reduced to what the rules need: roles, department and visible departments.</summary>
public sealed record TipActor(int Id, int? DepartmentId, bool IsOffice, bool IsLead, bool IsOfficer, IReadOnlySet<int> Visible)
{
    public bool Handles => IsOfficer || IsLead;

    public static async Task<TipActor> FromAsync(CurrentStaff staff, CancellationToken ct) =>
        new(staff.Id, staff.DepartmentId, staff.IsOffice, staff.IsLead, staff.IsOfficer, await staff.VisibleDepartmentsAsync(ct));
}

/// <summary>A tip-off with what the rules look at besides it: today's date (China), its extension requests and drafts,
/// and whether a 不满意 rating has already been reviewed by the office.</summary>
public sealed record TipContext(
    TipOff Tip, DateOnly Today, IReadOnlyList<ExtensionRequest> Extensions, IReadOnlyList<PublicationDraft> Drafts, bool FollowUpReviewed)
{
    public IEnumerable<ExtensionRequest> PendingExtensions => Extensions.Where(e => e.State == ExtensionState.Pending);
}
