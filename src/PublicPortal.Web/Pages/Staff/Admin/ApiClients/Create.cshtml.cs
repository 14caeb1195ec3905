using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicPortal.Web.Features.Open311;

namespace PublicPortal.Web.Pages.Staff.Admin.ApiClients;

/// <summary>签发密钥: the key is shown on the page that answers the POST, once; it is never stored, redirected or logged.</summary>
public class CreateModel(ApiKeys keys) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public ApiKeys.Issued? Issued { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        Issued = await keys.IssueAsync(Input.Name!, Input.Contact!, ct);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public class InputModel
    {
        [Required(ErrorMessage = "请填写合作系统名称"), StringLength(128, ErrorMessage = "名称不超过 128 个字")]
        public string? Name { get; set; }
        [Required(ErrorMessage = "请填写对方联系人及电话或邮箱"), StringLength(256, ErrorMessage = "联系方式不超过 256 个字")]
        public string? Contact { get; set; }
    }
}
