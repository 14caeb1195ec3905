namespace PublicPortal.Web.Features.Audit;

/// <summary>
/// One line of the append-only audit log: every state change, identity reveal, evidence download and export, with who
/// and when. <see cref="Data.PortalDbContext"/> refuses to update or delete these rows.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public int? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string Action { get; set; } = "";
    public int? TipId { get; set; }
    public int? DepartmentId { get; set; }
    /// <summary>What was acted on, e.g. "Tip:12" or "TipAttachment:40".</summary>
    public string? Subject { get; set; }
    /// <summary>The stated reason or a short description; never tipster details.</summary>
    public string? Detail { get; set; }
}

/// <summary>The audit actions. Kept as strings so the log stays readable without the code.</summary>
public static class AuditActions
{
    public const string Transition = "tip.transition";
    /// <summary>A view of a tipster's identity under an approved request.</summary>
    public const string RevealIdentity = "tip.reveal-identity";
    public const string RequestIdentity = "tip.reveal-request";
    public const string ApproveIdentityRequest = "tip.reveal-approve";
    public const string RefuseIdentityRequest = "tip.reveal-refuse";
    public const string DownloadEvidence = "tip.download-evidence";
    public const string Export = "export";
    public const string SignIn = "staff.sign-in";
    public const string SignInFailed = "staff.sign-in-failed";
    public const string SignOut = "staff.sign-out";
    public const string EnableTwoFactor = "staff.enable-2fa";
    public const string AdminChange = "admin.change";
    public const string PublishAnnualList = "annual-list.publish";
    public const string RegisterImport = "register.import";
    public const string RegisterImportSubmit = "register.import-submit";
    /// <summary>A tip-off's retention period ran out and the system erased its personal data and free text.</summary>
    public const string EraseExpired = "tip.erase-expired";
    /// <summary>An evidence image shown in the tip-off page (each load of the image, like a download).</summary>
    public const string ViewEvidence = "tip.view-evidence";
}
