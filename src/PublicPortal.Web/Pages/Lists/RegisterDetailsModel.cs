using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Pages.Lists;

/// <summary>What every register detail page shares: one row, found by id with its enterprise, place and department.</summary>
public abstract class RegisterDetailsModel<T> : PageModel where T : RegisterEntry
{
    public T Entry { get; private set; } = null!;
    /// <summary>变更记录 and the 已撤回 notice, shown by the _ChangeHistory partial.</summary>
    public ChangeHistory ChangeLog { get; private set; } = ChangeHistory.None;

    /// <summary>Loads the row into <see cref="Entry"/>; false when there is none (the page answers 404).</summary>
    protected async Task<bool> TryLoadAsync(IQueryable<T> source, int id, CancellationToken ct)
    {
        var entry = await source.WithEntryDetails().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return false;
        Entry = entry;
        var db = HttpContext.RequestServices.GetRequiredService<PortalDbContext>();
        ChangeLog = await ChangeHistory.LoadAsync(db, RegisterCatalog.KindOf(typeof(T)), entry, ct);
        return true;
    }
}
