using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace PublicPortal.Web.Features.Registers;

/// <summary>What every register detail page shares: one row, found by id with its enterprise, place and department.</summary>
public abstract class RegisterDetailsModel<T> : PageModel where T : RegisterEntry
{
    public T Entry { get; private set; } = null!;

    /// <summary>Loads the row into <see cref="Entry"/>; false when there is none (the page answers 404).</summary>
    protected async Task<bool> TryLoadAsync(IQueryable<T> source, int id, CancellationToken ct)
    {
        var entry = await source.WithEntryDetails().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return false;
        Entry = entry;
        return true;
    }
}
