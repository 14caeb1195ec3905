using PublicPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Features.Audit;

/// <summary>Browsing the audit log, newest first, filtered and paged in the database. Read only: there is no way to
/// change or remove a line (see <see cref="PortalDbContext"/>).</summary>
public class AuditQuery(PortalDbContext db)
{
    public const int PageSize = 50;

    public sealed record Filter(string? Action, string? User, int? TipOffId, DateOnly? From, DateOnly? To);
    public sealed record Line(long Id, DateTime At, string UserName, string Action, int? TipOffId, string? Subject, string? Detail);
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
        if (filter.TipOffId is { } tip) query = query.Where(a => a.TipOffId == tip);
        // The dates are China dates; the log stores UTC instants.
        if (filter.From is { } from) { var start = ChinaTime.StartOfDayUtc(from); query = query.Where(a => a.At >= start); }
        if (filter.To is { } to) { var end = ChinaTime.StartOfDayUtc(to.AddDays(1)); query = query.Where(a => a.At < end); }
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var lines = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new Line(a.Id, a.At, a.UserName, a.Action, a.TipOffId, a.Subject, a.Detail))
            .ToListAsync(ct);
        return new Result(lines, total, page, pages);
    }

    /// <summary>The actions a person can filter by, with Chinese labels.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Actions =
    [
        (AuditActions.AdminChange, "管理变更"), (AuditActions.SignIn, "登录"), (AuditActions.SignInFailed, "登录失败"),
        (AuditActions.SignOut, "退出登录"), (AuditActions.EnableTwoFactor, "绑定身份验证器"), (AuditActions.Transition, "举报办理"),
        (AuditActions.RevealIdentity, "查看举报人身份"), (AuditActions.DownloadEvidence, "下载证据"), (AuditActions.Export, "导出"),
    ];

    public static string ActionName(string code) => Actions.FirstOrDefault(a => a.Code == code).Name ?? code;
}
