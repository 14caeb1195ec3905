using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Enterprises;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Pages.Enterprises;

public class IndexModel(PortalDbContext db) : PageModel
{
    public const int PageSize = 20;

    public string? Keyword { get; private set; }
    /// <summary>Set when the keyword is a complete 18-character code whose check character is wrong (a typo).</summary>
    public string? CodeError { get; private set; }
    public Paged<Row> Result { get; private set; } = new([], 1, PageSize, 0);

    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken ct)
    {
        // Read from the query: "page" is also the route value naming the Razor page, so it cannot be a handler parameter.
        if (!PageNumber.TryRead(Request.Query["page"], out var number)) return this.BadRequestPage(PageNumber.Error);
        Keyword = SearchKeyword.Clamp(q);
        var code = CreditCode.Normalize(Keyword);
        if (CreditCode.IsWellFormed(code) && !CreditCode.IsValid(code))
        {
            CodeError = "统一社会信用代码校验位不正确，请核对后重新输入。";
            return Page();
        }
        var query = db.Enterprises.AsNoTracking();
        if (Keyword is not null) query = query.Matching(Keyword);
        Result = await query.OrderBy(e => e.Name).ThenBy(e => e.Id)
            .Select(e => new Row(e.Name, e.CreditCode, e.Jurisdiction.Parent!.Name, e.Jurisdiction.Name, e.IsSample))
            .ToPageAsync(number, PageSize, ct);
        return Page();
    }

    public string PageUrl(int page) => QueryUrl.With(Request, "page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture));

    public sealed record Row(string Name, string CreditCode, string? City, string County, bool IsSample);
}
