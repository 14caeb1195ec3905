using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Tips;

namespace PublicPortal.Web.Pages.Staff.Registers;

/// <summary>Opens a 查实 tip-off's publication draft as a prefilled new entry of the owning department.</summary>
public class FromTipModel(PortalDbContext db, CurrentStaff staff) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int draftId, CancellationToken ct)
    {
        var draft = await db.PublicationDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == draftId, ct);
        if (draft is null || draft.DepartmentId != staff.DepartmentId || draft.IsCompleted || !(staff.IsOfficer || staff.IsLead))
            return NotFound();
        if (draft.Kind == PublicationDraftKind.YellowCard) return Redirect($"/staff/registers/cards?fromTip={draft.Id}");
        // A re-inspection belongs to the enterprise's sealing notice in this department: the newest one, found by credit code
        // (by name when the draft has none).
        Draft = draft;
        var notice = await db.SealingNotices.IgnoreQueryFilters()
            .Where(n => n.DepartmentId == draft.DepartmentId && (draft.CreditCode != null
                ? n.Enterprise.CreditCode == draft.CreditCode
                : n.Enterprise.Name == draft.EnterpriseName))
            .OrderByDescending(n => n.SealedOn).ThenByDescending(n => n.Id).Select(n => (int?)n.Id).FirstOrDefaultAsync(ct);
        if (notice is { } id) return Redirect($"/staff/registers/reinspection?notice={id}&fromTip={draft.Id}");
        return Page(); // no sealing notice yet: say so and offer to create one
    }

    public PublicationDraft Draft { get; private set; } = null!;
}
