using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Open311;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Infrastructure;
using static PublicPortal.IntegrationTests.Features.Open311.Open311Api;

namespace PublicPortal.IntegrationTests.Features.Open311;

/// <summary>POST requests: keys, validation, and the tip-off entering the same intake, routing and queues as a web tip-off.</summary>
public partial class Open311PostTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("xml")]
    [InlineData("json")]
    public async Task MissingInvalidOrRevokedKey_Is403_AndFilesNothing(string format)
    {
        var client = factory.CreateClient();
        var (id, key) = await IssueKeyAsync(factory, "即将吊销的系统");
        using (var scope = factory.Services.CreateScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<ApiKeys>().RevokeAsync(id, default));
        var before = await TipCountAsync();

        // The key is checked before anything else: without one, even an incomplete form answers 403.
        var missing = await ErrorsAsync(await PostAsync(client, format, new() { ["service_code"] = "safety" }),
            format, HttpStatusCode.Forbidden);
        Assert.Equal(403, missing.Single().Code);
        Assert.Contains("api_key", missing.Single().Description);
        var wrongSecret = key[..^4] + (key.EndsWith("aaaa", StringComparison.Ordinal) ? "bbbb" : "aaaa");
        foreach (var bad in new[] { "not-a-key", "pp311_zzzzzzzz_" + new string('a', 32), wrongSecret, key })
            Assert.Equal(403,
                (await ErrorsAsync(await PostAsync(client, format, Valid(bad)), format, HttpStatusCode.Forbidden)).Single().Code);
        Assert.Equal(before, await TipCountAsync());
    }

    [Fact]
    public async Task ValidKey_FilesTheTip_ReturnsItsNumberAndQueryCode_AndTheCitizenCanTrackIt()
    {
        var (clientId, key) = await IssueKeyAsync(factory);
        var client = factory.CreateClient();
        var response = await PostAsync(client, "xml", Valid(key, v =>
        {
            v["media_url"] = "https://img.example.com/a.jpg";
            v["account_id"] = "user-42";
        }));
        var request = (await XmlAsync(response, HttpStatusCode.Created)).Root!.Element("request")!;
        Assert.Equal("service_requests", request.Parent!.Name.LocalName);
        var id = Field(request, "service_request_id")!;
        Assert.Matches("^JB[0-9]{16}$", id);
        Assert.Null(request.Element("token")); // realtime: the id, not a token, in the body
        Assert.Equal("user-42", Field(request, "account_id"));
        var notice = Field(request, "service_notice")!;
        Assert.Contains(id, notice);
        Assert.Contains("福田区应急管理局", notice);
        var code = QueryCodePattern().Match(notice).Groups[1].Value;
        Assert.Equal(10, code.Length);
        Assert.Equal($"/open311/v2/requests/{id}.xml", response.Headers.Location?.OriginalString);

        var tip = await factory.WithDbAsync(db => db.Tips.AsNoTracking().SingleAsync(t => t.TrackingNumber == id));
        Assert.Equal(clientId, tip.ApiClientId);
        Assert.Equal("https://img.example.com/a.jpg", tip.MediaUrl);
        Assert.Equal(TipCategory.Safety, tip.Category);
        Assert.Equal("福田接口测试冶炼有限公司", tip.EnterpriseName);
        Assert.Equal("工业园区东路 8 号", tip.Address);
        Assert.True(tip.IsAnonymous);
        Assert.Null(tip.IdentityCipher);
        Assert.DoesNotContain("中频炉", tip.DescriptionCipher); // encrypted like a web tip-off
        Assert.NotNull(await factory.WithDbAsync(db => db.ApiClients.Where(c => c.Id == clientId).Select(c => c.LastUsedAt).SingleAsync()));

        // The query code in the notice opens the citizen's follow-up page, as the web receipt's does.
        var track = await TipForms.LookUpAsync(factory.CreateClient(), new TipForms.Receipt(id, code));
        Assert.Contains(id, track.QuerySelector("#h-summary")!.TextContent);

        // The token in the header resolves to the same id, in both formats.
        var token = response.Headers.GetValues("Open311-Token").Single();
        var byToken = (await XmlAsync(await client.GetAsync($"{Base}/tokens/{token}.xml"))).Root!.Element("request")!;
        Assert.Equal(id, Field(byToken, "service_request_id"));
        Assert.Equal(token, Field(byToken, "token"));
        var json = (await JsonAsync(await client.GetAsync($"{Base}/tokens/{token}.json"))).EnumerateArray().Single();
        Assert.Equal(id, json.GetProperty("service_request_id").GetString());
        Assert.Equal(token, json.GetProperty("token").GetString());
    }

    [Fact]
    public async Task Json_ReturnsAnArrayWithTheSameFields_AndNamedContactIsEncrypted()
    {
        var (_, key) = await IssueKeyAsync(factory);
        var response = await PostAsync(factory.CreateClient(), "json", Valid(key, v =>
        {
            v["last_name"] = "李"; v["first_name"] = "小明"; v["phone"] = "13800138000"; v["email"] = "li@example.com";
        }));
        var request = (await JsonAsync(response, HttpStatusCode.Created)).EnumerateArray().Single();
        var id = request.GetProperty("service_request_id").GetString()!;
        Assert.Contains("查询码", request.GetProperty("service_notice").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, request.GetProperty("account_id").ValueKind);

        using var scope = factory.Services.CreateScope();
        var tip = await scope.ServiceProvider.GetRequiredService<PublicPortal.Web.Data.PortalDbContext>().Tips.AsNoTracking()
            .SingleAsync(t => t.TrackingNumber == id);
        Assert.False(tip.IsAnonymous);
        Assert.DoesNotContain("13800138000", tip.IdentityCipher);
        Assert.False(tip.WantsEmailNotices); // the partner, not the portal, keeps in touch with the citizen
        var identity = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>().UnprotectIdentity(tip.IdentityCipher!);
        Assert.Equal(new TipsterIdentity("李小明", "13800138000", "li@example.com"), identity);
    }

    public static readonly TheoryData<string, string, string> Invalid = new()
    {
        { "service_code", "", "service_code" },
        { "attribute[place]", "", "attribute[place]" },
        { "attribute[place]", "440000", "440000" },
        { "attribute[enterprise_name]", "", "enterprise_name" },
        { "description", "太短", "description" },
        { "attribute[credit_code]", "ABC123", "credit_code" },
        { "attribute[observed_on]", "2099-01-01", "observed_on" },
        { "media_url", "file:///etc/passwd", "media_url" },
        { "email", "not-an-email", "email" },
        { "phone", "13800138000", "last_name" }, // named (a phone) but no name
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task AnInvalidForm_Is400_NamingTheField_AndFilesNothing(string field, string value, string mentioned)
    {
        var (clientId, key) = await IssueKeyAsync(factory);
        foreach (var format in new[] { "xml", "json" })
        {
            var response = await PostAsync(factory.CreateClient(), format, Valid(key, v =>
            {
                if (value.Length == 0) v.Remove(field); else v[field] = value;
            }));
            var errors = await ErrorsAsync(response, format, HttpStatusCode.BadRequest);
            Assert.All(errors, e => Assert.Equal(400, e.Code));
            Assert.Contains(errors, e => e.Description.Contains(mentioned));
        }
        Assert.Equal(0, await factory.WithDbAsync(db => db.Tips.CountAsync(t => t.ApiClientId == clientId)));
    }

    [Theory]
    [InlineData("service_code", "potholes")]
    [InlineData("jurisdiction_id", "sfgov.org")]
    public async Task AnUnknownServiceCodeOrJurisdiction_Is404_AsTheSpecSays_AndFilesNothing(string field, string value)
    {
        var (clientId, key) = await IssueKeyAsync(factory);
        foreach (var format in new[] { "xml", "json" })
        {
            var response = await PostAsync(factory.CreateClient(), format, Valid(key, v => v[field] = value));
            var error = (await ErrorsAsync(response, format, HttpStatusCode.NotFound)).Single();
            Assert.Equal(404, error.Code);
            Assert.Contains(value, error.Description);
        }
        Assert.Equal(0, await factory.WithDbAsync(db => db.Tips.CountAsync(t => t.ApiClientId == clientId)));
    }

    [Fact]
    public async Task ANonFormBody_Is400()
    {
        var (_, key) = await IssueKeyAsync(factory);
        var response = await factory.CreateClient().PostAsync($"{Base}/requests.json?api_key={key}",
            new StringContent("{\"service_code\":\"safety\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(400, (await ErrorsAsync(response, "json", HttpStatusCode.BadRequest)).Single().Code);
    }

    [Fact]
    public async Task AnOversizedForm_IsAnErrorsList_NotA500()
    {
        var (clientId, key) = await IssueKeyAsync(factory);
        var response = await PostAsync(factory.CreateClient(), "xml", Valid(key, v => v["description"] = new string('钢', 100_000)));
        var error = (await ErrorsAsync(response, "xml", HttpStatusCode.BadRequest)).Single();
        Assert.Equal(400, error.Code);
        Assert.Contains("过大", error.Description); // refused unread, before the form is parsed
        Assert.Equal(0, await factory.WithDbAsync(db => db.Tips.CountAsync(t => t.ApiClientId == clientId)));
    }

    [Theory]
    [InlineData("safety", "Safety", "440304")]
    [InlineData("energy", "Energy", "440800")]
    [InlineData("ditiaogang", "DiTiaoGang", "440305")]
    public async Task APostedTip_IsRoutedExactlyAsTheSameWebTip(string code, string category, string place)
    {
        var (_, key) = await IssueKeyAsync(factory);
        var posted = Field((await XmlAsync(await PostAsync(factory.CreateClient(), "xml", Valid(key, v =>
        {
            v["service_code"] = code; v["attribute[place]"] = place;
        })), HttpStatusCode.Created)).Root!.Element("request")!, "service_request_id")!;
        var web = TipForms.ReadReceipt(await TipForms.SubmitValidAsync(factory.CreateClient(), v =>
        {
            v["Input.Category"] = category; v["Input.Place"] = place;
        })).TrackingNumber;

        async Task<string[]> RoutesAsync(string number) => await factory.WithDbAsync(db => db.TipAssignments
            .Where(a => db.Tips.Any(t => t.Id == a.TipId && t.TrackingNumber == number))
            .Select(a => a.Department.Code + ":" + a.Role).ToArrayAsync());
        var postedRoutes = await RoutesAsync(posted);
        Assert.NotEmpty(postedRoutes);
        Assert.Equal((await RoutesAsync(web)).Order(), postedRoutes.Order());
    }

    [Fact]
    public async Task APostedTip_AppearsInTheQueueOfTheDepartmentItWasRoutedTo_AndNoOtherDepartments()
    {
        await Crew.EnsureAsync(factory);
        var (_, key) = await IssueKeyAsync(factory);
        var created = await XmlAsync(await PostAsync(factory.CreateClient(), "xml", Valid(key)), HttpStatusCode.Created);
        var number = Field(created.Root!.Element("request")!, "service_request_id")!;
        var tipId = await factory.WithDbAsync(db => db.Tips.Where(t => t.TrackingNumber == number)
            .Select(t => t.Id).SingleAsync());

        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var futian = await officer.GetPageAsync("/staff");
        var row = futian.QuerySelector($"#queue tr[data-tip='{tipId}']");
        Assert.NotNull(row);
        Assert.Contains(number, row!.TextContent);
        // The detail page names the channel: the partner system.
        var detail = await StaffPages.DetailAsync(officer, tipId);
        Assert.Equal("合作系统：某市12345热线平台（Open311 接口）", detail.QuerySelector("#tip-channel")!.TextContent.Trim());
        var nanshan = await (await StaffLogin.SignInAsync(factory, Crew.NanshanOfficer)).GetPageAsync("/staff");
        Assert.Null(nanshan.QuerySelector($"#queue tr[data-tip='{tipId}']"));
    }

    private Task<int> TipCountAsync() => factory.WithDbAsync(db => db.Tips.CountAsync());

    [GeneratedRegex("查询码 ([A-Z0-9]{10})")]
    private static partial Regex QueryCodePattern();
}

public class Open311RateLimitFactory : PortalFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Open311:PostsPerMinute"] = "2" };
}

public class Open311RateLimitTests(Open311RateLimitFactory factory) : IClassFixture<Open311RateLimitFactory>
{
    [Fact]
    public async Task PostsBeyondTheLimit_Are429_WithAnErrorsList()
    {
        var (_, key) = await IssueKeyAsync(factory);
        var client = factory.CreateClient();
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.Created, (await PostAsync(client, "json", Valid(key))).StatusCode);
        var refused = await PostAsync(client, "json", Valid(key));
        Assert.Equal("60", refused.Headers.RetryAfter?.ToString());
        Assert.Equal(429, (await ErrorsAsync(refused, "json", HttpStatusCode.TooManyRequests)).Single().Code);
        // Reading stays open.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Base}/services.xml")).StatusCode);
    }
}
