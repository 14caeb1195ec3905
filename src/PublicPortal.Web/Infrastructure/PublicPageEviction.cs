using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Mail;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Tips;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// Evicts every cached public page (tag <see cref="PublicPageCache.Tag"/>) after a save that added, changed or deleted
/// anything a public page might show: publishing, correcting and withdrawing register entries and announcements (by hand,
/// on schedule or by import), annual lists, reference data, tip-offs (statistics, Open311). It hooks SaveChanges itself, so
/// no feature has to remember to call it; only the types below, which no public page reads, leave the cache alone (a type
/// wrongly listed here costs at most one cache lifetime of staleness). Inside a transaction it evicts again on commit, so a
/// request between the save and the commit cannot keep the old page. Bulk ExecuteUpdate/ExecuteDelete bypass SaveChanges:
/// they are used only on import batches, the outbox and drafts, none of which is public.
/// </summary>
public sealed class PublicPageEviction(IOutputCacheStore store) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly HashSet<Type> NeverPublic =
    [
        typeof(AuditEntry), typeof(OutboxMessage), typeof(DataProtectionKey), typeof(ImportMapping), typeof(ImportBatch),
        typeof(ImportRowError), typeof(TipNote), typeof(ExtensionRequest), typeof(PublicationDraft), typeof(TipMessage),
        typeof(TipAttachment), typeof(Features.Open311.ApiClient), typeof(Features.Notices.DepartmentMailing),
        typeof(Features.Notices.DigestDay),
    ];

    /// <summary>Contexts whose current save touches public data (set before the save, read after it and at commit).</summary>
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictAsync(eventData.Context, stillPending: InTransaction(eventData.Context), CancellationToken.None)
            .AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        await EvictAsync(eventData.Context, stillPending: InTransaction(eventData.Context), cancellationToken);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        EvictAsync(eventData.Context, stillPending: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        EvictAsync(eventData.Context, stillPending: false, cancellationToken).AsTask();

    private static bool InTransaction(DbContext? context) => context?.Database.CurrentTransaction is not null;

    private void Note(DbContext? context)
    {
        if (context is null) return;
        var touchesPublic = context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && MayBePublic(e.Metadata.ClrType));
        if (touchesPublic) _pending.AddOrUpdate(context, true);
    }

    private static bool MayBePublic(Type type) =>
        !NeverPublic.Contains(type) && type.Namespace != "Microsoft.AspNetCore.Identity" && type != typeof(Features.Staff.StaffUser);

    private async ValueTask EvictAsync(DbContext? context, bool stillPending, CancellationToken ct)
    {
        if (context is null || !_pending.TryGetValue(context, out _)) return;
        if (!stillPending) _pending.Remove(context);
        await store.EvictByTagAsync(PublicPageCache.Tag, ct);
    }
}
