using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Security;

/// <summary>
/// ASVS 5.0 V8.2.1 (function-level access), V8.2.2 (data-specific access: another department's item is a 404) and V8.3.1
/// (enforced on the server): role × department × back-office URL → the answer each caller must get. The URLs come from
/// the app's <see cref="EndpointDataSource"/> (every staff page and each of its GET handlers), the item is a tip-off of
/// department A with an evidence file, and each role exists in department A (福田区应急管理局, and the 深圳 office that
/// supervises it) and in department B (湛江市应急管理局, and the 湛江 office). What each caller must get is decided by
/// <see cref="Rules"/>, one line per route template: a new page needs a line (the test names it), and a new role — the
/// custodian of issue 13 — a column in <see cref="Callers"/>.
/// </summary>
public class StaffAccessMatrixFixture : PortalFactory, IAsyncLifetime
{
    public TipSeed.Filed Tip { get; private set; } = null!;
    public int FileId { get; private set; }
    public Dictionary<string, HttpClient> Clients { get; } = [];

    public async Task InitializeAsync()
    {
        foreach (var caller in StaffAccessMatrixTests.Callers.Where(c => c.Role is not null))
        {
            var user = await StaffLogin.CreateAsync(this, caller.Email, caller.Role!, caller.Department);
            if (!caller.Custodian) continue;
            using var scope = Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var created = await users.FindByIdAsync(user.Id.ToString(CultureInfo.InvariantCulture));
            Assert.True((await users.AddToRoleAsync(created!, StaffRoles.Custodian)).Succeeded);
        }
        Tip = await TipSeed.FileAsync(this, files: new UploadedFile("现场.png", "image/png", TestFiles.Png()));
        FileId = await WithDbAsync(db => db.TipAttachments.Where(a => a.TipId == Tip.Id).Select(a => a.Id).SingleAsync());
        foreach (var caller in StaffAccessMatrixTests.Callers)
        {
            var cookies = new CookieContainer();
            if (caller.Role is not null) await StaffLogin.SignInAsync(this, caller.Email, cookies: cookies);
            Clients[caller.Name] = CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class StaffAccessMatrixTests(StaffAccessMatrixFixture factory) : IClassFixture<StaffAccessMatrixFixture>
{
    public enum Answer { Ok, NotFound, Denied, SignIn }

    /// <summary>A caller: a role in department A (the tip-off's), B (another city's), or none; a custodian (信息保管人)
    /// holds that besides the role.</summary>
    public sealed record Caller(string Name, string? Role, string? Department, bool InA, bool Custodian = false)
    {
        public string Email => $"matrix-{Name}@test.local";
    }

    public static readonly Caller[] Callers =
    [
        new("anonymous", null, null, false),
        new("officer-a", StaffRoles.Officer, "440304-yjglj", true), new("officer-b", StaffRoles.Officer, "440800-yjglj", false),
        new("lead-a", StaffRoles.Lead, "440304-yjglj", true), new("lead-b", StaffRoles.Lead, "440800-yjglj", false),
        new("office-a", StaffRoles.Office, "440300-office", true), new("office-b", StaffRoles.Office, "440800-office", false),
        new("admin", StaffRoles.Admin, null, false),
        new("custodian-a", StaffRoles.Office, "440300-office", true, Custodian: true),
        new("custodian-b", StaffRoles.Office, "440800-office", false, Custodian: true),
    ];

    /// <summary>
    /// The expected answer per route template (regular expression on the template, first match wins). Anonymous callers
    /// are sent to sign-in everywhere, before any rule. Extend here when a page or a role is added.
    /// </summary>
    public static readonly (string Template, Func<Caller, Answer> Expected)[] Rules =
    [
        // An account's page without ?id=: 404 for administrators (see the item pages below), 无权访问 for everyone else.
        (@"^staff/admin/users/edit$", c => c.Role == StaffRoles.Admin ? Answer.NotFound : Answer.Denied),
        // Administration: administrators only; everyone else is sent to 无权访问.
        (@"^staff/admin(/|$)", c => c.Role == StaffRoles.Admin ? Answer.Ok : Answer.Denied),
        // Evidence files: the departments the tip-off is assigned to, not the office that supervises them.
        (@"^staff/tips/\{id:int\}/files/", c => c.InA && c.Role is StaffRoles.Officer or StaffRoles.Lead ? Answer.Ok : Answer.NotFound),
        // A tip-off: its departments and the offices above them; another department, city or an administrator: 404.
        (@"^staff/tips/\{id:int\}$", c => c.InA ? Answer.Ok : Answer.NotFound),
        // Pages of one item named by ?id= (an import batch, a register entry, an account), opened here without one: 404
        // for everyone signed in. Their per-department checks are in Pages/Staff/Imports and Pages/Staff/Registers.
        (@"^staff/(imports/(batch|mapping)|registers/(entry|reinspection))$", _ => Answer.NotFound),
        // A publication draft made from a tip-off: the test has none, so 404 for everyone signed in.
        (@"^staff/registers/from-tip/", _ => Answer.NotFound),
        // The custodians' queue of identity-reveal requests: 信息保管人 only (of any city; each sees their own city's).
        (@"^staff/tips/reveal-requests$", c => c.Custodian ? Answer.Ok : Answer.NotFound),
        // 年度汇编: the coordination offices compile the annual lists.
        (@"^staff/annual$", c => c.Role == StaffRoles.Office ? Answer.Ok : Answer.NotFound),
        // Register editing: the departments that keep the registers (officers and leads), not offices or administrators.
        (@"^staff/registers/(announcements|cards|emissions|phase-out|quality|sealing)$",
            c => c.Role is StaffRoles.Officer or StaffRoles.Lead ? Answer.Ok : Answer.NotFound),
        // Lists and forms that show each caller only their own scope: open to every member of staff.
        (@"^staff(/.*)?$", _ => Answer.Ok),
    ];

    public sealed record Url(string Template, string Path)
    {
        public override string ToString() => Path;
    }

    /// <summary>Every GET of every back-office page (sign-in pages aside), route values filled with the test's items.</summary>
    private List<Url> Urls()
    {
        var urls = new List<Url>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is not { } page) continue;
            var template = endpoint.RoutePattern.RawText!.TrimStart('/').ToLowerInvariant();
            if (!template.StartsWith("staff", StringComparison.Ordinal) || template.StartsWith("staff/account", StringComparison.Ordinal)
                || template.EndsWith("/index", StringComparison.Ordinal))
                continue;
            var path = "/" + Regex.Replace(template, @"\{(\w+)(:[^}]*)?\??\}", m => m.Groups[1].Value switch
            {
                "id" => factory.Tip.Id.ToString(CultureInfo.InvariantCulture),
                "fileid" => factory.FileId.ToString(CultureInfo.InvariantCulture),
                "draftid" => "0", // no draft: a 404 for everyone signed in (the rule for its template says so)
                var other => throw new InvalidOperationException($"{template}: no test value for route parameter {other}"),
            });
            foreach (var handler in page.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase)))
                urls.Add(new Url(template, string.IsNullOrEmpty(handler.Name) ? path : $"{path}?handler={handler.Name}"));
        }
        return urls.DistinctBy(u => u.Path).OrderBy(u => u.Path, StringComparer.Ordinal).ToList();
    }

    private static Answer ExpectedFor(Url url, Caller caller)
    {
        if (caller.Role is null) return Answer.SignIn;
        foreach (var (template, expected) in Rules)
            if (Regex.IsMatch(url.Template, template)) return expected(caller);
        throw new InvalidOperationException($"no rule for {url.Template}: add one to {nameof(Rules)}");
    }

    private static Answer Observed(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Answer.Ok,
            HttpStatusCode.NotFound => Answer.NotFound,
            HttpStatusCode.Redirect when location.Contains("/staff/account/denied", StringComparison.OrdinalIgnoreCase) => Answer.Denied,
            HttpStatusCode.Redirect when location.Contains("/staff/account/signin", StringComparison.OrdinalIgnoreCase) => Answer.SignIn,
            _ => throw new InvalidOperationException($"{(int)response.StatusCode} {location}"),
        };
    }

    [Fact]
    public void TheMatrixCoversTheBackOffice_AndEveryPageHasARule()
    {
        var urls = Urls();
        Assert.True(urls.Count >= 25, $"only {urls.Count} staff URLs found: {string.Join(", ", urls)}");
        Assert.Contains(urls, u => u.Template == "staff/tips/{id:int}");
        Assert.Contains(urls, u => u.Template.StartsWith("staff/admin/users", StringComparison.Ordinal));
        foreach (var url in urls) ExpectedFor(url, Callers[1]); // throws for a template without a rule
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("officer-a")]
    [InlineData("officer-b")]
    [InlineData("lead-a")]
    [InlineData("lead-b")]
    [InlineData("office-a")]
    [InlineData("office-b")]
    [InlineData("admin")]
    [InlineData("custodian-a")]
    [InlineData("custodian-b")]
    public async Task EachCaller_GetsWhatTheRulesSay_OnEveryStaffUrl(string name)
    {
        var caller = Callers.Single(c => c.Name == name);
        var client = factory.Clients[name];
        var wrong = new List<string>();
        foreach (var url in Urls())
        {
            using var response = await client.GetAsync(url.Path);
            var expected = ExpectedFor(url, caller);
            string observed;
            try { observed = Observed(response).ToString(); } catch (InvalidOperationException e) { observed = e.Message; }
            if (observed != expected.ToString()) wrong.Add($"{url}: expected {expected}, got {observed}");
        }
        Assert.True(wrong.Count == 0, $"{name}:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("officer-b")]
    [InlineData("lead-b")]
    [InlineData("office-b")]
    [InlineData("admin")]
    public async Task EveryPostHandler_OnTheItem_AnswersAnotherDepartment404(string name)
    {
        // The handlers that change a tip-off, each with a valid antiforgery token of the caller's session: 404 before
        // anything is read or written. (Requests without a token are refused earlier, see CsrfTests.)
        var client = factory.Clients[name];
        var before = await TipSeed.LoadAsync(factory, factory.Tip.Id);
        var token = (await client.GetPageAsync("/staff")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posts = (await CsrfTests.PostsAsync(factory))
            .Where(p => p.Template.StartsWith("staff/tips/{id", StringComparison.Ordinal)).ToList();
        Assert.True(posts.Count >= 10, $"only {posts.Count} POST handlers on a tip-off: {string.Join(", ", posts)}");
        var wrong = new List<string>();
        foreach (var post in posts)
        {
            var url = post.Template.Replace("{id:int}", factory.Tip.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{fileId:int}", factory.FileId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            url = "/" + url + (string.IsNullOrEmpty(post.Handler) ? "" : "?handler=" + post.Handler);
            using var response = await client.PostAsync(url,
                new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["reason"] = "越权测试：理由写满十五个字以上，以免先被校验拦下",
                }));
            if (response.StatusCode != HttpStatusCode.NotFound) wrong.Add($"{post}: {(int)response.StatusCode}");
        }
        Assert.True(wrong.Count == 0, $"{name} was not answered 404 by:\n" + string.Join("\n", wrong));
        var after = await TipSeed.LoadAsync(factory, factory.Tip.Id);
        Assert.Equal(before.Status, after.Status); // nothing happened to it
        Assert.Equal(before.Events.Count, after.Events.Count);
    }
}
