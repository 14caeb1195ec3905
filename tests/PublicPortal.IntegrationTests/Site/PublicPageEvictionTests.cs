using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Notices;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Site;

/// <summary>
/// With the output cache on (60 s), a change the public should see shows on the very next request: the list and detail
/// pages are read until they come from the cache (Age header), then a lead publishes, corrects or withdraws through the real
/// forms, and the next read shows it.
/// </summary>
public class PublicPageEvictionTests(CachingFactory factory) : IClassFixture<CachingFactory>
{
    private static int _serial;

    private static string NewCreditCode()
    {
        var first17 = $"91440304MA{Interlocked.Increment(ref _serial) + 7100000:D7}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    private static string EntryUrl(int id) => $"/staff/registers/entry?register=phase-out&id={id}";

    private async Task<int> SubmittedDraftAsync(string name)
    {
        await Crew.EnsureAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var futian = await factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Code == "440304").Select(j => j.Id).SingleAsync());
        var page = await officer.SubmitAsync("/staff/registers/phase-out", "form#entry", new()
        {
            ["Common.CreditCode"] = NewCreditCode(), ["Common.EnterpriseName"] = name,
            ["Common.JurisdictionId"] = futian.ToString(CultureInfo.InvariantCulture),
            ["Common.Year"] = "2025", ["Input.Equipment"] = "1×450m³ 高炉", ["Input.Capacity"] = "30", ["Input.CapacityUnit"] = "万吨/年",
            ["Input.Measure"] = "Dismantled", ["Input.Status"] = "Completed", ["Input.CompletedOn"] = "2025-05-20",
        });
        var id = int.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["id"]!, CultureInfo.InvariantCulture);
        await officer.SubmitAsync(page, "form#submit");
        return id;
    }

    /// <summary>Reads the page until it comes from the output cache, and returns that cached copy.</summary>
    private async Task<IHtmlDocument> CachedAsync(string url)
    {
        await factory.CreateClient().GetPageAsync(url);
        using var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Age is not null, $"{url} was not served from the cache on the second read");
        return await HtmlHelpers.GetDocumentAsync(response);
    }

    private async Task<IHtmlDocument> ReadAsync(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlHelpers.GetDocumentAsync(response);
    }

    [Fact]
    public async Task PublishCorrectWithdraw_AreVisibleAtOnce_OnCachedListAndDetailPages()
    {
        const string name = "缓存即时发布测试钢铁有限公司";
        var id = await SubmittedDraftAsync(name);
        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        Assert.DoesNotContain(name, (await CachedAsync("/lists/phase-out")).MainText());
        Assert.DoesNotContain(name, (await CachedAsync("/")).MainText());

        await lead.SubmitAsync(EntryUrl(id), "form#approve", new() { ["ScheduleAt"] = "" });
        Assert.Contains(name, (await ReadAsync("/lists/phase-out")).MainText());
        Assert.Contains("30 万吨/年", (await CachedAsync($"/lists/phase-out/{id}")).MainText());

        var form = await lead.GetPageAsync($"/staff/registers/phase-out?id={id}");
        var corrected = await lead.SubmitAsync(form, "form#entry", new() { ["Input.Capacity"] = "35", ["Reason"] = "经现场核实更正产能" });
        Assert.Equal("已更正并公开更正说明。", corrected.QuerySelector(".notice.success")!.TextContent.Trim());
        var detail = await ReadAsync($"/lists/phase-out/{id}");
        Assert.Contains("35 万吨/年", detail.MainText());
        Assert.Contains("经现场核实更正产能", detail.QuerySelector("#changes")!.TextContent);
        Assert.Contains(name, (await CachedAsync("/lists/phase-out")).MainText());
        await CachedAsync($"/lists/phase-out/{id}");

        await lead.SubmitAsync(EntryUrl(id), "form#withdraw", new() { ["Reason"] = "重复公布" });
        Assert.DoesNotContain(name, (await ReadAsync("/lists/phase-out")).MainText());
        Assert.Contains("重复公布", (await ReadAsync($"/lists/phase-out/{id}")).QuerySelector("#withdrawn")!.TextContent);
    }

    [Fact]
    public async Task ScheduledPublication_IsVisibleAtOnce_WhenThePublisherRuns()
    {
        const string name = "缓存定时发布测试有限公司";
        var id = await SubmittedDraftAsync(name);
        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        var at = ChinaTime.ToChina(factory.Clock.UtcNow()).AddHours(1);
        await lead.SubmitAsync(EntryUrl(id), "form#approve",
            new() { ["ScheduleAt"] = at.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) });
        Assert.DoesNotContain(name, (await CachedAsync("/lists/phase-out?year=2025")).MainText());

        factory.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await factory.Services.GetRequiredService<ScheduledPublisher>().PublishDueAsync());
        Assert.Contains(name, (await ReadAsync("/lists/phase-out?year=2025")).MainText());
    }

    [Fact]
    public async Task DepartmentMailRecords_LeaveTheCacheAlone()
    {
        // Every new tip-off and every daily digest writes these; they appear on no public page.
        const string url = "/announcements?eviction=mail";
        await CachedAsync(url);
        await factory.WithDbAsync(async db =>
        {
            var office = await db.Departments.FirstAsync(d => d.Jurisdiction.Code == "440000");
            var today = factory.Clock.TodayInChina();
            db.DigestDays.Add(new DigestDay { DepartmentId = office.Id, Day = today });
            db.DepartmentMailings.Add(new DepartmentMailing
            {
                DepartmentId = office.Id, Kind = DepartmentMailingKind.Digest, Day = today,
                QueuedAt = factory.Clock.UtcNow(), Recipients = 1,
            });
            await db.SaveChangesAsync();
        });
        using var stillCached = await factory.CreateClient().GetAsync(url);
        Assert.NotNull(stillCached.Headers.Age);
    }

    [Fact]
    public async Task ASaveOfNothingPublic_LeavesTheCacheAlone_AndAnAnnouncementEvictsIt()
    {
        const string url = "/announcements?eviction=1";
        await CachedAsync(url);
        await factory.WithDbAsync(async db =>
        {
            db.AuditEntries.Add(new AuditEntry { At = factory.Clock.UtcNow(), UserName = "测试", Action = "test", Subject = "x" });
            await db.SaveChangesAsync();
        });
        using (var stillCached = await factory.CreateClient().GetAsync(url))
            Assert.NotNull(stillCached.Headers.Age);

        const string title = "缓存测试公告：发布后立即可见";
        await factory.WithDbAsync(async db =>
        {
            var office = await db.Departments.FirstAsync(d => d.Jurisdiction.Code == "440000");
            db.Announcements.Add(new Web.Features.Announcements.Announcement
            {
                Title = title, Summary = "摘要", BodyMarkdown = "正文", JurisdictionId = office.JurisdictionId, DepartmentId = office.Id,
                PublishedAt = factory.Clock.UtcNow(), State = PublicationState.Published,
            });
            await db.SaveChangesAsync();
        });
        using var fresh = await factory.CreateClient().GetAsync(url);
        Assert.Null(fresh.Headers.Age);
        Assert.Contains(title, (await HtmlHelpers.GetDocumentAsync(fresh)).MainText());
    }
}
