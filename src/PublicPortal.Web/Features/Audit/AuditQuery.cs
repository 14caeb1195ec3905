using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Audit;

/// <summary>Browsing the audit log, newest first, filtered and paged in the database. Read only: there is no way to
/// change or remove a line (see <see cref="PortalDbContext"/>).</summary>
public class AuditQuery(PortalDbContext db)
{
    public const int PageSize = 50;

    public sealed record Filter(string? Action, string? User, int? TipId, DateOnly? From, DateOnly? To);
    public sealed record Line(long Id, DateTime At, string UserName, string Action, int? TipId, string? Subject, string? Detail);
    public sealed record Result(IReadOnlyList<Line> Lines, int Total, int Page, int TotalPages);

    public async Task<Result> SearchAsync(Filter filter, int page, CancellationToken ct = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Action)) query = query.Where(a => a.Action == filter.Action);
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            query = query.Where(a => a.UserName.Contains(user));
        }
        if (filter.TipId is { } tip) query = query.Where(a => a.TipId == tip);
        // The dates are China dates; the log stores UTC instants.
        if (filter.From is { } from) { var start = ChinaTime.StartOfDayUtc(from); query = query.Where(a => a.At >= start); }
        if (filter.To is { } to) { var end = ChinaTime.StartOfDayUtc(to.AddDays(1)); query = query.Where(a => a.At < end); }
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var lines = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new Line(a.Id, a.At, a.UserName, a.Action, a.TipId, a.Subject, a.Detail))
            .ToListAsync(ct);
        return new Result(lines, total, page, pages);
    }

    /// <summary>The actions a person can filter by, with Chinese labels.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Actions =
    [
        (AuditActions.AdminChange, "管理变更"), (AuditActions.SignIn, "登录"), (AuditActions.SignInFailed, "登录失败"),
        (AuditActions.SignOut, "退出登录"), (AuditActions.EnableTwoFactor, "绑定身份验证器"), (AuditActions.Transition, "举报办理"),
        (AuditActions.RevealIdentity, "查看举报人身份"), (AuditActions.DownloadEvidence, "下载证据"), (AuditActions.Export, "导出"),
        ("tip.create-draft", "生成公示草稿"), (AuditActions.PublishAnnualList, "发布年度名单"),
        (AuditActions.RegisterImport, "导入名录"), (AuditActions.RegisterImportSubmit, "提交导入审核"),
        (AuditActions.ViewEvidence, "查看证据图片"),
        ("publishing.create", "新建发布内容"), ("publishing.edit", "修改发布内容"), ("publishing.submit", "提交发布审核"),
        ("publishing.approve", "审核通过"), ("publishing.publish", "发布"), ("publishing.send-back", "退回修改"),
        ("publishing.correct", "更正"), ("publishing.withdraw", "撤回"), ("reminders.sent", "发送催办提醒"),
        (AuditActions.EraseExpired, "到期删除举报内容"),
        (AuditActions.RequestIdentity, "申请查看举报人身份"), (AuditActions.ApproveIdentityRequest, "批准查看举报人身份"),
        (AuditActions.RefuseIdentityRequest, "不予批准查看举报人身份"),
    ];

    /// <summary>The Chinese name of an action; an action not listed yet shows as 其他操作 with its code, never bare English.</summary>
    public static string ActionName(string code) => Actions.FirstOrDefault(a => a.Code == code).Name ?? $"其他操作（{code}）";

    private static readonly Dictionary<string, string> SubjectKinds = new()
    {
        ["Tip"] = "举报件", ["TipAttachment"] = "证据材料", ["StaffUser"] = "账号", ["ApiClient"] = "接口密钥",
        ["Department"] = "部门", ["CalendarDay"] = "工作日历", ["Routing"] = "派单规则", ["AnnualList"] = "年度名单",
        ["ImportBatch"] = "导入批次", ["PhaseOut"] = "退出名单", ["Sealing"] = "封存公告", ["Card"] = "黄牌红牌名单",
        ["Emission"] = "超标排放", ["Quality"] = "不合格产品", ["Announcement"] = "公告",
        ["IdentityRevealRequest"] = "身份查看申请",
    };

    /// <summary>What was acted on, for people: "Tip:12" reads 举报件 12 (the stored code stays as it is).</summary>
    public static string? SubjectName(string? subject)
    {
        if (subject is null) return null;
        var colon = subject.IndexOf(':');
        return colon > 0 && SubjectKinds.TryGetValue(subject[..colon], out var kind) ? $"{kind} {subject[(colon + 1)..]}" : subject;
    }
}
