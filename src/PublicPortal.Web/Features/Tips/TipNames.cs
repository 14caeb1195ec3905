namespace PublicPortal.Web.Features.Tips;

/// <summary>Chinese names of the back office's states, for staff pages.</summary>
public static class WorkflowNames
{
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
        TipEventKind.Received => "受理", TipEventKind.Dispatched => "派单", TipEventKind.Signed => "签收",
        TipEventKind.InProgress => "办理", TipEventKind.Extended => "延期", TipEventKind.Replied => "答复",
        TipEventKind.Closed => "办结", TipEventKind.Rated => "评价", TipEventKind.Reopened => "重办",
        TipEventKind.Returned => "退单", TipEventKind.Transferred => "转办", TipEventKind.Supervised => "督办",
        TipEventKind.ExtensionRequested => "延期申请", TipEventKind.ExtensionRejected => "不予延期",
        TipEventKind.ReplyProposed => "提交办结意见", TipEventKind.ReplyRejected => "退回办结意见",
        TipEventKind.Merged => "并单", TipEventKind.QuestionAsked => "向举报人留言",
        _ => k.ToString(),
    };
}
