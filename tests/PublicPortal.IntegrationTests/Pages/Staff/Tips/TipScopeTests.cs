using System.Globalization;
using System.Net;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Infrastructure;
using static PublicPortal.IntegrationTests.Infrastructure.Crew;

namespace PublicPortal.IntegrationTests.Pages.Staff.Tips;

/// <summary>Department scope: what lies outside the person's departments answers 404 — page, every handler, every file.</summary>
public class TipScopeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Handlers =
    [
        "Sign", "Note", "Ask", "Transfer", "Return", "Dispatch", "Confirm", "Extension", "DecideExtension", "Supervise",
        "Propose", "Approve", "Reject", "Reopen", "KeepClosed", "Merge", "Draft", "Reveal", "ViewIdentity",
    ];

    [Fact]
    public async Task AnotherDepartmentsTip_Is404_OnTheDetail_EveryHandler_AndTheEvidence()
    {
        await EnsureAsync(factory);
        var futian = await TipSeed.FileAsync(factory, identity: new TipsterIdentity("王五", "13900000000", null),
            files: new UploadedFile("现场.png", "image/png", TestFiles.Png()));
        var nanshan = await TipSeed.FileAsync(factory, place: "440305");
        var client = await StaffLogin.SignInAsync(factory, NanshanOfficer);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/staff/tips/{futian.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/staff/tips/999999")).StatusCode);
        var files = await factory.WithDbAsync(db =>
            Task.FromResult(db.TipAttachments.Where(a => a.TipId == futian.Id).Select(a => a.Id).ToList()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/staff/tips/{futian.Id}/files/{files.Single()}")).StatusCode);

        // A valid antiforgery token from the officer's own tip-off, posted to the other department's one.
        var own = await client.GetPageAsync($"/staff/tips/{nanshan.Id}");
        var token = own.QuerySelector("form#sign input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var handler in Handlers)
        {
            var response = await client.PostAsync($"/staff/tips/{futian.Id}?handler={handler}",
                new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["reason"] = "核查需要联系举报人", ["body"] = "x", ["note"] = "x",
                    ["target"] = "1", ["requestId"] = "1", ["approve"] = "true", ["finding"] = "Substantiated", ["reply"] = "x",
                    ["into"] = nanshan.Id.ToString(CultureInfo.InvariantCulture), ["kind"] = "YellowCard", ["newDueOn"] = "2099-01-01",
                }));
            Assert.True(HttpStatusCode.NotFound == response.StatusCode, $"handler {handler}: {(int)response.StatusCode}");
            Assert.DoesNotContain("王五", await response.Content.ReadAsStringAsync());
        }
        var stored = await TipSeed.LoadAsync(factory, futian.Id);
        Assert.Equal(TipStatus.Dispatched, stored.Status);
        Assert.Equal(2, stored.Events.Count); // received and dispatched: nothing more
        Assert.Empty(await factory.WithDbAsync(db => Task.FromResult(db.AuditEntries.Where(a => a.TipId == futian.Id).ToList())));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/staff/tips/{nanshan.Id}")).StatusCode);
    }

    [Fact]
    public async Task Office_SeesItsCityAndDistricts_NotAnotherCity()
    {
        await EnsureAsync(factory);
        var district = await TipSeed.FileAsync(factory, place: "440304",            // 福田区应急管理局
            files: new UploadedFile("现场.png", "image/png", TestFiles.Png()));
        var city = await TipSeed.FileAsync(factory, place: "440300");               // 深圳市应急管理局
        var zhanjiang = await TipSeed.FileAsync(factory, place: "440800");          // 湛江市应急管理局
        var office = await StaffLogin.SignInAsync(factory, SzOffice);

        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync($"/staff/tips/{district.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync($"/staff/tips/{city.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/staff/tips/{zhanjiang.Id}")).StatusCode);
        var all = (await office.GetPageAsync("/staff?scope=all")).QuerySelectorAll("#queue tr[data-tip]")
            .Select(r => r.GetAttribute("data-tip")).ToList();
        Assert.Contains(district.Id.ToString(CultureInfo.InvariantCulture), all);
        Assert.Contains(city.Id.ToString(CultureInfo.InvariantCulture), all);
        Assert.DoesNotContain(zhanjiang.Id.ToString(CultureInfo.InvariantCulture), all);

        // The office is not a handling department: it sees the evidence list but cannot download.
        var page = await office.GetPageAsync($"/staff/tips/{district.Id}");
        Assert.Contains("现场.png", page.QuerySelector("#evidence")!.TextContent);
        Assert.Null(page.QuerySelector("#evidence a"));
        var fileId = await factory.WithDbAsync(db => Task.FromResult(db.TipAttachments.Single(a => a.TipId == district.Id).Id));
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/staff/tips/{district.Id}/files/{fileId}")).StatusCode);
        Assert.DoesNotContain("supervise", page.QuerySelectorAll("form[id]").Select(f => f.Id)); // not overdue yet
    }

    [Fact]
    public async Task Queue_FiltersByStatusCategoryAndPlace_InTheQueryString()
    {
        await EnsureAsync(factory);
        var signed = await TipSeed.FileAsync(factory, place: "440304");
        var waiting = await TipSeed.FileAsync(factory, place: "440304");
        await DoAsync(factory, Officer, w => w.SignAsync(signed.Id, default));
        var officer = await StaffLogin.SignInAsync(factory, Officer);

        var page = await officer.GetPageAsync("/staff?status=InProgress");
        var ids = page.QuerySelectorAll("#queue tr[data-tip]").Select(r => r.GetAttribute("data-tip")).ToList();
        Assert.Contains(signed.Id.ToString(CultureInfo.InvariantCulture), ids);
        Assert.DoesNotContain(waiting.Id.ToString(CultureInfo.InvariantCulture), ids);
        Assert.Equal("InProgress", page.QuerySelector("#f-status option[selected]")!.GetAttribute("value"));
        Assert.Contains("件", page.QuerySelector("#queue-counts [data-status=Dispatched]")!.TextContent);

        page = await officer.GetPageAsync("/staff?category=Energy");
        Assert.NotNull(page.QuerySelector("#queue-empty"));
        page = await officer.GetPageAsync("/staff?overdue=true");
        Assert.NotNull(page.QuerySelector("#queue-empty"));
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync("/staff?page=abc")).StatusCode);
    }
}
