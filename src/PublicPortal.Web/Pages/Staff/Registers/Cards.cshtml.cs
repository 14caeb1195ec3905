using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff.Registers;

/// <summary>
/// Yellow and red cards. A yellow card's deadline is 6 months after listing; on a published yellow card the lead may grant
/// one extension of at most 3 months, or — when rectification failed — 转红牌: a new red-card draft pointing back to it,
/// the yellow card marked Escalated (a public correction line), both kept.
/// </summary>
public class CardsModel(PortalDbContext db, CurrentStaff staff, EditorialWorkflow workflow, AuditLog audit, TimeProvider clock)
    : RegisterEditModel<CardListing>(db, staff, workflow, audit, clock)
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public DateOnly? ExtendTo { get; set; }
    [BindProperty] public string? ActionReason { get; set; }
    /// <summary>The 查实 tip-off draft this new yellow card comes from (see FromTip).</summary>
    [BindProperty(SupportsGet = true, Name = "fromTip")] public int? FromTip { get; set; }
    public PublicationDraft? Draft { get; private set; }

    public CardListing? Card => Existing;
    public bool CanExtend =>
        Correcting && Existing is { Card: Features.Registers.Card.Yellow, ExtendedDeadline: null, Status: CardStatus.Rectifying };
    public bool CanEscalate =>
        Correcting && Existing is { Card: Features.Registers.Card.Yellow, Status: CardStatus.Rectifying or CardStatus.Extended };
    /// <summary>逾期未整改: the page leads with it and offers the red card, its reason prefilled.</summary>
    public bool IsOverdue => Correcting && Existing is { State: PublicationState.Published } card && card.IsOverdue(Clock.TodayInChina());

    protected override async Task<bool> LoadMoreAsync(CancellationToken ct)
    {
        if (FromTip is not { } draftId) return true;
        Draft = await Db.PublicationDrafts.FirstOrDefaultAsync(d => d.Id == draftId && d.Kind == PublicationDraftKind.YellowCard, ct);
        return Id is null && Draft is { IsCompleted: false } && Draft.DepartmentId == Staff.DepartmentId;
    }

    protected override void Prefill()
    {
        base.Prefill();
        if (Draft is null) return;
        Common.CreditCode = Draft.CreditCode;
        Common.EnterpriseName = Draft.EnterpriseName;
        Input = new InputModel
        {
            Card = Features.Registers.Card.Yellow, Reason = Draft.Notes, ListedOn = Clock.TodayInChina(), Status = CardStatus.Rectifying,
        };
    }

    protected override void OnSaved(CardListing entry)
    {
        if (Draft is null) return;
        entry.SourceTipId = Draft.TipId;
        Draft.IsCompleted = true;
        Audit.Record(EditorialWorkflow.AuditCreate, EditorialWorkflow.Subject(RegisterKind.Card, entry.Id), $"由举报 {Draft.TipId} 的黄牌草稿录入",
            Draft.TipId, entry.DepartmentId);
    }

    protected override void Fill(CardListing e) => Input = new InputModel
    {
        Card = e.Card, Reason = e.Reason, DecisionNumber = e.DecisionNumber, ListedOn = e.ListedOn, Status = e.Status,
    };

    protected override void Apply(CardListing e)
    {
        e.Card = Input.Card!.Value;
        e.Reason = Input.Reason!.Trim();
        e.DecisionNumber = string.IsNullOrWhiteSpace(Input.DecisionNumber) ? null : Input.DecisionNumber.Trim();
        e.ListedOn = Input.ListedOn!.Value;
        e.RectifyDeadline = e.Card == Features.Registers.Card.Yellow ? e.ListedOn.AddMonths(CardListing.RectifyMonths) : null;
        if (e.Card == Features.Registers.Card.Red) e.ExtendedDeadline = null;
        e.Status = Input.Status!.Value;
    }

    protected override IEnumerable<(string Label, string Value)> Snapshot(CardListing e) =>
    [
        ("名单", e.Card.Name()), ("列入原因", e.Reason), ("决定文号", e.DecisionNumber ?? ""), ("列入日期", e.ListedOn.Iso()),
        ("整改期限", e.RectifyDeadline?.Iso() ?? ""), ("延期至", e.ExtendedDeadline?.Iso() ?? ""), ("状态", e.Status.Name()),
    ];

    public async Task<IActionResult> OnPostExtendAsync(CancellationToken ct)
    {
        if (!await LoadForActionAsync(ct)) return NotFound();
        var card = Existing!;
        if (!CanExtend) ModelState.AddModelError(nameof(ExtendTo), "只有整改中、尚未延期的黄牌可以延期一次。");
        else if (ExtendTo is not { } to) ModelState.AddModelError(nameof(ExtendTo), "请填写延期后的整改期限。");
        else if (to <= card.RectifyDeadline) ModelState.AddModelError(nameof(ExtendTo), "延期后的期限应晚于原整改期限。");
        else if (to > card.RectifyDeadline!.Value.AddMonths(CardListing.MaxExtensionMonths))
            ModelState.AddModelError(nameof(ExtendTo),
                $"延期最长3个月，不得晚于{card.RectifyDeadline.Value.AddMonths(CardListing.MaxExtensionMonths).Iso()}。");
        if (!ModelState.IsValid) return Page();
        if (string.IsNullOrWhiteSpace(ActionReason)) ActionReason = "企业申请延期整改，经审核批准";
        var before = $"整改期限：{card.RectifyDeadline!.Value.Iso()}";
        card.ExtendedDeadline = ExtendTo;
        card.Status = CardStatus.Extended;
        Workflow.Correct(RegisterKind.Card, card, ActionReason,
            $"{before}，延期至 {ExtendTo!.Value.Iso()}；状态：{CardStatus.Rectifying.Name()} → {CardStatus.Extended.Name()}");
        await Db.SaveChangesAsync(ct);
        TempData["Status"] = "已批准延期。";
        return Redirect($"/staff/registers/entry?register=cards&id={card.Id}");
    }

    public async Task<IActionResult> OnPostEscalateAsync(CancellationToken ct)
    {
        if (!await LoadForActionAsync(ct)) return NotFound();
        var yellow = Existing!;
        if (!CanEscalate) ModelState.AddModelError(nameof(ActionReason), "只有整改中的黄牌可以转红牌。");
        else if (string.IsNullOrWhiteSpace(ActionReason)) ModelState.AddModelError(nameof(ActionReason), "请填写理由（将公开显示）。");
        if (!ModelState.IsValid) return Page();
        var before = yellow.Status;
        yellow.Status = CardStatus.Escalated;
        Workflow.Correct(RegisterKind.Card, yellow, ActionReason, $"状态：{before.Name()} → {CardStatus.Escalated.Name()}");
        var now = Clock.GetUtcNow().UtcDateTime;
        var red = new CardListing
        {
            Card = Features.Registers.Card.Red, Reason = ActionReason!.Trim(), ListedOn = Clock.TodayInChina(), Status = CardStatus.Closed,
            PreviousCard = yellow, EnterpriseId = yellow.EnterpriseId, JurisdictionId = yellow.JurisdictionId, CityId = yellow.CityId,
            IndustryId = yellow.IndustryId, AspectId = yellow.AspectId, DepartmentId = yellow.DepartmentId,
            Year = Clock.TodayInChina().Year,
            State = PublicationState.Draft, CreatedById = Staff.Id, PublishedAt = now, UpdatedAt = now, SourceTipId = yellow.SourceTipId,
        };
        Db.CardListings.Add(red);
        await Db.SaveChangesAsync(ct);
        Audit.Record(EditorialWorkflow.AuditCreate, EditorialWorkflow.Subject(RegisterKind.Card, red.Id), $"由黄牌 {yellow.Id} 转红牌，新建草稿",
            departmentId: red.DepartmentId);
        await Db.SaveChangesAsync(ct);
        TempData["Status"] = "已转红牌：红牌草稿已建立，请核对后提交审核。";
        return Redirect($"/staff/registers/entry?register=cards&id={red.Id}");
    }

    public class InputModel
    {
        [Required(ErrorMessage = "请选择黄牌或红牌")]
        public Card? Card { get; set; }
        [Required(ErrorMessage = "请填写列入原因"), StringLength(500, ErrorMessage = "不超过500字")]
        public string? Reason { get; set; }
        [StringLength(100, ErrorMessage = "不超过100字")]
        public string? DecisionNumber { get; set; }
        [Required(ErrorMessage = "请填写列入日期")]
        public DateOnly? ListedOn { get; set; }
        [Required(ErrorMessage = "请选择状态")]
        public CardStatus? Status { get; set; }
    }
}
