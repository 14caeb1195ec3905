using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Mail;
using PublicPortal.Web.Features.Notices;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips;

/// <summary>
/// The emails a tip-off causes, queued in the outbox. Citizens get the tracking number, the new status and a link —
/// never the content. Departments get "a new item is in your queue" — never the tipster's details.
/// </summary>
public class TipNotifier(Outbox outbox, PersonalDataProtector protector, IOptions<TipOptions> options, DepartmentRecipients recipients,
    PortalDbContext db, TimeProvider clock, IOptions<SiteOptions> site, IHttpContextAccessor http, ILogger<TipNotifier> logger)
{
    public void CitizenStatusChanged(Tip tip)
    {
        if (!tip.WantsEmailNotices || tip.IdentityCipher is null) return;
        var email = protector.UnprotectIdentity(tip.IdentityCipher).Email;
        if (string.IsNullOrWhiteSpace(email)) return;
        var link = options.Value.TrackUrl ?? "本网站“进度查询”页面";
        outbox.Enqueue(email, $"您的举报（{tip.TrackingNumber}）状态更新：{tip.Status.Name()}",
            $"""
            您好：

            您提交的举报（受理编号：{tip.TrackingNumber}）当前状态为“{tip.Status.Name()}”。

            为保护您的信息，本邮件不包含举报内容。请凭受理编号和查询码访问 {link} 查看办理进度、答复和留言。

            本邮件由系统自动发送，请勿直接回复。
            """);
    }

    public void CitizenHasMessage(Tip tip)
    {
        if (!tip.WantsEmailNotices || tip.IdentityCipher is null) return;
        var email = protector.UnprotectIdentity(tip.IdentityCipher).Email;
        if (string.IsNullOrWhiteSpace(email)) return;
        outbox.Enqueue(email, $"您的举报（{tip.TrackingNumber}）有新的留言",
            $"""
            您好：

            办理部门就您的举报（受理编号：{tip.TrackingNumber}）给您留言。为保护您的信息，本邮件不包含留言内容。
            请凭受理编号和查询码访问 {options.Value.TrackUrl ?? "本网站“进度查询”页面"} 查看并回复。

            本邮件由系统自动发送，请勿直接回复。
            """);
    }

    /// <summary>
    /// "A new item is in your queue" to the department's mailbox and to its staff who asked for the mail, at once, with a
    /// link to the back office — never the tipster, the enterprise or the description. Queued with the caller's change,
    /// together with the <see cref="DepartmentMailing"/> line the dashboard shows.
    /// </summary>
    public void DepartmentHasNewItem(Department department, Tip tip, TipAssignment assignment)
    {
        var to = recipients.For(department);
        if (to.Count == 0)
        {
            logger.LogWarning("Department {Code} has a new item but no address to tell it", department.Code);
            return;
        }
        var role = assignment.Role.Name();
        foreach (var address in to)
            outbox.Enqueue(address, $"【待办】新的举报件已进入核查队列（{tip.TrackingNumber}）",
                $"""
                {department.Name}：

                有一件新的举报件派送给贵单位{role}，请登录后台及时签收办理：{StaffUrl()}

                受理编号：{tip.TrackingNumber}
                举报类别：{tip.Category.Name()}
                签收时限：{assignment.SignDueOn:yyyy-MM-dd}
                办结时限：{assignment.CloseDueOn:yyyy-MM-dd}

                本邮件不含举报人信息和举报内容。本邮件由系统自动发送，请勿直接回复。
                """);
        db.DepartmentMailings.Add(new DepartmentMailing
        {
            DepartmentId = department.Id, Kind = DepartmentMailingKind.Notice, Day = clock.TodayInChina(), QueuedAt = clock.UtcNow(),
            Recipients = to.Count, Items = 1,
        });
    }

    /// <summary>
    /// The back office's queue as an absolute URL: Site:BaseUrl when set, else the current request's host (outside a
    /// request with no Site:BaseUrl, just "/staff").
    /// </summary>
    private string StaffUrl()
    {
        if (site.Value.BaseUrl is { Length: > 0 } || http.HttpContext is null) return site.Value.BaseUrl?.TrimEnd('/') + "/staff";
        return site.Value.AbsoluteBase(http.HttpContext.Request) + "/staff";
    }
}
