using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Features.Publishing;

/// <summary>What a public detail page shows under 变更记录: the entry's public history, and whether (and why) it was withdrawn.</summary>
public sealed record ChangeHistory(
    PublicationState State, DateTime? WithdrawnAt, string? WithdrawalReason, IReadOnlyList<RegisterChange> Changes)
{
    public static readonly ChangeHistory None = new(PublicationState.Published, null, null, []);

    public static async Task<ChangeHistory> LoadAsync(PortalDbContext db, RegisterKind kind, IPublishable entry, CancellationToken ct) =>
        new(entry.State, entry.WithdrawnAt, entry.WithdrawalReason,
            await db.RegisterChanges.AsNoTracking().Where(c => c.Register == kind && c.EntryId == entry.Id)
                .OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(ct));
}
