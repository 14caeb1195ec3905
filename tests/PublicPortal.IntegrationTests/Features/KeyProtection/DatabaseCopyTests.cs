using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.IntegrationTests.Pages.Staff.Tips;
using PublicPortal.Web.Infrastructure;
using static PublicPortal.IntegrationTests.Infrastructure.Crew;

namespace PublicPortal.IntegrationTests.Features.KeyProtection;

/// <summary>
/// Issue 13's attacker: a copy of the database alone, started in a fresh checkout (its own key file), with the staff
/// passwords that are in that database. No page, handler, download or export shows the tipster or the description; the
/// pages that need them say in Chinese that the key is missing (503), never a 500.
/// </summary>
public sealed partial class DatabaseCopyTests : IDisposable
{
    private readonly string _canary = "canary" + Guid.NewGuid().ToString("N")[..16];
    private readonly KeyFileFactory _original = new();
    private KeyFileFactory? _copy;

    public void Dispose()
    {
        _copy?.Dispose();
        _original.Dispose();
    }

    [Fact]
    public async Task CopyOfTheDatabaseAlone_ShowsNoTipsterAndNoDescription_AndSaysTheKeyIsMissing()
    {
        await EnsureAsync(_original);
        var enterprise = await _original.WithDbAsync(db => TestData.EnterpriseAsync(db, TipSeed.Enterprise("福田密钥测试")));
        var citizen = _original.CreateClient();
        var receipt = TipForms.ReadReceipt(await TipForms.SubmitValidAsync(citizen, v =>
        {
            v["Input.Description"] = $"厂区夜间偷偷生产，线索 {_canary} 请核查。";
            v["Input.CreditCode"] = enterprise.CreditCode;
            v["Input.EnterpriseName"] = enterprise.Name;
            v["Input.Identity"] = "named";
            v["Input.Name"] = "李" + _canary;
            v["Input.Phone"] = "13800138000";
            v["Input.Email"] = _canary + "@example.com";
        }, new Upload(_canary + ".pdf", TestFiles.Pdf(_canary), "application/pdf")));
        var tipId = await _original.WithDbAsync(db =>
            db.Tips.Where(t => t.TrackingNumber == receipt.TrackingNumber).Select(t => t.Id).SingleAsync());

        // The original instance reads it all: the test looks for something that is there.
        var officer = await StaffLogin.SignInAsync(_original, Officer);
        var page = await StaffPages.DetailAsync(officer, tipId);
        Assert.Contains(_canary, page.QuerySelector("main")!.TextContent);
        var evidence = page.QuerySelector("#evidence a")!.GetAttribute("href")!;
        Assert.Contains(_canary, await (await officer.GetAsync(evidence)).Content.ReadAsStringAsync());
        // Four eyes: the officer asks, the city's 信息保管人 approves, then the officer views the identity.
        await IdentityRevealTests.CustodiansAsync(_original);
        await StaffPages.ActAsync(officer, tipId, "reveal", new() { ["reason"] = "需电话核实夜间生产的具体时段和地点" });
        var custodian = await StaffLogin.SignInAsync(_original, IdentityRevealTests.SzCustodian);
        var request = (await custodian.GetPageAsync("/staff/tips/reveal-requests"))
            .QuerySelectorAll("#pending-requests article[data-request]").Single(a => a.TextContent.Contains(receipt.TrackingNumber));
        await custodian.SendAsync((IHtmlFormElement)request.QuerySelector("form.approve")!);
        page = await StaffPages.ActAsync(officer, tipId, "view-identity");
        Assert.Contains(_canary, page.QuerySelector("#identity")!.TextContent);

        // The stored key ring holds no key in plain text: each <masterKey> is inside an <encryptedSecret> of the KEK.
        var ring = await _original.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.NotEmpty(ring);
        Assert.All(ring, xml =>
        {
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
            Assert.Contains("<encryptedSecret decryptorType=\"PublicPortal.Web.Infrastructure.KeyProtectionXmlDecryptor,", xml,
                StringComparison.Ordinal);
            Assert.Contains("urn:publicportal:kek", xml, StringComparison.Ordinal);
        });
        Assert.True(File.Exists(_original.KeyFile), "the default key file was not created");
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_original.KeyFile));

        // The copy: same configuration, a fresh content root (its own key folder), the database and nothing else.
        _copy = new KeyFileFactory(_original.CopyOf());
        _original.CopyDatabaseTo(_copy);
        Assert.Contains(receipt.TrackingNumber, await _copy.WithDbAsync(db => db.Tips.Select(t => t.TrackingNumber).ToListAsync()));
        Assert.NotEqual(File.ReadAllText(_original.KeyFile), File.ReadAllText(_copy.KeyFile));
        Assert.True(_copy.Logs.Entries.Any(e => e.Contains("无法解密：加密它们的密钥加密密钥不在当前配置中", StringComparison.Ordinal)),
            "no start-up warning; key log: "
            + string.Join("\n", _copy.Logs.Entries.Where(e => e.Contains("Key", StringComparison.Ordinal))));

        var seen = new List<string>();
        foreach (var staff in new[] { Officer, SzOffice })
        {
            var client = await StaffLogin.SignInAsync(_copy, staff);
            await ExpectAsync(client, "/staff", HttpStatusCode.OK, seen);
            await ExpectAsync(client, "/staff/stats", HttpStatusCode.OK, seen);
            await ExpectAsync(client, $"/staff/tips/{tipId}", HttpStatusCode.ServiceUnavailable, seen);
            // The office supervises but does not download evidence (404 in any instance); the officer meets the key.
            await ExpectAsync(client, evidence, staff == Officer ? HttpStatusCode.ServiceUnavailable : null, seen);
        }
        var copyOfficer = await StaffLogin.SignInAsync(_copy, Officer);
        var token = (await copyOfficer.GetPageAsync("/staff")).QuerySelector("input[name=__RequestVerificationToken]")!
            .GetAttribute("value")!;
        var reveal = await copyOfficer.PostAsync($"/staff/tips/{tipId}?handler=ViewIdentity", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        await ExpectAsync(reveal, HttpStatusCode.ServiceUnavailable, seen);

        // The public side: the open data and the citizen's own tracking page.
        var visitor = _copy.CreateClient();
        await ExpectAsync(visitor, "/data/phase-out.csv", HttpStatusCode.OK, seen);
        await ExpectAsync(visitor, $"/enterprises/{enterprise.CreditCode}", HttpStatusCode.OK, seen);
        var track = (IHtmlFormElement)(await visitor.GetPageAsync("/tips/track")).QuerySelector("main form")!;
        await ExpectAsync(await visitor.SendAsync(track, new Dictionary<string, string>
        {
            [track.QuerySelector("input[name$=TrackingNumber]")!.GetAttribute("name")!] = receipt.TrackingNumber,
            [track.QuerySelector("input[name$=QueryCode]")!.GetAttribute("name")!] = receipt.QueryCode,
        }), null, seen);

        Assert.DoesNotContain(_copy.Logs.Entries, e => e.Contains(_canary, StringComparison.Ordinal));
        Assert.DoesNotContain(_copy.Logs.Entries, e => e.Contains("13800138000", StringComparison.Ordinal));
    }

    private Task ExpectAsync(HttpClient client, string url, HttpStatusCode? status, List<string> seen) =>
        client.GetAsync(url).ContinueWith(r => ExpectAsync(r.Result, status, seen)).Unwrap();

    /// <summary>Neither the canary nor the phone number, never a 500; a 503 is the Chinese "key missing" page.</summary>
    private async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode? status, List<string> seen)
    {
        var body = await response.Content.ReadAsStringAsync();
        var url = response.RequestMessage!.RequestUri!.PathAndQuery;
        seen.Add($"{url} → {(int)response.StatusCode}");
        Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"{url} answered 500");
        if (status is { } expected)
            Assert.True(expected == response.StatusCode, $"{url}: {response.StatusCode}; seen: {string.Join(", ", seen)}");
        Assert.DoesNotContain(_canary, body, StringComparison.Ordinal);
        Assert.DoesNotContain("13800138000", body, StringComparison.Ordinal);
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            var document = await HtmlHelpers.GetDocumentAsync(response);
            Assert.Equal("无法解密", document.QuerySelector("main h1")!.TextContent.Trim());
            Assert.Contains(KeyMissingPage.Message, Whitespace().Replace(document.QuerySelector("main")!.TextContent, ""),
                StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
