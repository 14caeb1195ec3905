using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Mail;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>
/// Four eyes on every identity. A handling officer asks, with a reason; a 信息保管人 of the tip-off's city who is not the
/// requester approves or refuses; only the requester then sees the identity, until the approval runs out
/// (<see cref="RevealOptions.ViewHours"/>). The request, the decision and each view are audited with who, when and why.
/// The city is the tip-off's place walked up to the city level (a place at the province level stays itself), and a
/// custodian's city is that of their own department.
/// </summary>
public class IdentityReveal(
    PortalDbContext db, TipAccess access, CurrentStaff staff, AuditLog audit, PersonalDataProtector protector, Outbox outbox,
    TimeProvider clock, IOptions<RevealOptions> options, IOptions<SiteOptions> site)
{
    public const int MinimumReason = 15;
    public const int MaximumReason = 500;

    /// <summary>What the tip-off page shows the person about the identity: whether they may ask, and their latest request.</summary>
    public sealed record Status(bool IsAnonymous, string? CannotRequest, IdentityRevealRequest? Latest, string? DecidedBy, bool CanView,
        int ViewHours)
    {
        public bool Expired => Latest is { Decision: RevealDecision.Approved } && !CanView;
    }

    /// <summary>A request as the custodians' queue shows it: never the identity, only what the decision needs.</summary>
    public sealed record QueueItem(
        IdentityRevealRequest Request, string TrackingNumber, TipCategory Category, string Place, string Requester, string Department,
        string? DecidedBy, bool IsOwn);

    public async Task<Status> StatusAsync(TipContext context, CancellationToken ct)
    {
        if (context.Tip.IdentityCipher is null) return new Status(true, "该举报为匿名举报，没有举报人信息。", null, null, false, options.Value.ViewHours);
        var latest = await db.IdentityRevealRequests.AsNoTracking()
            .Where(r => r.TipId == context.Tip.Id && r.RequestedById == staff.Id)
            .OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        var decidedBy = latest?.DecidedById is { } by
            ? await db.Users.Where(u => u.Id == by).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) : null;
        var canView = latest?.CanViewAt(clock.UtcNow()) == true;
        return new Status(false, CannotRequest(context, await access.ActorAsync(ct), latest), latest, decidedBy, canView,
            options.Value.ViewHours);
    }

    /// <summary>Only the handling departments' officers and leads may ask, once at a time, and not while an approval runs.</summary>
    private string? CannotRequest(TipContext context, TipActor actor, IdentityRevealRequest? latest)
    {
        if (context.Tip.IdentityCipher is null) return "该举报为匿名举报，没有举报人信息。";
        if (!actor.Handles || !context.Tip.Assignments.Any(x => x.DepartmentId == actor.DepartmentId
            && (x.IsActive || x.State == AssignmentState.Done)))
            return "只有承办部门的承办人或部门负责人可以申请查看举报人信息。";
        if (latest is { IsPending: true }) return "您的查看申请正在等待信息保管人审批。";
        return latest?.CanViewAt(clock.UtcNow()) == true ? "您的查看申请已获批准，请在有效期内查看。" : null;
    }

    public async Task<WorkflowResult> RequestAsync(int tipId, string? reason, CancellationToken ct)
    {
        if (await access.LoadAsync(tipId, tracked: false, ct) is not { } context) return WorkflowResult.NotFound;
        var status = await StatusAsync(context, ct);
        if (status.CannotRequest is { } refusal) return WorkflowResult.Refused(refusal);
        var text = reason?.Trim() ?? "";
        if (text.Length < MinimumReason)
            return WorkflowResult.Refused($"请具体说明查看举报人信息的理由（至少 {MinimumReason} 个字），信息保管人据此审批。");
        if (text.Length > MaximumReason) return WorkflowResult.Refused($"理由不能超过 {MaximumReason} 个字。");
        var request = new IdentityRevealRequest
        {
            TipId = tipId, RequestedById = staff.Id, DepartmentId = staff.DepartmentId ?? 0, Reason = text, RequestedAt = clock.UtcNow(),
        };
        db.IdentityRevealRequests.Add(request);
        await db.SaveChangesAsync(ct); // the id, for the audit line and the notice
        audit.Record(AuditActions.RequestIdentity, $"IdentityRevealRequest:{request.Id}", text, tipId);
        await NotifyCustodiansAsync(context.Tip, ct);
        await db.SaveChangesAsync(ct);
        return WorkflowResult.Ok;
    }

    /// <summary>The identity, for the requester of an approved request that has not run out; every view is audited.</summary>
    public async Task<(WorkflowResult Result, TipsterIdentity? Identity, DateTime? Until)> ViewAsync(int tipId, CancellationToken ct)
    {
        if (await access.LoadAsync(tipId, tracked: false, ct) is not { } context) return (WorkflowResult.NotFound, null, null);
        var status = await StatusAsync(context, ct);
        if (status.IsAnonymous) return (WorkflowResult.Refused("该举报为匿名举报，没有举报人信息。"), null, null);
        if (!status.CanView || status.Latest is not { } approved)
            return (WorkflowResult.Refused(status.Expired
                ? "查看期限已过，如需再次查看，请重新提出申请。" : "没有有效的查看批准，请先提出申请并经信息保管人批准。"), null, null);
        audit.Record(AuditActions.RevealIdentity, $"IdentityRevealRequest:{approved.Id}", $"依据已批准的申请：{approved.Reason}", tipId);
        await db.SaveChangesAsync(ct);
        return (WorkflowResult.Ok, protector.UnprotectIdentity(context.Tip.IdentityCipher!), approved.ViewUntil);
    }

    /// <summary>The custodian's queue: pending requests of their city first, then the latest decided ones. Empty for others.</summary>
    public async Task<(IReadOnlyList<QueueItem> Pending, IReadOnlyList<QueueItem> Decided)> QueueAsync(CancellationToken ct)
    {
        if (await CustodianCityAsync(ct) is not { } city) return ([], []);
        var rows = await (from r in db.IdentityRevealRequests.AsNoTracking()
                          join t in db.Tips on r.TipId equals t.Id
                          where t.CityId == city
                          join j in db.Jurisdictions on t.JurisdictionId equals j.Id
                          join u in db.Users on r.RequestedById equals u.Id
                          join d in db.Departments on r.DepartmentId equals d.Id
                          orderby r.RequestedAt descending, r.Id descending
                          select new { r, t.TrackingNumber, t.Category, Place = j.Name, u.DisplayName, Department = d.Name })
            .ToListAsync(ct);
        var pending = rows.Where(x => x.r.IsPending).Reverse().ToList(); // oldest waits longest: first
        var decided = rows.Where(x => !x.r.IsPending).Take(30).ToList();
        var deciders = decided.Select(x => x.r.DecidedById).OfType<int>().Distinct().ToList();
        var names = await db.Users.Where(u => deciders.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return (pending.Select(x => new QueueItem(x.r, x.TrackingNumber, x.Category, x.Place, x.DisplayName, x.Department, null,
                    x.r.RequestedById == staff.Id)).ToList(),
                decided.Select(x => new QueueItem(x.r, x.TrackingNumber, x.Category, x.Place, x.DisplayName, x.Department,
                    x.r.DecidedById is { } by ? names.GetValueOrDefault(by) : null, x.r.RequestedById == staff.Id)).ToList());
    }

    /// <summary>Approves or refuses a pending request of the custodian's city; not found for anyone else.</summary>
    public async Task<WorkflowResult> DecideAsync(int requestId, bool approve, string? refusalReason, CancellationToken ct)
    {
        if (await CustodianCityAsync(ct) is not { } city) return WorkflowResult.NotFound;
        var request = await db.IdentityRevealRequests.SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null || !await db.Tips.AnyAsync(t => t.Id == request.TipId && t.CityId == city, ct))
            return WorkflowResult.NotFound;
        if (!request.IsPending) return WorkflowResult.Refused("该申请已审批。");
        if (request.RequestedById == staff.Id) return WorkflowResult.Refused("不能审批自己提出的查看申请，须由其他信息保管人审批。");
        var note = refusalReason?.Trim() ?? "";
        if (!approve && note.Length == 0) return WorkflowResult.Refused("请填写不予批准的理由。");
        var now = clock.UtcNow();
        request.Decision = approve ? RevealDecision.Approved : RevealDecision.Refused;
        request.DecidedById = staff.Id;
        request.DecidedAt = now;
        if (approve) request.ViewUntil = now.AddHours(options.Value.ViewHours);
        else request.RefusalReason = note;
        audit.Record(approve ? AuditActions.ApproveIdentityRequest : AuditActions.RefuseIdentityRequest,
            $"IdentityRevealRequest:{request.Id}",
            approve ? $"批准查看，有效期至 {ChinaTime.Format(request.ViewUntil!.Value, "yyyy-MM-dd HH:mm")}；申请理由：{request.Reason}"
                : $"不予批准：{note}", request.TipId);
        await NotifyRequesterAsync(request, ct);
        await db.SaveChangesAsync(ct);
        return WorkflowResult.Ok;
    }

    /// <summary>Tells the requester the decision at their own address, in the same transaction as the decision: a link to
    /// the tip-off, the time limit or the refusal reason; never the identity itself (it is viewed in the page only).</summary>
    private async Task NotifyRequesterAsync(IdentityRevealRequest request, CancellationToken ct)
    {
        var address = await db.Users.Where(u => u.Id == request.RequestedById && !u.IsDisabled)
            .Select(u => u.Email).SingleOrDefaultAsync(ct);
        if (string.IsNullOrWhiteSpace(address)) return;
        var tracking = await db.Tips.Where(t => t.Id == request.TipId).Select(t => t.TrackingNumber).SingleAsync(ct);
        var link = BackOfficeLink($"/staff/tips/{request.TipId}");
        var outcome = request.Decision == RevealDecision.Approved
            ? $"已批准。请在 {ChinaTime.Format(request.ViewUntil!.Value, "yyyy-MM-dd HH:mm")} 前登录后台，在举报件页面查看：{link}"
            : $"不予批准，理由：{request.RefusalReason}。举报件页面：{link}";
        outbox.Enqueue(address, $"【审批结果】举报人信息查看申请（{tracking}）",
            $"""
            您好：

            您就举报件 {tracking} 提出的举报人信息查看申请{outcome}

            本邮件不含举报人信息和举报内容。本邮件由系统自动发送，请勿直接回复。
            """);
    }

    /// <summary>The custodian's city: their department's place walked up to the city level (a tip-off records its own city
    /// in <see cref="Tip.CityId"/>); null when the person is no custodian.</summary>
    private async Task<int?> CustodianCityAsync(CancellationToken ct)
    {
        if (!staff.IsCustodian || staff.DepartmentId is not { } own) return null;
        var place = await (from d in db.Departments
                           where d.Id == own
                           join j in db.Jurisdictions on d.JurisdictionId equals j.Id
                           select new { j.Id, j.Level, j.ParentId }).SingleAsync(ct);
        return place.Level == JurisdictionLevel.County ? place.ParentId : place.Id;
    }

    /// <summary>Tells the custodians of the tip-off's city that a request waits, at their own address: no tipster, no content.</summary>
    private async Task NotifyCustodiansAsync(Tip tip, CancellationToken ct)
    {
        var addresses = await (from u in db.Users
                               where !u.IsDisabled && u.Email != null && u.Email != "" && u.Id != staff.Id
                               join d in db.Departments on u.DepartmentId equals d.Id
                               join j in db.Jurisdictions on d.JurisdictionId equals j.Id
                               where j.Id == tip.CityId || j.ParentId == tip.CityId
                               join ur in db.UserRoles on u.Id equals ur.UserId
                               join r in db.Roles on ur.RoleId equals r.Id
                               where r.Name == StaffRoles.Custodian
                               select u.Email!).Distinct().ToListAsync(ct);
        var link = BackOfficeLink("/staff/tips/reveal-requests");
        foreach (var address in addresses)
            outbox.Enqueue(address, $"【待审批】举报人信息查看申请（{tip.TrackingNumber}）",
                $"""
                您好：

                承办部门就举报件 {tip.TrackingNumber} 申请查看举报人信息，请登录后台审批：{link}

                本邮件不含举报人信息和举报内容。本邮件由系统自动发送，请勿直接回复。
                """);
    }

    /// <summary>A back-office address for a mail: absolute with Site:BaseUrl, else the path alone (never the request's Host).</summary>
    private string BackOfficeLink(string path) => (site.Value.BaseUrl?.TrimEnd('/') ?? "") + path;
}
