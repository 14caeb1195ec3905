using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff.Registers;

/// <summary>发布管理: the department's own entries of one register, in every state, filtered by state and paged in the database.</summary>
public class IndexModel(PortalDbContext db, CurrentStaff staff, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "register")] public string? Register { get; set; }
    [BindProperty(SupportsGet = true, Name = "state")] public PublicationState? State { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public string? PageText { get; set; }

    public RegisterCatalog.Info Current { get; private set; } = RegisterCatalog.All[0];
    public IReadOnlyList<RegisterCatalog.Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public PagerModel Pager { get; private set; } = null!;
    /// <summary>The department's yellow cards past their deadline (逾期未整改): flagged in the list, counted above it.</summary>
    public IReadOnlySet<int> OverdueCards { get; private set; } = new HashSet<int>();
    public bool CanCreate => staff.DepartmentId is not null && (staff.IsOfficer || staff.IsLead) && Current.EditPath is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Register is not null && RegisterCatalog.Find(Register) is null) return NotFound();
        Current = RegisterCatalog.Find(Register) ?? RegisterCatalog.All[0];
        PageNumber.TryRead(PageText, out var page);
        var own = staff.DepartmentId ?? -1;
        var query = RegisterCatalog.Rows(db, Current.Kind).Where(r => r.DepartmentId == own);
        if (State is { } state) query = query.Where(r => r.State == state);
        Total = await query.CountAsync(ct);
        var pages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        page = Math.Min(page, pages);
        Rows = await query.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        if (Current.Kind == RegisterKind.Card)
            OverdueCards = (await db.CardListings.AsNoTracking().Where(c => c.DepartmentId == own)
                .Where(CardListing.OverdueOn(clock.TodayInChina())).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        Pager = new PagerModel(page, pages,
            p => $"/staff/registers?register={Current.Slug}{(State is null ? "" : "&state=" + State)}&page={p}");
        return Page();
    }
}
