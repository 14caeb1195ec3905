using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.IntegrationTests.Pages.Staff.Admin;

public class UsersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> DepartmentIdAsync(string code) =>
        factory.WithDbAsync(db => db.Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    [Fact]
    public async Task Create_MakesAnAccountThatMustEnrol_ListsIt_AndAudits()
    {
        var admin = await AdminSession.SignInAdminAsync(factory);
        var edit = await admin.SubmitAsync("/staff/admin/users/create", "form#create-user", new()
        {
            ["Input.Email"] = "new-officer@test.local", ["Input.DisplayName"] = "李四", ["Input.Password"] = "InitialPass2026",
            ["Input.Role"] = StaffRoles.Officer,
            ["Input.DepartmentId"] = (await DepartmentIdAsync("440300-yjglj")).ToString(CultureInfo.InvariantCulture),
        });
        Assert.Contains("已创建账号 new-officer@test.local", edit.MainText());

        var row = (await admin.GetPageAsync("/staff/admin/users")).QuerySelector("tr[data-email='new-officer@test.local']")!;
        Assert.Equal(["李四", "new-officer@test.local", "承办人", "深圳市应急管理局", "未启用", "不接收", "正常"], row.Texts("td").Take(7));
        Assert.Contains("新建账号 new-officer@test.local（李四），角色：承办人，部门：深圳市应急管理局", Assert.Single(
            await factory.AdminChangesAsync("StaffUser:"), a => a.Detail!.Contains("new-officer@test.local")).Detail);

        var client = await StaffLogin.SignInAsync(factory, "new-officer@test.local", "InitialPass2026");
        Assert.NotNull((await client.GetPageAsync("/staff")).QuerySelector("form#enroll"));
    }

    [Fact]
    public async Task Create_WithAWeakPassword_ShowsThePolicyInChinese_BesideThePassword_AndKeepsTheRest()
    {
        var admin = await AdminSession.SignInAdminAsync(factory);
        var page = await admin.SubmitAsync("/staff/admin/users/create", "form#create-user", new()
        {
            ["Input.Email"] = "weak@test.local", ["Input.DisplayName"] = "王五", ["Input.Password"] = "abc",
            ["Input.Role"] = StaffRoles.Officer,
        });
        Assert.Equal("密码至少 12 位。密码须包含数字。密码须包含大写字母。", page.FieldError("Input.Password"));
        Assert.Equal("除系统管理员外，账号必须属于一个部门。", page.FieldError("Input.DepartmentId"));
        Assert.Equal("weak@test.local", ((IHtmlInputElement)page.QuerySelector("#Input_Email")!).Value);
        Assert.Equal(StaffRoles.Officer, ((IHtmlSelectElement)page.QuerySelector("#Input_Role")!).Value);
        Assert.Equal("", ((IHtmlInputElement)page.QuerySelector("#Input_Password")!).Value);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "weak@test.local")));
    }

    [Fact]
    public async Task ChangeRoleAndDepartment_AppliesToTheOpenSession_AndAudits()
    {
        var user = await StaffLogin.CreateAsync(factory, "promote@test.local", StaffRoles.Officer, "440300-yjglj");
        var session = await StaffLogin.SignInAsync(factory, "promote@test.local");
        var admin = await AdminSession.SignInAdminAsync(factory);
        var office = await DepartmentIdAsync("440300-office");
        var page = await admin.SubmitAsync($"/staff/admin/users/edit?id={user.Id}", "form#role",
            new() { ["Input.Role"] = StaffRoles.Office, ["Input.DepartmentId"] = office.ToString(CultureInfo.InvariantCulture) });
        Assert.Contains("已保存角色和部门", page.MainText());
        Assert.Equal(StaffRoles.Office, ((IHtmlSelectElement)page.QuerySelector("#Input_Role")!).Value);

        Assert.Equal("待办队列", (await session.GetPageAsync("/staff")).QuerySelector("h1")!.TextContent.Trim()); // still signed in
        Assert.Equal(office,
            await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.DepartmentId).SingleAsync()));
        Assert.Contains("角色 承办人 → 协调小组办公室，部门 深圳市应急管理局 → 深圳市淘汰落后产能工作协调小组办公室",
            Assert.Single(await factory.AdminChangesAsync($"StaffUser:{user.Id}")).Detail);
    }

    [Fact]
    public async Task ResetTwoFactor_EndsTheSession_AndThePersonMustEnrolAgain()
    {
        var user = await StaffLogin.CreateAsync(factory, "lost-phone@test.local", StaffRoles.Lead, "440300-yjglj");
        var session = await StaffLogin.SignInAsync(factory, "lost-phone@test.local");
        var admin = await AdminSession.SignInAdminAsync(factory);
        var page = await admin.SubmitAsync($"/staff/admin/users/edit?id={user.Id}", "form#reset-2fa");
        Assert.StartsWith("未启用", page.QuerySelector("#two-factor")!.TextContent.Trim());

        Assert.NotNull((await session.GetPageAsync("/staff")).QuerySelector("form#signin"));
        var again = await StaffLogin.SignInAsync(factory, "lost-phone@test.local");
        var enrol = await again.GetPageAsync("/staff");
        Assert.NotNull(enrol.QuerySelector("form#enroll"));
        Assert.NotEqual(StaffLogin.AuthenticatorKey.ToLowerInvariant(),
            enrol.QuerySelector("#authenticator-key")!.TextContent.Replace(" ", ""));
        Assert.Contains("重置账号 lost-phone@test.local 的双因素认证", Assert.Single(await factory.AdminChangesAsync($"StaffUser:{user.Id}")).Detail);
    }

    [Fact]
    public async Task ResetPassword_RejectsAWeakOne_ThenSetsIt_AndLiftsALockout()
    {
        var user = await StaffLogin.CreateAsync(factory, "forgot@test.local", StaffRoles.Officer, "440300-yjglj");
        var stranger = factory.CreateClient();
        for (var i = 0; i < 5; i++)
            await stranger.SubmitAsync("/staff/account/signin", "form#signin",
                new() { ["Input.Email"] = "forgot@test.local", ["Input.Password"] = "Guess2026Guess" });
        var admin = await AdminSession.SignInAdminAsync(factory);
        var list = await admin.GetPageAsync("/staff/admin/users");
        Assert.Equal("已锁定", list.QuerySelector("tr[data-email='forgot@test.local'] td.state")!.TextContent.Trim());

        var page = await admin.SubmitAsync($"/staff/admin/users/edit?id={user.Id}", "form#reset-password",
            new() { ["NewPassword"] = "short" });
        Assert.StartsWith("密码至少 12 位。", page.FieldError("NewPassword"));
        page = await admin.SubmitAsync(page, "form#reset-password", new() { ["NewPassword"] = "BrandNewPass2026" });
        Assert.Contains("已重置密码", page.MainText());
        Assert.Equal("正常", page.QuerySelector("#state")!.TextContent.Trim());

        await StaffLogin.SignInAsync(factory, "forgot@test.local", "BrandNewPass2026");
        Assert.Contains("重置账号 forgot@test.local 的密码", Assert.Single(await factory.AdminChangesAsync($"StaffUser:{user.Id}")).Detail);
    }

    [Fact]
    public async Task DisableThenEnable_IsAudited_AndAnAdministratorCannotDisableThemself()
    {
        var user = await StaffLogin.CreateAsync(factory, "toggle@test.local", StaffRoles.Officer, "440300-yjglj");
        var admin = await AdminSession.SignInAdminAsync(factory);
        var page = await admin.SubmitAsync($"/staff/admin/users/edit?id={user.Id}", "form#toggle");
        Assert.Equal("已停用", page.QuerySelector("#state")!.TextContent.Trim());
        page = await admin.SubmitAsync(page, "form#toggle");
        Assert.Equal("正常", page.QuerySelector("#state")!.TextContent.Trim());
        Assert.Equal(["停用账号 toggle@test.local，其会话立即失效", "启用账号 toggle@test.local"],
            (await factory.AdminChangesAsync($"StaffUser:{user.Id}")).Select(a => a.Detail));
        await StaffLogin.SignInAsync(factory, "toggle@test.local");


        var me = await StaffLogin.CreateAsync(factory, "self-admin@test.local", StaffRoles.Admin, null);
        var myself = await StaffLogin.SignInAsync(factory, "self-admin@test.local");
        page = await myself.SubmitAsync($"/staff/admin/users/edit?id={me.Id}", "form#toggle");
        Assert.Contains("不能停用自己的账号", page.MainText());
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == me.Id).Select(u => u.IsDisabled).SingleAsync()));
    }

    [Fact]
    public async Task GrantCustodian_KeepsTheRole_OpensTheQueue_AndAudits()
    {
        var user = await StaffLogin.CreateAsync(factory, "keeper@test.local", StaffRoles.Office, "440300-office");
        var admin = await AdminSession.SignInAdminAsync(factory);
        var keeper = await StaffLogin.SignInAsync(factory, "keeper@test.local");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await keeper.GetAsync("/staff/tips/reveal-requests")).StatusCode);

        var page = await admin.SubmitAsync($"/staff/admin/users/edit?id={user.Id}", "form#custodian");
        Assert.Contains("已授予信息保管人角色", page.MainText());
        Assert.Contains("此人是信息保管人", page.QuerySelector("#custodian-state")!.TextContent);
        Assert.Equal(StaffRoles.Office, ((IHtmlSelectElement)page.QuerySelector("#Input_Role")!).Value); // the role stays
        var row = (await admin.GetPageAsync("/staff/admin/users")).QuerySelector("tr[data-email='keeper@test.local']")!;
        Assert.Equal("协调小组办公室、信息保管人", row.Texts("td").ElementAt(2));
        var queue = await keeper.GetPageAsync("/staff/tips/reveal-requests"); // from the open session's next request
        Assert.Equal("身份查看审批", queue.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(queue.QuerySelector("nav a[href='/staff/tips/reveal-requests']"));

        page = await admin.SubmitAsync($"/staff/admin/users/edit?id={user.Id}", "form#custodian");
        Assert.Contains("已取消信息保管人角色", page.MainText());
        Assert.Equal(["授予账号 keeper@test.local 信息保管人角色", "取消账号 keeper@test.local 的信息保管人角色"],
            (await factory.AdminChangesAsync($"StaffUser:{user.Id}")).Select(a => a.Detail));
    }
}
