using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.Web.Pages.Staff.Account;

/// <summary>我的账户 · 通知设置: a member of staff chooses to receive the department's notices at their own address too.</summary>
public class NoticesModel(PortalDbContext db, CurrentStaff staff, AuditLog audit) : PageModel
{
    [BindProperty] public bool WantsDepartmentMail { get; set; }
    public string Email { get; private set; } = "";
    public string? Department { get; private set; }
    public string? DepartmentMailbox { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } user) return NotFound();
        WantsDepartmentMail = user.WantsDepartmentMail;
        Saved = Request.Query["saved"] == "1";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } user) return NotFound();
        if (user.WantsDepartmentMail != WantsDepartmentMail)
        {
            user.WantsDepartmentMail = WantsDepartmentMail;
            audit.Record(AuditActions.AdminChange, $"StaffUser:{user.Id}",
                WantsDepartmentMail ? "选择在本人邮箱接收部门待办通知和每日催办提醒" : "不再在本人邮箱接收部门通知");
            await db.SaveChangesAsync(ct);
        }
        return Redirect("/staff/account/notices?saved=1");
    }

    private async Task<StaffUser?> LoadAsync(CancellationToken ct)
    {
        var user = await db.Users.Include(u => u.Department).SingleOrDefaultAsync(u => u.Id == staff.Id, ct);
        if (user is null) return null;
        Email = user.Email ?? "";
        Department = user.Department?.Name;
        DepartmentMailbox = user.Department?.Email;
        return user;
    }
}
