using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Staff.Admin.Audit;

/// <summary>审计日志: read only, newest first, filtered and paged in the database.</summary>
public class IndexModel(AuditQuery audit) : PageModel
{
    [FromQuery(Name = "action")] public string? Action { get; set; }
    [FromQuery(Name = "user")] public string? UserName { get; set; }
    [FromQuery(Name = "tip")] public string? Tip { get; set; }
    [FromQuery(Name = "from")] public string? From { get; set; }
    [FromQuery(Name = "to")] public string? To { get; set; }
    [FromQuery(Name = "page")] public string? PageText { get; set; }
    public List<string> Errors { get; } = [];
    public AuditQuery.Result Result { get; private set; } = new([], 0, 1, 1);

    public async Task OnGetAsync(CancellationToken ct)
    {
        int? tip = null;
        if (!string.IsNullOrWhiteSpace(Tip))
        {
            if (int.TryParse(Tip.Trim(), out var t) && t > 0) tip = t;
            else Errors.Add("举报编号应为正整数。");
        }
        var from = ReadDate(From, "开始日期");
        var to = ReadDate(To, "结束日期");
        if (from > to) Errors.Add("开始日期不能晚于结束日期。");
        if (!PageNumber.TryRead(PageText, out var page)) Errors.Add(PageNumber.Error);
        if (Errors.Count > 0) return;
        Result = await audit.SearchAsync(new AuditQuery.Filter(Action, UserName, tip, from, to), page, ct);
    }

    private DateOnly? ReadDate(string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", out var date)) return date;
        Errors.Add($"{label}格式应为 2026-01-31。");
        return null;
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["action"] = Action, ["user"] = UserName, ["tip"] = Tip, ["from"] = From, ["to"] = To,
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/staff/admin/audit",
            query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
