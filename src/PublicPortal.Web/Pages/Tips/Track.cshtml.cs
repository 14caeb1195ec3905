using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Intake;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Tips;

/// <summary>进度查询: look a tip-off up by 受理编号 + 查询码, then follow it, write to the department and rate the result.</summary>
[OutputCache(NoStore = true)]
[RequestFormLimits(MultipartBodyLengthLimit = 60 * 1024 * 1024)]
[RequestSizeLimit(60 * 1024 * 1024)]
[EnableRateLimiting(TipIntakeRateLimits.Lookup)]
public class TrackModel(TipFollowUp followUp, TrackSession session, IOptions<TipOptions> options) : PageModel
{
    public const int MaxMessageFiles = 3;

    [BindProperty] public LookupInput Lookup { get; set; } = new();
    [BindProperty] public MessageInput Message { get; set; } = new();
    [BindProperty] public RatingInput Rating { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    [TempData] public string? Flash { get; set; }

    public TipFollowUp.View? Tip { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (session.Current(HttpContext) is { } id) Tip = await followUp.LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostLookupAsync(CancellationToken ct)
    {
        if (!ValidOnly(nameof(Lookup))) return Page();
        if (await followUp.FindAsync(Lookup.TrackingNumber!, Lookup.QueryCode!, ct) is not { } id)
        {
            // One message for every failure, so the form cannot be used to test which tracking numbers exist.
            ModelState.AddModelError(string.Empty, "受理编号或查询码不正确，请核对后重试。");
            Lookup.QueryCode = null;
            return Page();
        }
        session.Start(HttpContext, id);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostMessageAsync(CancellationToken ct)
    {
        if (session.Current(HttpContext) is not { } id) return RedirectToPage();
        if (await followUp.LoadAsync(id, ct) is { ErasedAt: not null })
        {
            Flash = "该举报已超过保存期限，不能再留言。"; // nothing new is stored on an erased tip-off
            return RedirectToPage();
        }
        var (evidence, errors) = await EvidenceFiles.ReadAllAsync(Files, MaxMessageFiles, options.Value.MaxFileBytes, ct);
        foreach (var error in errors) ModelState.AddModelError(nameof(Files), error);
        if (!ValidOnly(nameof(Message), nameof(Files)))
        {
            Tip = await followUp.LoadAsync(id, ct);
            return Page();
        }
        await followUp.AddCitizenMessageAsync(id, Message.Body!.Trim(), evidence, ct);
        Flash = "留言已发送，办理部门会在此页答复。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRateAsync(CancellationToken ct)
    {
        if (session.Current(HttpContext) is not { } id) return RedirectToPage();
        if (!ValidOnly(nameof(Rating)))
        {
            Tip = await followUp.LoadAsync(id, ct);
            return Page();
        }
        Flash = await followUp.RateAsync(id, Rating.Value!.Value, Rating.Comment, ct)
            ? "感谢您的评价。" : "该举报尚未办结或已评价过。";
        return RedirectToPage();
    }

    /// <summary>The page holds three forms; each handler answers only for the fields of its own form.</summary>
    private bool ValidOnly(params string[] prefixes)
    {
        var others = ModelState.Keys.Where(k => !prefixes.Any(p => k == p || k.StartsWith(p + ".", StringComparison.Ordinal)));
        foreach (var key in others.ToList())
            ModelState.Remove(key);
        return ModelState.IsValid;
    }

    public IActionResult OnPostEnd()
    {
        session.End(HttpContext);
        return RedirectToPage();
    }

    public class LookupInput
    {
        [Required(ErrorMessage = "请填写受理编号"), StringLength(24, ErrorMessage = "受理编号过长")]
        public string? TrackingNumber { get; set; }
        [Required(ErrorMessage = "请填写查询码"), StringLength(20, ErrorMessage = "查询码过长")]
        public string? QueryCode { get; set; }
    }

    public class MessageInput
    {
        [Required(ErrorMessage = "请填写留言内容"), StringLength(2000, ErrorMessage = "留言不能超过 2000 字")]
        public string? Body { get; set; }
    }

    public class RatingInput
    {
        [Required(ErrorMessage = "请选择满意程度")]
        public Satisfaction? Value { get; set; }
        [StringLength(500, ErrorMessage = "评价意见不能超过 500 字")]
        public string? Comment { get; set; }
    }
}
