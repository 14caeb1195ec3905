using System.Net;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.IntegrationTests.Pages.Staff.Admin;

public class AdminAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static readonly TheoryData<string> Paths = new()
    {
        "/staff/admin/departments", "/staff/admin/departments/edit", "/staff/admin/users", "/staff/admin/users/create",
        "/staff/admin/routing", "/staff/admin/calendar?year=2026", "/staff/admin/audit",
        "/staff/admin/apiclients", "/staff/admin/apiclients/create",
    };

    [Theory]
    [InlineData(StaffRoles.Office, "440300-office")]
    [InlineData(StaffRoles.Lead, "440300-yjglj")]
    [InlineData(StaffRoles.Officer, "440300-yjglj")]
    public async Task AdminPages_AnswerForbidden_ToEveryOtherRole(string role, string department)
    {
        var email = $"{role.ToLowerInvariant()}-access@test.local";
        await StaffLogin.CreateAsync(factory, email, role, department);
        var client = await StaffLogin.SignInAsync(factory, email);
        foreach (var path in Paths)
        {
            var page = await client.GetPageAsync(path, HttpStatusCode.Forbidden);
            Assert.Equal("无权访问", page.QuerySelector("h1")!.TextContent.Trim());
        }
        // Posting is refused before anything is read or changed.
        var post = await client.PostAsync("/staff/admin/calendar?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Date"] = "2031-03-07", ["Input.Kind"] = "Holiday", ["Input.Name"] = "不应登记",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task AdminPages_SendAnonymousVisitorsToSignIn(string path)
    {
        var page = await factory.CreateClient().GetPageAsync(path);
        Assert.NotNull(page.QuerySelector("form#signin"));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task AdminPages_OpenForAnAdministrator(string path)
    {
        var client = await AdminSession.SignInAdminAsync(factory);
        var page = await client.GetPageAsync(path);
        Assert.NotNull(page.QuerySelector("h1"));
        Assert.NotNull(page.QuerySelector("nav.main-nav a[aria-current='page']"));
    }
}
