namespace PublicPortal.Web.Features.Tips.Handling;

public enum WorkflowOutcome { Done, Refused, NotFound }

/// <summary>What a workflow step answered: done, refused with a Chinese reason for the person, or not found (the tip-off
/// does not exist or is outside the person's departments — the two are not told apart).</summary>
public sealed record WorkflowResult(WorkflowOutcome Outcome, string? Error = null)
{
    public static readonly WorkflowResult Ok = new(WorkflowOutcome.Done);
    public static readonly WorkflowResult NotFound = new(WorkflowOutcome.NotFound, "未找到该举报件。");
    public static WorkflowResult Refused(string error) => new(WorkflowOutcome.Refused, error);
    public bool Succeeded => Outcome == WorkflowOutcome.Done;
}

/// <summary>The steps of handling a tip-off, as offered on the detail page.</summary>
public enum TipAction
{
    Sign, AddNote, AskQuestion, Transfer, Return, Dispatch, ConfirmDispatch, RequestExtension, Supervise,
    ProposeClose, ApproveClose, RejectClose, Reopen, KeepClosed, Merge, CreateDraft, RevealIdentity, DownloadEvidence,
}
