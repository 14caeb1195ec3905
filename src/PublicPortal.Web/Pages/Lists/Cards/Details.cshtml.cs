using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Pages.Lists.Cards;

public class DetailsModel(PortalDbContext db) : RegisterDetailsModel<CardListing>
{
    /// <summary>Every card of this enterprise, oldest first, this one included.</summary>
    public IReadOnlyList<HistoryItem> History { get; private set; } = [];

    /// <summary>For a red card, the yellow card it followed.</summary>
    public HistoryItem? Previous => History.FirstOrDefault(h => h.Id == Entry.PreviousCardId);

    /// <summary>For a yellow card, the red card that followed it.</summary>
    public HistoryItem? Next => History.FirstOrDefault(h => h.PreviousCardId == Entry.Id);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await TryLoadAsync(db.CardListings, id, ct)) return NotFound();
        History = await db.CardListings.AsNoTracking().Where(c => c.EnterpriseId == Entry.EnterpriseId)
            .OrderBy(c => c.ListedOn).ThenBy(c => c.Id)
            .Select(c => new HistoryItem(c.Id, c.Card, c.ListedOn, c.Aspect!.Name, c.Reason, c.Status, c.PreviousCardId))
            .ToListAsync(ct);
        return Page();
    }

    public sealed record HistoryItem(
        int Id, Card Card, DateOnly ListedOn, string? Aspect, string Reason, CardStatus Status, int? PreviousCardId);
}
