using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.IntegrationTests.Pages.Staff.Admin;

public class DepartmentsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> JurisdictionIdAsync(string code) =>
        factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Code == code).Select(j => j.Id).SingleAsync());

    private async Task<ReferenceLookup.Snapshot> LookupAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReferenceLookup>().GetAsync();
    }

    [Fact]
    public async Task Create_AddsTheDepartment_ShowsItUnderItsJurisdiction_AndAudits()
    {
        await LookupAsync(); // warm the one-minute cache: the new department must still show at once
        var client = await AdminSession.SignInAdminAsync(factory);
        var list = await client.SubmitAsync("/staff/admin/departments/edit", "form#department", new()
        {
            ["Input.Code"] = "440304-swj-test", ["Input.Name"] = "深圳市福田区水务局（测试）", ["Input.Kind"] = "Water",
            ["Input.JurisdictionId"] = (await JurisdictionIdAsync("440304")).ToString(CultureInfo.InvariantCulture),
            ["Input.Email"] = "gxj@ft.example.gov.cn", ["Input.Phone"] = "0755-8291 0000",
        });
        Assert.True(list.MainText().Contains("已保存部门"),
            string.Join(" / ", list.QuerySelectorAll(".field-validation-error, .validation-summary-errors").Select(e => e.TextContent)));
        var section = list.QuerySelectorAll("main section").Single(s => s.QuerySelector("h2")!.TextContent == "福田区");
        Assert.Contains("深圳市福田区水务局（测试）", section.TextContent);
        Assert.Contains((await LookupAsync()).Departments, d => d.Code == "440304-swj-test");

        var audit = Assert.Single(await factory.AdminChangesAsync("Department:"), a => a.Detail!.Contains("440304-swj-test"));
        Assert.Contains("新建部门 深圳市福田区水务局（测试）", audit.Detail);
    }

    [Fact]
    public async Task Create_WithATakenCode_ShowsTheErrorBesideTheCode_AndKeepsTheInput()
    {
        var client = await AdminSession.SignInAdminAsync(factory);
        var page = await client.SubmitAsync("/staff/admin/departments/edit", "form#department", new()
        {
            ["Input.Code"] = "440300-gxj", ["Input.Name"] = "重复的部门", ["Input.Kind"] = "IndustryIt",
            ["Input.JurisdictionId"] = (await JurisdictionIdAsync("440300")).ToString(CultureInfo.InvariantCulture),
            ["Input.Email"] = "not-an-email",
        });
        Assert.Equal("邮箱格式不正确", page.FieldError("Input.Email"));
        page = await client.SubmitAsync(page, "form#department", new() { ["Input.Email"] = "" });
        Assert.Equal("代码 440300-gxj 已被其他部门使用。", page.FieldError("Input.Code"));
        Assert.Equal("重复的部门", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Input_Name")!).Value);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Departments.CountAsync(d => d.Code == "440300-gxj")));
    }

    [Fact]
    public async Task Create_WithoutName_ShowsChineseMessagesBesideTheFields()
    {
        var client = await AdminSession.SignInAdminAsync(factory);
        var page = await client.SubmitAsync("/staff/admin/departments/edit", "form#department", new() { ["Input.Code"] = "Bad Code" });
        Assert.Equal("请填写部门名称", page.FieldError("Input.Name"));
        Assert.Equal("请选择部门类型", page.FieldError("Input.Kind"));
        Assert.StartsWith("代码只能包含小写字母", page.FieldError("Input.Code"));
    }

    [Fact]
    public async Task Edit_ChangesNameAndEmail_AndAuditsTheDifference()
    {
        var id = await factory.WithDbAsync(db => db.Departments.Where(d => d.Code == "440800-sthjj").Select(d => d.Id).SingleAsync());
        var client = await AdminSession.SignInAdminAsync(factory);
        var list = await client.SubmitAsync($"/staff/admin/departments/edit?id={id}", "form#department",
            new() { ["Input.Name"] = "湛江市生态环境局（新）", ["Input.Email"] = "sthjj@zj.example.gov.cn" });
        Assert.Contains("湛江市生态环境局（新）", list.MainText());
        var saved = await factory.WithDbAsync(db => db.Departments.SingleAsync(d => d.Id == id));
        Assert.Equal(("440800-sthjj", "sthjj@zj.example.gov.cn"), (saved.Code, saved.Email));
        var audit = Assert.Single(await factory.AdminChangesAsync($"Department:{id}"));
        Assert.Equal("修改部门 440800-sthjj：名称：湛江市生态环境局 → 湛江市生态环境局（新）；邮箱：（空） → sthjj@zj.example.gov.cn", audit.Detail);
    }

    [Fact]
    public async Task Edit_UnknownDepartment_IsNotFound()
    {
        var client = await AdminSession.SignInAdminAsync(factory);
        await client.GetPageAsync("/staff/admin/departments/edit?id=999999", System.Net.HttpStatusCode.NotFound);
    }
}
