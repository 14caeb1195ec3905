using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips.Intake;

/// <summary>
/// The citizen's side after filing: look a tip-off up by 受理编号 + 查询码, read its timeline and replies, exchange
/// messages and files with the department, and rate the result. Nothing here reveals more than the citizen gave.
/// </summary>
public class TipFollowUp(PortalDbContext db, PersonalDataProtector protector, TipNotifier notifier, TimeProvider clock)
{
    public sealed record Entry(DateTime At, string Text);
    public sealed record Message(DateTime At, bool FromCitizen, string Author, string Body, IReadOnlyList<string> Files);
    public sealed record View(
        string TrackingNumber, string Category, string Place, string EnterpriseName, TipStatus Status, DateTime SubmittedAt,
        DateOnly? CloseDueOn, IReadOnlyList<string> Departments, IReadOnlyList<Entry> Timeline, IReadOnlyList<Message> Messages,
        TipFinding? Finding, string? PublicReply, Satisfaction? Rating, string? RatingComment, bool CanRate,
        DateTime? ErasedAt = null);

    /// <summary>The tip-off's id when the number and code match; null for any failure (one answer for all, on purpose).</summary>
    public async Task<int?> FindAsync(string trackingNumber, string queryCode, CancellationToken ct)
    {
        var number = (trackingNumber ?? "").Trim().ToUpperInvariant();
        if (number.Length is 0 or > 24) return null;
        var tip = await db.Tips.AsNoTracking().Where(t => t.TrackingNumber == number)
            .Select(t => new { t.Id, t.QueryCodeHash }).FirstOrDefaultAsync(ct);
        if (tip is null)
        {
            QueryCodes.Verify(queryCode, DummyHash); // spend the same time whether or not the number exists
            return null;
        }
        return QueryCodes.Verify(queryCode, tip.QueryCodeHash) ? tip.Id : null;
    }

    private static readonly string DummyHash = QueryCodes.Hash("DUMMYCODE0");

    public async Task<View?> LoadAsync(int tipId, CancellationToken ct)
    {
        var tip = await db.Tips.AsNoTracking().AsSplitQuery()
            .Include(t => t.Jurisdiction).Include(t => t.Events).Include(t => t.Messages)
            .Include(t => t.Assignments).ThenInclude(a => a.Department)
            .FirstOrDefaultAsync(t => t.Id == tipId, ct);
        if (tip is null) return null;
        var files = await db.TipAttachments.AsNoTracking().Where(a => a.TipId == tipId && a.TipMessageId != null)
            .Select(a => new { a.TipMessageId, a.FileNameCipher }).ToListAsync(ct);
        var departmentNames = tip.Assignments.ToDictionary(a => a.DepartmentId, a => a.Department.Name);
        var messages = tip.Messages.OrderBy(m => m.At).Select(m => new Message(m.At, m.FromCitizen,
            m.FromCitizen ? "我" : departmentNames.GetValueOrDefault(m.DepartmentId ?? 0, "办理部门"),
            protector.Unprotect(m.BodyCipher),
            files.Where(f => f.TipMessageId == m.Id).Select(f => protector.Unprotect(f.FileNameCipher)).ToList())).ToList();
        return new View(tip.TrackingNumber, tip.Category.Name(), tip.Jurisdiction.Name, tip.EnterpriseName, tip.Status, tip.SubmittedAt,
            tip.CloseDueOn,
            tip.Status == TipStatus.Merged ? ["与同一事项的其他举报合并办理"]
                : HandledBy(tip),
            tip.Events.Where(e => e.PublicNote != null).OrderBy(e => e.At).ThenBy(e => e.Id)
                .Select(e => new Entry(e.At, e.PublicNote!)).ToList(),
            messages, tip.Status == TipStatus.Closed ? tip.Finding : null, tip.Status == TipStatus.Closed ? tip.PublicReply : null,
            tip.Rating, tip.RatingCommentCipher is null ? null : protector.Unprotect(tip.RatingCommentCipher),
            CanRate(tip), tip.ErasedAt);
    }

    /// <summary>办理部门: the departments handling it now; once it is closed (no share is active any more), those whose
    /// share ended as 已办结 (a share that was returned or transferred away did not handle it).</summary>
    private static List<string> HandledBy(Tip tip)
    {
        var shares = tip.Status == TipStatus.Closed
            ? tip.Assignments.Where(a => a.State == AssignmentState.Done)
            : tip.Assignments.Where(a => a.IsActive);
        return shares.OrderBy(a => a.Role).ThenBy(a => a.Id).Select(a => a.Department.Name).Distinct().ToList();
    }

    /// <summary>A closed tip-off can be rated once per closure: after 重办 and a new closure the citizen rates again.</summary>
    private static bool CanRate(Tip tip) =>
        tip.Status == TipStatus.Closed && tip.ErasedAt is null && (tip.Rating is null || tip.RatedAt < tip.ClosedAt);

    public async Task AddCitizenMessageAsync(int tipId, string body, IReadOnlyList<UploadedFile> files, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new TipMessage { TipId = tipId, At = now, FromCitizen = true, BodyCipher = protector.Protect(body) };
        db.TipMessages.Add(message);
        foreach (var upload in files)
        {
            // The page has cleaned them already (EvidenceFiles); any other caller gets them cleaned here, or refused.
            var (file, error) = await upload.CleanAsync(ct);
            if (file is null) throw new ArgumentException(error, nameof(files));
            db.TipAttachments.Add(new TipAttachment
            {
                TipId = tipId, Message = message, FromCitizen = true, FileNameCipher = protector.Protect(file.FileName),
                ContentType = file.ContentType, Length = file.Data.LongLength, DataCipher = protector.Protect(file.Data), UploadedAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A department writes to the citizen (a question, or a reply); the citizen is told by email if they asked.</summary>
    public async Task AddDepartmentMessageAsync(int tipId, int departmentId, string body, CancellationToken ct)
    {
        var tip = await db.Tips.SingleAsync(t => t.Id == tipId, ct);
        db.TipMessages.Add(new TipMessage
        {
            TipId = tipId, At = clock.GetUtcNow().UtcDateTime, DepartmentId = departmentId, BodyCipher = protector.Protect(body),
        });
        notifier.CitizenHasMessage(tip);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Records the citizen's rating of a closed tip-off. Returns false if it is not closed or already rated since it was
    /// last closed.
    /// </summary>
    public async Task<bool> RateAsync(int tipId, Satisfaction rating, string? comment, CancellationToken ct)
    {
        var tip = await db.Tips.SingleAsync(t => t.Id == tipId, ct);
        if (!CanRate(tip)) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        tip.Rating = rating;
        tip.RatingCommentCipher = string.IsNullOrWhiteSpace(comment) ? null : protector.Protect(comment.Trim());
        tip.RatedAt = tip.UpdatedAt = now;
        db.TipEvents.Add(new TipEvent { TipId = tipId, At = now, Kind = TipEventKind.Rated, PublicNote = $"您的评价：{rating.Name()}。" });
        await db.SaveChangesAsync(ct);
        return true;
    }
}
