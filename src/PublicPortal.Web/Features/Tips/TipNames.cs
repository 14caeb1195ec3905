using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Tips;

/// <summary>
/// The tip-off's vocabulary in Chinese, in one place: categories, statuses (as the citizen and as staff see them),
/// findings, ratings, assignment and extension states and timeline events. 主办/协办 is <see cref="ReferenceNames"/>.
/// </summary>
public static class TipNames
{
    public static string Name(this TipCategory c) => c switch
    {
        TipCategory.Energy => "能耗不达标",
        TipCategory.Environment => "环保不达标（超标排放等）",
        TipCategory.Quality => "产品质量不达标",
        TipCategory.Safety => "安全生产条件不达标",
        TipCategory.Technology => "使用淘汰类工艺装备",
        TipCategory.DiTiaoGang => "生产、销售“地条钢”",
        TipCategory.Restarted => "已封存或已退出的产能恢复生产",
        TipCategory.Other => "其他",
        _ => c.ToString(),
    };

    public static string Name(this TipStatus s) => s switch
    {
        TipStatus.Received => "已受理",
        TipStatus.Dispatched => "已派单",
        TipStatus.InProgress => "核查中",
        TipStatus.Extended => "已延期",
        TipStatus.AwaitingApproval => "核查中",
        TipStatus.Closed => "已办结",
        TipStatus.Reopened => "重新办理",
        TipStatus.Merged => "已并案办理",
        _ => s.ToString(),
    };

    public static string Name(this TipFinding f) => f switch
    {
        TipFinding.Substantiated => "查实",
        TipFinding.PartlySubstantiated => "部分查实",
        TipFinding.Unsubstantiated => "不属实",
        TipFinding.OutOfScope => "不属于受理范围",
        _ => f.ToString(),
    };

    public static string Name(this Satisfaction s) => s switch
    {
        Satisfaction.Satisfied => "满意",
        Satisfaction.BasicallySatisfied => "基本满意",
        Satisfaction.Dissatisfied => "不满意",
        _ => s.ToString(),
    };

    /// <summary>A tip-off's status as staff call it: as the citizen sees it, except that a pending closure is 办结待审批.</summary>
    public static string StaffName(this TipStatus s) => s == TipStatus.AwaitingApproval ? "办结待审批" : s.Name();

    public static string Name(this AssignmentState s) => s switch
    {
        AssignmentState.Pending => "待签收",
        AssignmentState.Signed => "办理中",
        AssignmentState.Returned => "已退单",
        AssignmentState.Transferred => "已转出",
        AssignmentState.Done => "已办结",
        _ => s.ToString(),
    };

    public static string Name(this ExtensionState s) => s switch
    {
        ExtensionState.Pending => "待审批",
        ExtensionState.Approved => "已同意",
        ExtensionState.Rejected => "不予延期",
        _ => s.ToString(),
    };

    public static string Name(this TipEventKind k) => k switch
    {
        TipEventKind.Received => "受理",
        TipEventKind.Dispatched => "派单",
        TipEventKind.Signed => "签收",
        TipEventKind.InProgress => "办理",
        TipEventKind.Extended => "延期",
        TipEventKind.Replied => "答复",
        TipEventKind.Closed => "办结",
        TipEventKind.Rated => "评价",
        TipEventKind.Reopened => "重办",
        TipEventKind.Returned => "退单",
        TipEventKind.Transferred => "转办",
        TipEventKind.Supervised => "督办",
        TipEventKind.ExtensionRequested => "延期申请",
        TipEventKind.ExtensionRejected => "不予延期",
        TipEventKind.ReplyProposed => "提交办结意见",
        TipEventKind.ReplyRejected => "退回办结意见",
        TipEventKind.Merged => "并单",
        TipEventKind.QuestionAsked => "向举报人留言",
        _ => k.ToString(),
    };
}
