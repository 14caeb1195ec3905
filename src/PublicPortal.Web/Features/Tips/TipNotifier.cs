using Microsoft.Extensions.Options;
using PublicPortal.Web.Features.Mail;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Tips;

/// <summary>
/// The emails a tip-off causes, queued in the outbox. Citizens get the tracking number, the new status and a link —
/// never the content. Departments get "a new item is in your queue" — never the tipster's details.
/// </summary>
public class TipNotifier(Outbox outbox, TipProtector protector, IOptions<TipOptions> options)
{
    public void CitizenStatusChanged(TipOff tip)
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

    public void CitizenHasMessage(TipOff tip)
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

    public void DepartmentHasNewItem(Department department, TipOff tip, TipAssignment assignment)
    {
        if (string.IsNullOrWhiteSpace(department.Email)) return;
        var role = assignment.Role == ResponsibilityRole.Lead ? "主办" : "协办";
        outbox.Enqueue(department.Email, $"【待办】新的举报件已进入核查队列（{tip.TrackingNumber}）",
            $"""
            {department.Name}：

            有一件新的举报件派送给贵单位{role}，请登录后台及时签收办理。

            受理编号：{tip.TrackingNumber}
            举报类别：{tip.Category.Name()}
            签收时限：{assignment.SignDueOn:yyyy-MM-dd}
            办结时限：{assignment.CloseDueOn:yyyy-MM-dd}

            本邮件不含举报人信息和举报内容。本邮件由系统自动发送，请勿直接回复。
            """);
    }
}
