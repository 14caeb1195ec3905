using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Tips;

namespace PublicPortal.IntegrationTests.Pages.Staff.Admin;

public class RoutingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> DepartmentIdAsync(string code) =>
        factory.WithDbAsync(db => db.Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    private async Task<IReadOnlyList<TipRouter.Route>> RouteAsync(TipCategory category, string jurisdiction)
    {
        using var scope = factory.Services.CreateScope();
        var id = await factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Code == jurisdiction).Select(j => j.Id).SingleAsync());
        return await scope.ServiceProvider.GetRequiredService<TipRouter>().RouteAsync(category, id);
    }

    [Fact]
    public async Task RemoveAndAdd_ChangeWhereTheNextTipGoes_AndAreAudited()
    {
        Assert.Equal("湛江市市场监督管理局", (await RouteAsync(TipCategory.Quality, "440800"))[0].DepartmentName);
        var admin = await AdminSession.SignInAdminAsync(factory);
        var page = await admin.GetPageAsync("/staff/admin/routing?jurisdiction=440800");
        Assert.Equal("派单规则：湛江市", page.QuerySelector("h1")!.TextContent.Trim());

        var scjgj = await DepartmentIdAsync("440800-scjgj");
        page = await admin.SubmitAsync(page, $"#subject-quality tr[data-department-id='{scjgj}'] form.remove");
        Assert.Contains("已删除该派单规则", page.MainText());
        Assert.Equal("湛江市淘汰落后产能工作协调小组办公室", (await RouteAsync(TipCategory.Quality, "440800"))[0].DepartmentName);

        page = await admin.SubmitAsync(page, "form#add-rule", new()
        {
            ["Input.Subject"] = "quality",
            ["Input.DepartmentId"] = (await DepartmentIdAsync("440800-gxj")).ToString(CultureInfo.InvariantCulture),
            ["Input.Role"] = "Lead",
        });
        Assert.Equal(["湛江市工业和信息化局"], page.QuerySelectorAll("#subject-quality tbody tr").Select(r => r.Texts("td")[1]));
        var route = await RouteAsync(TipCategory.Quality, "440800");
        Assert.Equal(("湛江市工业和信息化局", ResponsibilityRole.Lead), (route.Single().DepartmentName, route.Single().Role));

        Assert.Equal(["派单规则 湛江市·质量：删除 湛江市市场监督管理局（主办）", "派单规则 湛江市·质量：增加 湛江市工业和信息化局（主办）"],
            (await factory.AdminChangesAsync("Routing:440800:quality")).Select(a => a.Detail));
    }

    [Fact]
    public async Task Move_ReordersTheAssistingDepartments_UsedByTheNextTip()
    {
        // Compared by role, not by position: TipRouter sorts the role in SQL, where "Assist" comes before "Lead".
        async Task<List<string>> AssistsAsync() =>
            (await RouteAsync(TipCategory.Technology, "440000"))
                .Where(r => r.Role == ResponsibilityRole.Assist).Select(r => r.DepartmentName).ToList();
        Assert.Equal(["广东省发展和改革委员会", "广东省市场监督管理局"], (await AssistsAsync()).Take(2));
        var admin = await AdminSession.SignInAdminAsync(factory);
        var scjgj = await DepartmentIdAsync("440000-scjgj");
        var page = await admin.SubmitAsync("/staff/admin/routing?jurisdiction=440000",
            $"#subject-technology tr[data-department-id='{scjgj}'] form.move", buttonSelector: "button[value='-1']");
        Assert.Contains("已调整顺序", page.MainText());
        Assert.Equal(["广东省市场监督管理局", "广东省发展和改革委员会"], (await AssistsAsync()).Take(2));
        Assert.Equal(["广东省工业和信息化厅", "广东省市场监督管理局", "广东省发展和改革委员会"],
            page.QuerySelectorAll("#subject-technology tbody tr").Take(3).Select(r => r.Texts("td")[1]));
        Assert.Single(await factory.AdminChangesAsync("Routing:440000:technology"));
    }

    [Fact]
    public async Task Add_ASecondLead_OrADuplicate_IsRefusedBesideTheField()
    {
        var admin = await AdminSession.SignInAdminAsync(factory);
        var page = await admin.SubmitAsync("/staff/admin/routing?jurisdiction=440300", "form#add-rule", new()
        {
            ["Input.Subject"] = "safety",
            ["Input.DepartmentId"] = (await DepartmentIdAsync("440300-gxj")).ToString(CultureInfo.InvariantCulture),
            ["Input.Role"] = "Lead",
        });
        Assert.StartsWith("“安全”已有主办部门 深圳市应急管理局", page.FieldError("Input.Role"));
        page = await admin.SubmitAsync(page, "form#add-rule", new()
        {
            ["Input.DepartmentId"] = (await DepartmentIdAsync("440300-yjglj")).ToString(CultureInfo.InvariantCulture),
            ["Input.Role"] = "Assist",
        });
        Assert.Equal("深圳市应急管理局 已在“安全”的派单规则中。", page.FieldError("Input.DepartmentId"));
        page = await admin.SubmitAsync(page, "form#add-rule", new() { ["Input.Subject"] = "" });
        Assert.Equal("请选择事项", page.FieldError("Input.Subject"));
        Assert.Empty(await factory.AdminChangesAsync("Routing:440300:safety"));
    }
}
