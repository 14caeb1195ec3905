using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Lists.Sealing;

public class DetailsModel(PortalDbContext db, TimeProvider clock) : RegisterDetailsModel<SealingNotice>
{
    public DateOnly Today { get; } = clock.TodayInChina();

    public bool IsOverdue => SealingDeadline.IsOverdue(Entry.Status, Entry.DismantleDeadline, Today);

    public string Countdown => SealingDeadline.Countdown(Entry.Status, Entry.DismantleDeadline, Entry.DismantledOn, Today);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await TryLoadAsync(db.SealingNotices.Include(n => n.Reinspections.OrderBy(r => r.InspectedOn).ThenBy(r => r.Id)), id, ct)
            ? Page() : NotFound();
}
