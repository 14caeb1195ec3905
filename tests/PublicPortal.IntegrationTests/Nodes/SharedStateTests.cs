using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Announcements;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Nodes;

/// <summary>Two nodes of one portal on one database and one Redis: what one node learns, the other knows at once.</summary>
public class SharedStateTests
{
    [Fact]
    public async Task HumanCheckAnswer_AcceptedOnA_IsRefusedWhenReplayedOnB()
    {
        var prefix = Node.NewPrefix();
        using var a = new Node(prefix);
        using var b = new Node(prefix, sameDataAs: a);
        await Node.ConnectedAsync(a, b);
        var onA = a.CreateClient();
        var onB = b.CreateClient();

        var first = await TipForms.OpenAsync(onA);
        var token = ((IHtmlInputElement)first.QuerySelector("[name='HumanCheck.Token']")!).Value;
        var answer = TipForms.Answer(first);
        Assert.NotNull((await HtmlHelpers.GetDocumentAsync(await onA.SendWithFilesAsync(first, TipForms.Valid().Append(answer))))
            .QuerySelector("#tracking-number"));

        // The same answer and token, with a new submission, on the other node.
        var second = await TipForms.OpenAsync(onB);
        var page = await HtmlHelpers.GetDocumentAsync(await onB.SendWithFilesAsync(second,
            TipForms.Valid(v => v["Input.Description"] = "重放到另一节点：夜间有大量废钢运入厂区。")
                .Append(answer).Append(new("HumanCheck.Token", token))));

        Assert.Equal("该验证已使用过，请回答新的验证问题后重新提交。", TipForms.ErrorFor(page, "HumanCheck"));
        Assert.Null(page.QuerySelector("#tracking-number"));
        Assert.Equal(1, await b.WithDbAsync(db => db.Tips.CountAsync()));
    }

    [Fact]
    public async Task RateLimit_SpreadOverAAndB_RefusesAtTheSameCountAsOneNode()
    {
        var prefix = Node.NewPrefix();
        var three = new Dictionary<string, string?> { ["RateLimit:LookupsPerMinute"] = "3" };
        using var a = new Node(prefix, settings: three);
        using var b = new Node(prefix, sameDataAs: a, settings: three);
        await Node.ConnectedAsync(a, b);
        var clients = new[] { a.CreateClient(), b.CreateClient(), a.CreateClient(), b.CreateClient() };

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        foreach (var client in clients) // A, B, A, B: each node has seen at most two
        {
            var page = await client.GetPageAsync("/tips/track");
            last = await client.SendAsync((IHtmlFormElement)page.QuerySelector("form#lookup")!, new Dictionary<string, string>
            {
                ["Lookup.TrackingNumber"] = "JB2026010100000000", ["Lookup.QueryCode"] = "ABCDEFGHJK",
            });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("操作过于频繁", (await HtmlHelpers.GetDocumentAsync(last)).QuerySelector("h1")!.TextContent);
        Assert.Equal("60", last.Headers.RetryAfter?.ToString());
    }

    [Fact]
    public async Task CachedPage_IsSharedByTheNodes_AndAChangePublishedThroughA_ShowsOnBAtOnce()
    {
        var prefix = Node.NewPrefix();
        using var a = new Node(prefix, cacheSeconds: 60);
        using var b = new Node(prefix, sameDataAs: a, cacheSeconds: 60);
        await Node.ConnectedAsync(a, b);
        var onA = a.CreateClient();
        var onB = b.CreateClient();

        // Rendered by A, served from the one cache by B.
        using (await onA.GetAsync("/?nodes=1")) { }
        using (var fromCache = await onB.GetAsync("/?nodes=1")) Assert.NotNull(fromCache.Headers.Age);

        const string title = "跨节点发布的公告";
        await a.WithDbAsync(async db =>
        {
            var office = await db.Departments.FirstAsync(d => d.Jurisdiction.Code == "440000");
            db.Announcements.Add(new Announcement
            {
                Title = title, Summary = "摘要", BodyMarkdown = "正文", JurisdictionId = office.JurisdictionId,
                DepartmentId = office.Id, PublishedAt = a.Clock.UtcNow(), State = PublicationState.Published,
            });
            await db.SaveChangesAsync(); // A's eviction, in Redis
        });

        using var next = await onB.GetAsync("/?nodes=1");
        Assert.Null(next.Headers.Age);
        Assert.Contains(title, (await HtmlHelpers.GetDocumentAsync(next)).Body!.TextContent);
    }

    [Fact]
    public async Task ReferenceDataChangedThroughA_IsNotServedFromBsCache()
    {
        var prefix = Node.NewPrefix();
        using var a = new Node(prefix);
        using var b = new Node(prefix, sameDataAs: a);
        await Node.ConnectedAsync(a, b);
        async Task<string> NameOnBAsync()
        {
            using var scope = b.Services.CreateScope();
            var refs = await scope.ServiceProvider.GetRequiredService<ReferenceLookup>().GetAsync();
            return refs.Departments.Single(d => d.Code == "440300-yjglj").Name;
        }
        var before = await NameOnBAsync(); // now cached on B (for a minute)

        await a.WithDbAsync(db => db.Departments.Where(d => d.Code == "440300-yjglj")
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Name, "深圳市应急管理局（改名）")));
        using (var scope = a.Services.CreateScope()) scope.ServiceProvider.GetRequiredService<ReferenceCache>().Invalidate();

        var waited = Stopwatch.StartNew();
        while (await NameOnBAsync() == before)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "B still shows the old department name from its cache.");
            await Task.Delay(50);
        }
        Assert.Equal("深圳市应急管理局（改名）", await NameOnBAsync());
    }
}
