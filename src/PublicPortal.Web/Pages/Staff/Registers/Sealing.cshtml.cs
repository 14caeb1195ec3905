using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff.Registers;

/// <summary>A sealing notice: measures taken, dismantling deadline, and the enterprise's no-restart pledge with its signed
/// scan (PDF, JPEG or PNG, checked from the content) published as a <see cref="PublishedFile"/>.</summary>
public class SealingModel(PortalDbContext db, CurrentStaff staff, EditorialWorkflow workflow, AuditLog audit, TimeProvider clock)
    : RegisterEditModel<SealingNotice>(db, staff, workflow, audit, clock)
{
    public const long MaxScanBytes = 10 * 1024 * 1024;

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public IFormFile? PledgeScan { get; set; }
    public string? CurrentScanName { get; private set; }
    private PublishedFile? _upload;

    protected override IQueryable<SealingNotice> Include(IQueryable<SealingNotice> query) => query.Include(n => n.PledgeScan);

    protected override void Fill(SealingNotice e)
    {
        Input = new InputModel
        {
            NoticeNumber = e.NoticeNumber, SealedEquipment = e.SealedEquipment,
            Measures = Enum.GetValues<SealingMeasures>().Where(m => m != SealingMeasures.None && e.Measures.HasFlag(m)).ToList(),
            SealedOn = e.SealedOn, DismantleDeadline = e.DismantleDeadline, DismantledOn = e.DismantledOn, Status = e.Status,
            PledgeText = e.PledgeText, PledgeSignatory = e.PledgeSignatory, PledgedOn = e.PledgedOn,
        };
        CurrentScanName = e.PledgeScan?.FileName;
    }

    protected override void Validate()
    {
        CurrentScanName = Existing?.PledgeScan?.FileName;
        if (Input.Measures.Count == 0) ModelState.AddModelError("Input.Measures", "请至少勾选一项已采取的措施。");
        if (Input.DismantleDeadline is { } d && Input.SealedOn is { } s && d < s)
            ModelState.AddModelError("Input.DismantleDeadline", "拆除期限不能早于封存日期。");
        if (Input.Status == SealingStatus.Dismantled && Input.DismantledOn is null)
            ModelState.AddModelError("Input.DismantledOn", "已拆除的，请填写拆除日期。");
    }

    protected override async Task ValidateAsync(CancellationToken ct)
    {
        if (PledgeScan is null) return;
        var (data, type, error) = await EvidenceFiles.ReadAsync(PledgeScan, MaxScanBytes, ct);
        if (error is not null) ModelState.AddModelError(nameof(PledgeScan), error);
        else _upload = new PublishedFile
        {
            FileName = EvidenceFiles.SafeName(PledgeScan.FileName), ContentType = type!, Length = data!.Length, Data = data,
            UploadedAt = Clock.GetUtcNow().UtcDateTime,
        };
    }

    protected override void Apply(SealingNotice e)
    {
        e.NoticeNumber = Input.NoticeNumber!.Trim();
        e.SealedEquipment = Input.SealedEquipment!.Trim();
        e.Measures = Input.Measures.Aggregate(SealingMeasures.None, (all, m) => all | m);
        e.SealedOn = Input.SealedOn!.Value;
        e.DismantleDeadline = Input.DismantleDeadline!.Value;
        e.DismantledOn = Input.DismantledOn;
        e.Status = Input.Status!.Value;
        e.PledgeText = Input.PledgeText!.Trim();
        e.PledgeSignatory = Input.PledgeSignatory!.Trim();
        e.PledgedOn = Input.PledgedOn!.Value;
        if (_upload is not null) e.PledgeScan = _upload;
    }

    protected override IEnumerable<(string Label, string Value)> Snapshot(SealingNotice e) =>
    [
        ("公告文号", e.NoticeNumber), ("封存设备", e.SealedEquipment), ("采取措施", string.Join("、", e.Measures.Names())),
        ("封存日期", e.SealedOn.Iso()), ("拆除期限", e.DismantleDeadline.Iso()), ("拆除日期", e.DismantledOn?.Iso() ?? ""),
        ("状态", e.Status.Name()), ("承诺内容", e.PledgeText), ("承诺人", e.PledgeSignatory), ("承诺日期", e.PledgedOn.Iso()),
        ("承诺书扫描件", e.PledgeScan?.FileName ?? ""),
    ];

    public class InputModel
    {
        [Required(ErrorMessage = "请填写公告文号"), StringLength(100, ErrorMessage = "不超过100字")]
        public string? NoticeNumber { get; set; }
        [Required(ErrorMessage = "请填写封存的设备"), StringLength(200, ErrorMessage = "不超过200字")]
        public string? SealedEquipment { get; set; }
        public List<SealingMeasures> Measures { get; set; } = [];
        [Required(ErrorMessage = "请填写封存日期")]
        public DateOnly? SealedOn { get; set; }
        [Required(ErrorMessage = "请填写拆除期限")]
        public DateOnly? DismantleDeadline { get; set; }
        public DateOnly? DismantledOn { get; set; }
        [Required(ErrorMessage = "请选择状态")]
        public SealingStatus? Status { get; set; }
        [Required(ErrorMessage = "请填写承诺内容"), StringLength(2000, ErrorMessage = "不超过2000字")]
        public string? PledgeText { get; set; }
        [Required(ErrorMessage = "请填写承诺人"), StringLength(100, ErrorMessage = "不超过100字")]
        public string? PledgeSignatory { get; set; }
        [Required(ErrorMessage = "请填写承诺日期")]
        public DateOnly? PledgedOn { get; set; }
    }
}
