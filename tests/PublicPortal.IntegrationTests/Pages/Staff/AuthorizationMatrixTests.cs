using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Staff;

/// <summary>
/// The authorization matrix, generated from the app itself: every back-office page and every one of its GET and POST
/// handlers (found from the registered Razor Pages and their page models), for every kind of caller. A page or handler
/// added later is covered without touching this file.
/// </summary>
public class AuthorizationMatrixFixture : PortalFactory, IAsyncLifetime
{
    public const string Officer = "matrix-officer@test.local", OtherOfficer = "matrix-other@test.local", Lead = "matrix-lead@test.local",
        Office = "matrix-office@test.local", OtherOffice = "matrix-other-office@test.local", Admin = "matrix-admin@test.local",
        NoTwoFactor = "matrix-no2fa@test.local";

    public TipSeed.Filed Tip { get; private set; } = null!;
    public int FileId { get; private set; }

    public async Task InitializeAsync()
    {
        await StaffLogin.CreateAsync(this, Officer, StaffRoles.Officer, "440304-yjglj");
        await StaffLogin.CreateAsync(this, Lead, StaffRoles.Lead, "440304-yjglj");
        await StaffLogin.CreateAsync(this, OtherOfficer, StaffRoles.Officer, "440800-fgj");
        await StaffLogin.CreateAsync(this, Office, StaffRoles.Office, "440300-office");
        await StaffLogin.CreateAsync(this, OtherOffice, StaffRoles.Office, "440800-office");
        await StaffLogin.CreateAsync(this, Admin, StaffRoles.Admin, null);
        await StaffLogin.CreateAsync(this, NoTwoFactor, StaffRoles.Officer, "440304-yjglj", twoFactor: false);
        Tip = await TipSeed.FileAsync(this, files: new UploadedFile("现场.png", "image/png", TestFiles.Png()));
        FileId = await WithDbAsync(db => db.TipAttachments.Where(a => a.TipId == Tip.Id).Select(a => a.Id).SingleAsync());
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>One request the back office answers: a page's URL (route values filled in) and one of its handlers.</summary>
    public sealed record Endpoint(string Page, string Url, string Method, string? Handler, bool IsAdmin, bool IsTipBound)
    {
        public override string ToString() => $"{Method} {Url}{(Handler is null ? "" : "?handler=" + Handler)}";
    }

    public IReadOnlyList<Endpoint> Endpoints()
    {
        var pages = Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>()
            .Where(p => p.ViewEnginePath.StartsWith("/Staff/", StringComparison.Ordinal)
                && !p.ViewEnginePath.StartsWith("/Staff/Account/", StringComparison.Ordinal))
            // An Index page has two routes (…/Index and …/); take the short one, in lower case as the site links it.
            .GroupBy(p => p.ViewEnginePath).Select(g => g.OrderBy(p => p.AttributeRouteInfo!.Template!.Length).First());
        var endpoints = new List<Endpoint>();
        foreach (var page in pages)
        {
            var template = page.AttributeRouteInfo!.Template!;
            var url = "/" + Regex.Replace(template.ToLowerInvariant(), @"\{(\w+)(:[^}]*)?\??\}", m => m.Groups[1].Value switch
            {
                "id" => Tip.Id.ToString(CultureInfo.InvariantCulture),
                // A publication draft of another tip: no test value is needed beyond "signed-in staff only" (404 for a missing draft).
                "draftid" => "0",
                "fileid" => FileId.ToString(CultureInfo.InvariantCulture),
                var other => throw new InvalidOperationException($"{template}: no test value for route parameter {other}"),
            });
            var model = typeof(PublicPortal.Web.Data.PortalDbContext).Assembly
                .GetType("PublicPortal.Web.Pages" + page.ViewEnginePath.Replace('/', '.') + "Model")
                ?? throw new InvalidOperationException($"no page model for {page.ViewEnginePath}");
            foreach (var method in model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var match = Regex.Match(method.Name, "^On(Get|Post)(\\w*?)(Async)?$");
                if (!match.Success) continue;
                endpoints.Add(new Endpoint(page.ViewEnginePath, url, match.Groups[1].Value.ToUpperInvariant(),
                    match.Groups[2].Value is { Length: > 0 } h ? h : null,
                    page.ViewEnginePath.StartsWith("/Staff/Admin/", StringComparison.Ordinal), template.Contains("{id")));
            }
        }
        return endpoints;
    }
}

public class AuthorizationMatrixTests(AuthorizationMatrixFixture factory) : IClassFixture<AuthorizationMatrixFixture>
{
    [Fact]
    public void TheMatrixCoversTheBackOffice()
    {
        var endpoints = factory.Endpoints();
        // A floor, so that a broken discovery cannot pass by finding nothing.
        Assert.True(endpoints.Count >= 30, $"only {endpoints.Count} endpoints found: {string.Join(", ", endpoints)}");
        Assert.Contains(endpoints, e => e.Page == "/Staff/Tips/Details" && e.Handler == "Reveal");
        Assert.Contains(endpoints, e => e.Page == "/Staff/Tips/Files");
        Assert.Contains(endpoints, e => e.Page == "/Staff/Admin/Users/Index");
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn_Everywhere()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var wrong = new List<string>();
        foreach (var endpoint in factory.Endpoints())
        {
            var response = await SendAsync(client, endpoint, token: null);
            if (response.StatusCode != HttpStatusCode.Redirect
                || !Location(response).StartsWith("/staff/account/signin", StringComparison.OrdinalIgnoreCase))
                wrong.Add($"{endpoint}: {(int)response.StatusCode} {Location(response)}");
        }
        Assert.True(wrong.Count == 0, "anonymous reached:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task AnAccountWithoutTwoFactor_ReachesNothing()
    {
        var client = await SignedInAsync(AuthorizationMatrixFixture.NoTwoFactor);
        var wrong = new List<string>();
        foreach (var endpoint in factory.Endpoints())
        {
            var response = await SendAsync(client, endpoint, token: null);
            if (response.StatusCode != HttpStatusCode.Redirect
                || !Location(response).StartsWith("/staff/account/denied", StringComparison.OrdinalIgnoreCase))
                wrong.Add($"{endpoint}: {(int)response.StatusCode} {Location(response)}");
        }
        Assert.True(wrong.Count == 0, "an account without two-factor reached:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [InlineData(AuthorizationMatrixFixture.Officer)]
    [InlineData(AuthorizationMatrixFixture.Lead)]
    [InlineData(AuthorizationMatrixFixture.Office)]
    public async Task StaffWhoAreNotAdministrators_AreDeniedTheAdministration(string email)
    {
        var client = await SignedInAsync(email);
        var token = await TokenAsync(client);
        var wrong = new List<string>();
        foreach (var endpoint in factory.Endpoints().Where(e => e.IsAdmin))
        {
            var response = await SendAsync(client, endpoint, token);
            if (response.StatusCode != HttpStatusCode.Redirect
                || !Location(response).StartsWith("/staff/account/denied", StringComparison.OrdinalIgnoreCase))
                wrong.Add($"{endpoint}: {(int)response.StatusCode} {Location(response)}");
        }
        Assert.True(wrong.Count == 0, $"{email} reached:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [InlineData(AuthorizationMatrixFixture.OtherOfficer)]
    [InlineData(AuthorizationMatrixFixture.OtherOffice)]
    [InlineData(AuthorizationMatrixFixture.Admin)]
    public async Task AnotherDepartmentsTip_Answers404_OnEveryHandler(string email)
    {
        var client = await SignedInAsync(email);
        var token = await TokenAsync(client);
        var wrong = new List<string>();
        foreach (var endpoint in factory.Endpoints().Where(e => e.IsTipBound))
        {
            var response = await SendAsync(client, endpoint, token);
            if (response.StatusCode != HttpStatusCode.NotFound) wrong.Add($"{endpoint}: {(int)response.StatusCode} {Location(response)}");
        }
        Assert.True(wrong.Count == 0, $"{email} was not answered 404 by:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task TheAssignedDepartment_OpensTheTipAndItsEvidence_ItsOfficeOnlyTheTip()
    {
        // The control for the 404s above: the same URLs do open for the people who may see them. Evidence files open
        // only for the assigned departments, so the supervising office gets the tip but not the file.
        var officer = await SignedInAsync(AuthorizationMatrixFixture.Officer);
        var office = await SignedInAsync(AuthorizationMatrixFixture.Office);
        foreach (var endpoint in factory.Endpoints().Where(e => e.IsTipBound && e.Method == "GET"))
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(officer, endpoint, token: null)).StatusCode);
            Assert.Equal(endpoint.Page == "/Staff/Tips/Files" ? HttpStatusCode.NotFound : HttpStatusCode.OK,
                (await SendAsync(office, endpoint, token: null)).StatusCode);
        }
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        await StaffLogin.SignInAsync(factory, email); // proves the account works through the real pages
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetPageAsync("/staff/account/signin");
        var response = await client.SendAsync((IHtmlFormElement)page.QuerySelector("form#signin")!,
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = StaffLogin.Password });
        if (Location(response).StartsWith("/staff/account/twofactor", StringComparison.OrdinalIgnoreCase))
        {
            var twoFactor = await client.GetPageAsync(Location(response));
            await client.SendAsync((IHtmlFormElement)twoFactor.QuerySelector("form#twofactor")!,
                new Dictionary<string, string> { ["Code"] = await StaffLogin.UnusedCodeAsync(factory, email) });
        }
        return client;
    }

    /// <summary>An antiforgery token of this session (tokens are per user, not per form): from the header's sign-out form.</summary>
    private static async Task<string> TokenAsync(HttpClient client)
    {
        var page = await client.GetPageAsync("/staff");
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, AuthorizationMatrixFixture.Endpoint endpoint, string? token)
    {
        var url = endpoint.Handler is null ? endpoint.Url : $"{endpoint.Url}?handler={endpoint.Handler}";
        if (endpoint.Method == "GET") return client.GetAsync(url);
        var form = new Dictionary<string, string>();
        if (token is not null) form["__RequestVerificationToken"] = token;
        return client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    private static string Location(HttpResponseMessage response) =>
        response.Headers.Location is { } location ? (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString) : "";
}
