using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Features.Tips;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Notices;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Features.Notices;

/// <summary>Every department told: a routed tip-off mails each routed department's mailbox and its opted-in staff at once,
/// the dashboard shows when each department was last told, and administrators see the departments nobody can reach.</summary>
public class DepartmentNoticeTests
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task NewTip_MailsEachRoutedDepartmentOnce_ToItsMailboxAndOptedInStaff_WithoutContent_AndTheDashboardShowsIt()
    {
        var smtp = TestSmtp.Require();
        using var factory = new SmtpFactory(smtp);
        var industry = $"gxj-{_id}@sz.example.gov.cn";       // 深圳市工业和信息化局: leads on energy
        var reform = $"fgw-{_id}@sz.example.gov.cn";         // 深圳市发展和改革委员会: assists
        var optedIn = $"officer-{_id}@sz.example.gov.cn";
        var notOptedIn = $"quiet-{_id}@sz.example.gov.cn";
        var disabled = $"gone-{_id}@sz.example.gov.cn";
        await factory.WithDbAsync(async db =>
        {
            await db.Departments.Where(d => d.Code == "440300-gxj").ExecuteUpdateAsync(s => s.SetProperty(d => d.Email, industry));
            await db.Departments.Where(d => d.Code == "440300-fgw").ExecuteUpdateAsync(s => s.SetProperty(d => d.Email, reform));
        });
        await StaffLogin.CreateAsync(factory, optedIn, StaffRoles.Officer, "440300-gxj");
        await StaffLogin.CreateAsync(factory, notOptedIn, StaffRoles.Officer, "440300-gxj");
        await StaffLogin.CreateAsync(factory, disabled, StaffRoles.Officer, "440300-gxj");
        await factory.WithDbAsync(db => db.Users.Where(u => u.Email == disabled)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.WantsDepartmentMail, true).SetProperty(u => u.IsDisabled, true)));

        // The officer opts in on their own account page.
        var officer = await StaffLogin.SignInAsync(factory, optedIn);
        var saved = await officer.SubmitAsync("/staff/account/notices", "main form",
            new Dictionary<string, string> { ["WantsDepartmentMail"] = "true" });
        Assert.NotNull(saved.QuerySelector("#saved"));
        var box = (AngleSharp.Html.Dom.IHtmlInputElement)saved.QuerySelector("input[type=checkbox][name=WantsDepartmentMail]")!;
        Assert.True(box.IsChecked);

        var secret = $"夜间偷偷生产{_id}";
        var receipt = TipForms.ReadReceipt(await TipForms.SubmitValidAsync(factory.CreateClient(), v =>
        {
            v["Input.Category"] = "Energy";
            v["Input.Place"] = "440300";
            v["Input.EnterpriseName"] = $"测试能耗企业{_id}";
            v["Input.Description"] = secret;
        }));

        foreach (var (address, role) in new[] { (industry, "主办"), (optedIn, "主办"), (reform, "协办") })
        {
            var mail = await smtp.WaitForMailToAsync(address, receipt.TrackingNumber);
            Assert.Contains("新的举报件", mail.Subject);
            Assert.Contains(role, mail.Body);
            Assert.Contains("http://localhost/staff", mail.Body);
            Assert.DoesNotContain(secret, mail.Body);
            Assert.DoesNotContain($"测试能耗企业{_id}", mail.Body);
        }

        // Exactly one notice per address: the mailboxes and the one opted-in, active officer; nobody else.
        var protector = factory.Services.GetRequiredService<PersonalDataProtector>();
        var recipients = await factory.WithDbAsync(async db => (await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Subject.Contains(receipt.TrackingNumber) && m.Subject.StartsWith("【待办】")).ToListAsync())
            .Select(m => protector.Unprotect(m.RecipientCipher)).OrderBy(r => r).ToList());
        Assert.Equal(new[] { industry, optedIn, reform }.OrderBy(r => r), recipients);

        var traces = await factory.WithDbAsync(db => db.DepartmentMailings.AsNoTracking()
            .Join(db.Departments, m => m.DepartmentId, d => d.Id, (m, d) => new { d.Code, m.Kind, m.Recipients, m.Items }).ToListAsync());
        Assert.Contains(traces, t => t is { Code: "440300-gxj", Kind: DepartmentMailingKind.Notice, Recipients: 2, Items: 1 });
        Assert.Contains(traces, t => t is { Code: "440300-fgw", Kind: DepartmentMailingKind.Notice, Recipients: 1, Items: 1 });

        // The officer's dashboard shows their own department only; the administrator's shows every department.
        var industryId = await factory.WithDbAsync(db => db.Departments.Where(d => d.Code == "440300-gxj").Select(d => d.Id).SingleAsync());
        var own = await officer.GetPageAsync("/staff");
        var rows = own.QuerySelectorAll("#department-mail tbody tr");
        Assert.Single(rows);
        Assert.Equal("2026-06-10 10:00，2 个收件地址，1 项", rows[0].QuerySelector(".last-notice")!.TextContent.Trim());
        Assert.Equal("尚未发送", rows[0].QuerySelector(".last-digest")!.TextContent.Trim());
        var admin = await AdminSession.SignInAdminAsync(factory);
        var all = await admin.GetPageAsync("/staff");
        Assert.True(all.QuerySelectorAll("#department-mail tbody tr").Length > 10);
        Assert.Contains("2 个收件地址", all.QuerySelector($"#department-mail tr[data-department='{industryId}'] .last-notice")!.TextContent);

        // Administrators see whether staff receive the mail themselves.
        var users = await admin.GetPageAsync("/staff/admin/users");
        Assert.Equal("接收", users.QuerySelector($"tr[data-email='{optedIn}'] .wants-mail")!.TextContent.Trim());
        Assert.Equal("不接收", users.QuerySelector($"tr[data-email='{notOptedIn}'] .wants-mail")!.TextContent.Trim());
    }

    [Fact]
    public async Task AdminDashboard_FlagsADepartmentNobodyCanReach_UntilItHasAMailboxOrAnOptedInMember()
    {
        using var factory = new PortalFactory();
        var admin = await AdminSession.SignInAdminAsync(factory);
        var (emergency, ecology) = await factory.WithDbAsync(async db => (
            await db.Departments.Where(d => d.Code == "440300-yjglj").Select(d => d.Id).SingleAsync(),
            await db.Departments.Where(d => d.Code == "440300-sthjj").Select(d => d.Id).SingleAsync()));

        var page = await admin.GetPageAsync("/staff");
        var flag = page.QuerySelector($"#unreachable-departments li[data-department='{emergency}'] a");
        Assert.NotNull(flag);
        Assert.Equal($"/staff/admin/departments/edit?id={emergency}", flag!.GetAttribute("href"));
        Assert.Contains("深圳市应急管理局", flag.TextContent);
        Assert.NotNull(page.QuerySelector($"#unreachable-departments li[data-department='{ecology}']"));

        // The administrator follows the link and fills in the mailbox.
        await admin.SubmitAsync($"/staff/admin/departments/edit?id={emergency}", "form#department",
            new Dictionary<string, string> { ["Input.Email"] = $"yjglj-{_id}@sz.example.gov.cn" });
        // A member of staff who opts in is enough too.
        var member = $"member-{_id}@sz.example.gov.cn";
        await StaffLogin.CreateAsync(factory, member, StaffRoles.Officer, "440300-sthjj");
        await factory.WithDbAsync(db => db.Users.Where(u => u.Email == member)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.WantsDepartmentMail, true)));

        page = await admin.GetPageAsync("/staff");
        Assert.Null(page.QuerySelector($"#unreachable-departments li[data-department='{emergency}']"));
        Assert.Null(page.QuerySelector($"#unreachable-departments li[data-department='{ecology}']"));
        Assert.NotNull(page.QuerySelector("#unreachable-departments")); // others are still unreachable

        // Not an administrator's business? Officers do not get the list.
        var officer = await StaffLogin.SignInAsync(factory, member);
        Assert.Null((await officer.GetPageAsync("/staff")).QuerySelector("#unreachable-departments"));
    }
}
