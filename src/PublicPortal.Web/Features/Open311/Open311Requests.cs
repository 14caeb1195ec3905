using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Tips;

namespace PublicPortal.Web.Features.Open311;

/// <summary>
/// GET requests, GET requests/{id} and GET tokens/{token}: anyone may read them, so they carry public-safe fields only.
/// <list type="bullet">
/// <item>Never the tipster's name, phone or email, the enterprise reported, the citizen's own description, files,
/// messages, coordinates or media_url: the portal keeps these encrypted or internal precisely because they can identify
/// the tipster (a 地条钢 tipster's account of what they saw is often enough).</item>
/// <item><c>description</c> is the department's <b>published reply</b>: present only when the tip-off is closed (办结) with
/// the public reply approved at closure (by a lead of the lead department, or the coordination office) — the same reply
/// the citizen sees on /tips/track — prefixed with the finding (核查结论). Until then it is empty. A proposed reply
/// awaiting approval is not published.</item>
/// <item><c>address</c> is the city and county or district, never the street address.</item>
/// </list>
/// </summary>
public class Open311Requests(PortalDbContext db, ReferenceLookup lookup, TimeProvider clock)
{
    public const int MaxResults = 1000;
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(90);
    public const string TokenKeyPrefix = "open311:";

    private sealed record Row(string TrackingNumber, TipCategory Category, TipStatus Status, DateTime SubmittedAt, DateTime UpdatedAt,
        DateOnly? CloseDueOn, int JurisdictionId, TipFinding? Finding, string? PublicReply, string? Agency);

    public sealed record Query(IReadOnlyList<string>? Ids, IReadOnlyList<TipCategory>? Categories, DateTimeOffset? Start,
        DateTimeOffset? End, bool? Closed);

    public async Task<IReadOnlyList<Open311Object>> SearchAsync(Query query, CancellationToken ct)
    {
        var tips = db.Tips.AsNoTracking();
        if (query.Ids is { Count: > 0 } ids)
            tips = tips.Where(t => ids.Contains(t.TrackingNumber)); // the spec: with ids, other filters are ignored
        else
        {
            var end = (query.End ?? (query.Start is { } s ? s + DefaultWindow : clock.GetUtcNow())).UtcDateTime;
            var start = (query.Start ?? (query.End is { } e ? e - DefaultWindow : clock.GetUtcNow() - DefaultWindow)).UtcDateTime;
            tips = tips.Where(t => t.SubmittedAt >= start && t.SubmittedAt <= end);
            if (query.Categories is { Count: > 0 } categories) tips = tips.Where(t => categories.Contains(t.Category));
            if (query.Closed is { } closed)
                tips = closed ? tips.Where(t => t.Status == TipStatus.Closed) : tips.Where(t => t.Status != TipStatus.Closed);
        }
        var rows = await Project(tips.OrderByDescending(t => t.SubmittedAt).ThenByDescending(t => t.Id).Take(MaxResults)).ToListAsync(ct);
        var refs = await lookup.GetAsync(ct);
        return rows.Select(r => ToRequest(r, refs)).ToList();
    }

    public async Task<Open311Object?> FindAsync(string id, CancellationToken ct)
    {
        var number = id.Trim().ToUpperInvariant();
        if (number.Length is 0 or > 24) return null;
        var row = await Project(db.Tips.AsNoTracking().Where(t => t.TrackingNumber == number)).FirstOrDefaultAsync(ct);
        return row is null ? null : ToRequest(row, await lookup.GetAsync(ct));
    }

    /// <summary>The 受理编号 a POST's token stands for, or null.</summary>
    public async Task<string?> FromTokenAsync(string token, CancellationToken ct)
    {
        if (!IsToken(token)) return null;
        var key = TokenKeyPrefix + token;
        return await db.Tips.AsNoTracking().Where(t => t.SubmissionKey == key).Select(t => t.TrackingNumber).FirstOrDefaultAsync(ct);
    }

    public static bool IsToken(string? token) => token is { Length: 32 } && token.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private static IQueryable<Row> Project(IQueryable<Tip> tips) => tips.Select(t => new Row(
        t.TrackingNumber, t.Category, t.Status, t.SubmittedAt, t.UpdatedAt, t.CloseDueOn, t.JurisdictionId, t.Finding, t.PublicReply,
        // The lead department now handling it; after closure, the last one that led it.
        t.Assignments.OrderByDescending(a => a.IsActive)
            .ThenByDescending(a => a.Role == ResponsibilityRole.Lead)
            .ThenByDescending(a => a.AssignedAt)
            .Select(a => a.Department.Name).FirstOrDefault()));

    private static Open311Object ToRequest(Row r, ReferenceLookup.Snapshot refs)
    {
        var closed = r.Status == TipStatus.Closed;
        var published = closed && !string.IsNullOrWhiteSpace(r.PublicReply);
        var place = refs.Jurisdictions.FirstOrDefault(j => j.Id == r.JurisdictionId);
        return new Open311Object()
            .Add("service_request_id", r.TrackingNumber)
            .Add("status", closed ? "closed" : "open")
            .Add("status_notes", StatusNotes(r))
            .Add("service_name", r.Category.Name())
            .Add("service_code", r.Category.Code())
            .Add("description", published ? $"核查结论：{r.Finding?.Name() ?? "已办结"}。{r.PublicReply!.Trim()}" : null)
            .Add("agency_responsible", r.Agency)
            .Add("service_notice", null)
            .Add("requested_datetime", Open311Time.FromUtc(r.SubmittedAt))
            .Add("updated_datetime", Open311Time.FromUtc(r.UpdatedAt))
            .Add("expected_datetime", r.CloseDueOn is { } due ? Open311Time.EndOfDay(due) : null)
            .Add("address", place is null ? null : Open311Catalogue.PlaceName(refs, place));
    }

    /// <summary>From the status alone: the citizen-facing timeline notes speak to the tipster ("您的评价") and stay on /tips/track.</summary>
    private static string StatusNotes(Row r) => r.Status switch
    {
        TipStatus.Received => "已受理，正由协调小组办公室统筹派单。",
        TipStatus.Dispatched => "已派单，等待承办部门签收。",
        TipStatus.InProgress or TipStatus.AwaitingApproval => "承办部门正在核查办理。",
        TipStatus.Extended => "经批准延期办理，办结期限见 expected_datetime。",
        TipStatus.Reopened => "举报人对办理结果不满意，已重新办理。",
        TipStatus.Merged => "与同一事项的其他举报合并办理。",
        TipStatus.Closed => r.Finding is { } f ? $"已办结，核查结论：{f.Name()}。" : "已办结。",
        _ => r.Status.Name(),
    };
}
