using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Intake;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Tips;

/// <summary>我要举报: the form (GET, optionally prefilled from a record) and its submission (POST → receipt).</summary>
[OutputCache(NoStore = true)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBody)]
[RequestSizeLimit(MaxBody)]
[EnableRateLimiting(TipIntakeRateLimits.Submit)]
public class SubmitModel(TipIntake intake, TipSourceLookup sources, ReferenceLookup lookup, IHumanCheck humanCheck,
    ReportingChannels channels, IDataProtectionProvider dataProtection, IOptions<TipOptions> options) : PageModel
{
    // Above the 5 × 10 MB the form allows, so that an over-size file is still read and answered with a message
    // next to the field (keeping the rest of the input) instead of a bare 413.
    private const long MaxBody = 120 * 1024 * 1024;

    [BindProperty] public TipForm Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    /// <summary>Encrypted submission key and query code, fixed when the form is first shown (see <see cref="ReceiptSeed"/>).</summary>
    [BindProperty] public string? Seed { get; set; }
    [BindProperty] public TipSource? SourceKind { get; set; }
    [BindProperty] public string? SourceKey { get; set; }

    public TipSourceLookup.Source? Source { get; private set; }
    public ReferenceLookup.Snapshot Refs { get; private set; } = null!;
    public HumanCheckChallenge Check { get; private set; } = null!;
    public TipOptions Limits => options.Value;
    public bool FilesDropped { get; private set; }
    public ReceiptModel? Receipt { get; private set; }
    public IReadOnlyList<ReportingChannels.Office> Offices { get; private set; } = [];

    public async Task OnGetAsync(string? source, string? id, string? code, CancellationToken ct)
    {
        Source = await sources.FindAsync(source, id, code, ct);
        if (Source is not null)
        {
            (SourceKind, SourceKey) = (Source.Kind, Source.Key);
            Input.EnterpriseName = Source.EnterpriseName;
            Input.CreditCode = Source.CreditCode;
            Input.Place = Source.PlaceCode;
            Input.Category = Source.Kind == TipSource.Enterprise ? null : TipCategory.Restarted;
        }
        Seed = ReceiptSeed.New(Protector);
        await PrepareAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var seed = ReceiptSeed.Open(Protector, Seed);
        if (seed is null) { Seed = ReceiptSeed.New(Protector); seed = ReceiptSeed.Open(Protector, Seed)!; }
        await PrepareAsync(ct);

        if (!string.IsNullOrEmpty(Input.Website))
            ModelState.AddModelError(string.Empty, "提交未成功，请刷新页面后重试。");
        var evidence = await ReadFilesAsync(ct);
        Source = await sources.FindAsync(SourceKind, SourceKey, ct);
        var submission = Input.ToSubmission(Source?.Kind, Source?.Key, evidence);
        ShowErrors(await intake.CheckAsync(submission, ct));
        if (!ModelState.IsValid) return Reshow(evidence.Count > 0);
        if (await humanCheck.VerifyAsync(Request.Form, ct) is { } failed && !await intake.ExistsAsync(seed.SubmissionKey, ct))
        {
            ModelState.AddModelError("HumanCheck", failed);
            return Reshow(evidence.Count > 0);
        }

        var (tip, errors) = await intake.SubmitAsync(seed.SubmissionKey, seed.QueryCode, submission, ct);
        if (tip is null)
        {
            ShowErrors(errors); // only if a rule's outcome changed in between, e.g. the date passed midnight
            return Reshow(evidence.Count > 0);
        }
        await humanCheck.MarkUsedAsync(Request.Form, ct);
        Receipt = new ReceiptModel(tip.TrackingNumber, seed.QueryCode, tip.SubmittedAt, tip.CloseDueOn,
            tip.Assignments.OrderBy(a => a.Role).Select(a => a.Department.Name).ToList());
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>Each rule's message goes next to its field, unless the field's value could not even be read.</summary>
    private void ShowErrors(IEnumerable<TipSubmissionError> errors)
    {
        foreach (var error in errors)
        {
            var key = $"{nameof(Input)}.{TipForm.FieldFor(error.Field)}";
            if (ModelState[key] is not { Errors.Count: > 0 }) ModelState.AddModelError(key, error.Message);
        }
    }

    private IDataProtector Protector => dataProtection.CreateProtector("PublicPortal.Tips.Seed.v1");

    private async Task PrepareAsync(CancellationToken ct)
    {
        Refs = await lookup.GetAsync(ct);
        Check = humanCheck.Issue();
        Offices = await channels.OfficesAsync(ct);
    }

    private PageResult Reshow(bool hadFiles)
    {
        FilesDropped = hadFiles || Files.Count > 0;
        return Page();
    }

    private async Task<List<UploadedFile>> ReadFilesAsync(CancellationToken ct)
    {
        var (evidence, errors) = await EvidenceFiles.ReadAllAsync(Files, Limits.MaxFiles, Limits.MaxFileBytes, ct);
        foreach (var error in errors) ModelState.AddModelError(nameof(Files), error);
        return evidence;
    }

    public sealed record ReceiptModel(string TrackingNumber, string QueryCode, DateTime SubmittedAt, DateOnly? CloseDueOn,
        IReadOnlyList<string> Departments);
}

/// <summary>
/// The submission key and query code are chosen when the form is first shown and travel, encrypted, in a hidden field.
/// A double click, a refresh of the POST or a retry therefore carries the same pair: the tip-off is found again by its
/// key and the receipt shows the same code, although only the code's hash is stored.
/// </summary>
public sealed record ReceiptSeed(string SubmissionKey, string QueryCode)
{
    public static string New(IDataProtector protector) => protector.Protect(JsonSerializer.Serialize(
        new ReceiptSeed(Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)), QueryCodes.NewQueryCode())));

    public static ReceiptSeed? Open(IDataProtector protector, string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        try { return JsonSerializer.Deserialize<ReceiptSeed>(protector.Unprotect(value)); }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}
