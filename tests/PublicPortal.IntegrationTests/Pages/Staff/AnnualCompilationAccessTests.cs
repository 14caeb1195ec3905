using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.IntegrationTests.Pages.Staff;

/// <summary>Shenzhen's 2023 list published once (version 1) and one Zhanjiang exit; offices of both cities and a
/// Shenzhen department officer.</summary>
public class AnnualAccessFixture : PortalFactory, IAsyncLifetime
{
    public const string Office = "annual-sz-office@test.local", OtherOffice = "annual-zj-office@test.local",
        Officer = "annual-officer@test.local", Province = "annual-province@test.local";

    public async Task InitializeAsync()
    {
        await StaffLogin.CreateAsync(this, Office, StaffRoles.Office, "440300-office");
        await StaffLogin.CreateAsync(this, OtherOffice, StaffRoles.Office, "440800-office");
        await StaffLogin.CreateAsync(this, Officer, StaffRoles.Officer, "440304-yjglj");
        await StaffLogin.CreateAsync(this, Province, StaffRoles.Office, "440000-office");
        await WithDbAsync(async db =>
        {
            await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "福田访问钢铁有限公司", "440304"));
            await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "遂溪访问铸造有限公司", "440823"), e => e.Equipment = "5吨冲天炉");
        });
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var shenzhen = await db.Jurisdictions.SingleAsync(j => j.Code == "440300");
        var office = await db.Departments.SingleAsync(d => d.Code == "440300-office");
        var result = await scope.ServiceProvider.GetRequiredService<AnnualCompilation>()
            .PublishAsync(shenzhen.Id, 2023, 1, office.Id, null, default);
        Assert.Null(result.Error);
        await db.SaveChangesAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class AnnualCompilationAccessTests(AnnualAccessFixture factory) : IClassFixture<AnnualAccessFixture>
{
    [Fact]
    public async Task ADepartmentOfficer_Gets404_OnTheCompilationPage()
    {
        var officer = await StaffLogin.SignInAsync(factory, AnnualAccessFixture.Officer);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/staff/annual")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/staff/annual?year=2023")).StatusCode);
        var token = (await officer.GetPageAsync("/staff")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await officer.PostAsync("/staff/annual", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Year"] = "2023", ["Input.Note"] = "试图发布",
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AnnualLists.CountAsync()));
    }

    [Fact]
    public async Task AnotherCitysOffice_CompilesOnlyItsOwnList()
    {
        var zhanjiang = await StaffLogin.SignInAsync(factory, AnnualAccessFixture.OtherOffice);
        var preview = await zhanjiang.GetPageAsync("/staff/annual?year=2023");
        Assert.StartsWith("湛江市", preview.QuerySelector("#annual-scope")!.TextContent);
        Assert.Equal(["遂溪访问铸造有限公司"], preview.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent.Trim()).ToList());
        // Nothing in the form names a jurisdiction; one added by hand is ignored.
        var form = (IHtmlFormElement)preview.QuerySelector("form#publish")!;
        Assert.Empty(form.QuerySelectorAll("[name*=Jurisdiction]"));
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        await zhanjiang.PostAsync("/staff/annual", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Year"] = "2023", ["Input.Note"] = "更正",
            ["JurisdictionCode"] = "440300", ["jurisdiction"] = "440300",
        }));
        var lists = await factory.WithDbAsync(db => db.AnnualLists
            .Join(db.Jurisdictions, l => l.JurisdictionId, j => j.Id, (l, j) => j.Code + "/v" + l.Version).ToListAsync());
        Assert.Equal(["440300/v1", "440800/v1"], lists.Order().ToList());
    }

    [Fact]
    public async Task TheProvincesOffice_CompilesEveryCity()
    {
        var province = await StaffLogin.SignInAsync(factory, AnnualAccessFixture.Province);
        var preview = await province.GetPageAsync("/staff/annual?year=2023");
        Assert.StartsWith("广东省", preview.QuerySelector("#annual-scope")!.TextContent);
        Assert.Equal(["福田访问钢铁有限公司", "遂溪访问铸造有限公司"],
            preview.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent.Trim()).Order().ToList());
    }

    [Theory]
    [InlineData("/lists/annual/440300/abc", HttpStatusCode.NotFound)]
    [InlineData("/lists/annual/440300/99999999999", HttpStatusCode.NotFound)]
    [InlineData("/lists/annual/440300/2019", HttpStatusCode.NotFound)]
    [InlineData("/lists/annual/999999/2023", HttpStatusCode.NotFound)]
    [InlineData("/lists/annual/440300/2023/v0", HttpStatusCode.NotFound)]
    [InlineData("/lists/annual/440300/2023/v2", HttpStatusCode.NotFound)]
    [InlineData("/lists/annual/440300/2023/vabc", HttpStatusCode.NotFound)]
    [InlineData("/lists/annual/440300/2023/compare", HttpStatusCode.BadRequest)]
    [InlineData("/lists/annual/440300/2023/compare?from=1&to=1", HttpStatusCode.BadRequest)]
    [InlineData("/lists/annual/440300/2023/compare?from=abc&to=1", HttpStatusCode.BadRequest)]
    [InlineData("/lists/annual/440300/2023/compare?from=5&to=1", HttpStatusCode.NotFound)]
    [InlineData("/lists/annual/440300/2023/compare?from=0&to=1", HttpStatusCode.NotFound)]
    [InlineData("/lists/annual/999999/2023/compare?from=1&to=2", HttpStatusCode.NotFound)]
    [InlineData("/lists/annual/440300/2023", HttpStatusCode.OK)]
    [InlineData("/lists/annual/440300/2023/v1", HttpStatusCode.OK)]
    public async Task PublicUrls_AnswerNotFoundOrBadRequest_NeverAServerError(string url, HttpStatusCode expected)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
            Assert.NotNull((await HtmlHelpers.GetDocumentAsync(response)).QuerySelector("main"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1990")]
    [InlineData("3000")]
    public async Task StaffPage_AnswersBadRequest_ToAnUnknownYear(string year)
    {
        var office = await StaffLogin.SignInAsync(factory, AnnualAccessFixture.Office);
        Assert.Equal(HttpStatusCode.BadRequest, (await office.GetAsync($"/staff/annual?year={year}")).StatusCode);
    }
}
