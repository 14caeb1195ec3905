using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Features.Imports;

/// <summary>Turns checked rows into draft register entries of the importing department, creating enterprises as needed.</summary>
public class EntryBuilder(PortalDbContext db, ImportBatch batch, DateTime now)
{
    private readonly Dictionary<string, int> _enterprises = [];

    /// <summary>Finds the enterprises by credit code and creates the missing ones (name and place from their first row).</summary>
    public async Task EnsureEnterprisesAsync(IReadOnlyList<CheckedRow> rows, int chunk, CancellationToken ct)
    {
        var codes = rows.Select(r => r.Get<string>("CreditCode")!).Distinct().ToList();
        foreach (var part in codes.Chunk(500))
        {
            var known = await db.Enterprises.AsNoTracking().Where(e => part.Contains(e.CreditCode))
                .Select(e => new { e.Id, e.CreditCode }).ToListAsync(ct);
            foreach (var e in known)
                _enterprises[e.CreditCode] = e.Id;
        }
        var missing = rows.Where(r => !_enterprises.ContainsKey(r.Get<string>("CreditCode")!))
            .DistinctBy(r => r.Get<string>("CreditCode")).ToList();
        foreach (var part in missing.Chunk(chunk))
        {
            var created = part.Select(r => new Enterprise
            {
                CreditCode = r.Get<string>("CreditCode")!, Name = r.Get<string>("EnterpriseName")!,
                JurisdictionId = r.Get<Jurisdiction>("Place")!.Id,
            }).ToList();
            db.Enterprises.AddRange(created);
            await db.SaveChangesAsync(ct);
            foreach (var e in created) _enterprises[e.CreditCode] = e.Id;
            db.ChangeTracker.Clear();
        }
    }

    public RegisterEntry Build(CheckedRow row)
    {
        RegisterEntry entry = batch.Register switch
        {
            RegisterKind.PhaseOut => PhaseOut(row),
            RegisterKind.Card => Card(row),
            var other => throw new InvalidOperationException($"register {other} is not importable"),
        };
        var place = row.Get<Jurisdiction>("Place")!;
        entry.EnterpriseId = _enterprises[row.Get<string>("CreditCode")!];
        entry.JurisdictionId = place.Id;
        entry.CityId = place.Level == JurisdictionLevel.City ? place.Id : place.ParentId!.Value;
        entry.IndustryId = Int(row, "Industry");
        entry.DepartmentId = batch.DepartmentId;
        entry.State = PublicationState.Draft;
        entry.CreatedById = batch.CreatedById;
        entry.ImportBatchId = batch.Id;
        entry.PublishedAt = now; // replaced when the entry is approved and published
        entry.UpdatedAt = now;
        return entry;
    }

    private static PhaseOutEntry PhaseOut(CheckedRow row)
    {
        var completed = Date(row, "CompletedOn");
        var accepted = Date(row, "AcceptedOn");
        return new PhaseOutEntry
        {
            Equipment = row.Get<string>("Equipment")!, Capacity = row.Get<double>("Capacity"),
            CapacityUnit = row.Get<string>("CapacityUnit") ?? "",
            Measure = (PhaseOutMeasure)row.Get<int>("Measure"), Year = row.Get<int>("Year"), CompletedOn = completed, AcceptedOn = accepted,
            Status = Int(row, "Status") is { } s ? (PhaseOutStatus)s
                : accepted is not null ? PhaseOutStatus.Accepted
                : completed is not null ? PhaseOutStatus.Completed
                : PhaseOutStatus.Planned,
            Remarks = row.Get<string>("Remarks"),
        };
    }

    private static CardListing Card(CheckedRow row)
    {
        var card = (Card)row.Get<int>("Card");
        var listed = row.Get<DateOnly>("ListedOn");
        return new CardListing
        {
            Card = card, Reason = row.Get<string>("Reason")!, DecisionNumber = row.Get<string>("DecisionNumber"),
            ListedOn = listed, Year = listed.Year,
            AspectId = Int(row, "Aspect"),
            RectifyDeadline = Date(row, "RectifyDeadline")
                ?? (card == Registers.Card.Yellow ? listed.AddMonths(CardListing.RectifyMonths) : null),
            Status = Int(row, "Status") is { } s ? (CardStatus)s
                : card == Registers.Card.Yellow ? CardStatus.Rectifying
                : CardStatus.Closed,
        };
    }

    private static int? Int(CheckedRow row, string key) => row.Values.TryGetValue(key, out var v) && v is int i ? i : null;
    private static DateOnly? Date(CheckedRow row, string key) => row.Values.TryGetValue(key, out var v) && v is DateOnly d ? d : null;
}

/// <summary>The duplicate keys of the entries already in a register (withdrawn ones excepted), as the validator builds them.</summary>
public static class ExistingKeys
{
    public static async Task<IReadOnlySet<string>> LoadAsync(PortalDbContext db, RegisterKind register, CancellationToken ct)
    {
        var keys = new HashSet<string>();
        if (register == RegisterKind.PhaseOut)
        {
            foreach (var e in await db.PhaseOutEntries.IgnoreQueryFilters().AsNoTracking().Where(e => e.State != PublicationState.Withdrawn)
                         .Select(e => new { e.Enterprise.CreditCode, e.Equipment, e.Year }).ToListAsync(ct))
                keys.Add(ImportValidator.Key([e.CreditCode, e.Equipment, e.Year]));
        }
        else if (register == RegisterKind.Card)
        {
            foreach (var e in await db.CardListings.IgnoreQueryFilters().AsNoTracking().Where(e => e.State != PublicationState.Withdrawn)
                         .Select(e => new { e.Enterprise.CreditCode, e.Card, e.ListedOn }).ToListAsync(ct))
                keys.Add(ImportValidator.Key([e.CreditCode, (int)e.Card, e.ListedOn]));
        }
        return keys;
    }
}
