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
        if (draft is null || draft.DepartmentId != staff.DepartmentId || draft.IsCompleted || !(staff.IsOfficer || staff.IsLead)) return NotFound();
        // REVIEW: re-inspection drafts need the sealing-notice re-inspection form, which is not built yet.
        if (draft.Kind != PublicationDraftKind.YellowCard) return NotFound();
        return Redirect($"/staff/registers/cards?fromTip={draft.Id}");
    }
}
