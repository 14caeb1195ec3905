using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Tips;
using static PublicPortal.IntegrationTests.Infrastructure.StaffPages;

namespace PublicPortal.IntegrationTests.Security;

/// <summary>
/// ASVS 5.0 V16.2.5 / V14.2.4 (no sensitive personal data in logs): a named tip-off carrying canary values — name,
/// phone, email, description, a follow-up message, a rating comment — goes through the whole workflow on the real pages
/// (filing, the officer's page, revealing the identity where the page offers it, a question and an answer, closing, the
/// citizen's mail, the rating), and not one log line at any level holds a canary. What the log may name is the tracking
/// number, which the test finds there: the capture works. (Filing alone, with the client address, is also checked in
/// Features/Tips/Intake/EncryptionAtRestTests.)
/// </summary>
public class NoPersonalDataInLogsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheWholeWorkflowOfANamedTipOff_LogsNoneOfTheTipstersData()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var name = "金丝雀" + tag;
        var phone = "139" + (Math.Abs(tag.GetHashCode(StringComparison.Ordinal)) % 100_000_000)
            .ToString("D8", CultureInfo.InvariantCulture);
        var email = $"canary.{tag}@example.test";
        var description = $"夜间偷偷开炉生产，线索{tag}甲";
        var message = $"补充：货车车牌{tag}乙";
        var comment = $"处理及时{tag}丙";
        string[] canaries = [name, phone, email, tag];

        await Crew.EnsureAsync(factory);
        var citizen = factory.CreateClient();
        var receipt = TipForms.ReadReceipt(await TipForms.SubmitValidAsync(citizen, v =>
        {
            v["Input.EnterpriseName"] = "福田日志测试有限公司" + tag[..4];
            v["Input.Description"] = description;
            v["Input.Identity"] = "named";
            v["Input.Name"] = name;
            v["Input.Phone"] = phone;
            v["Input.Email"] = email;
            v["Input.WantsEmailNotices"] = "true";
        }, TestFiles.Photo($"{tag}.png")));
        var tipId = await factory.WithDbAsync(db => db.Tips.Where(t => t.TrackingNumber == receipt.TrackingNumber)
            .Select(t => t.Id).SingleAsync());

        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var detail = await DetailAsync(officer, tipId);
        Assert.Contains(description, detail.QuerySelector("#tip-description")!.TextContent); // staff do read it
        if (detail.QuerySelector("form#reveal") is not null) // the one-step reveal of today; four eyes may replace it
            await ActAsync(officer, tipId, "reveal", new() { ["reason"] = "核实举报人所述夜间生产时段，需电话联系。" });
        await ActAsync(officer, tipId, "sign");
        await ActAsync(officer, tipId, "ask", new() { ["body"] = "请问夜间生产大约从几点开始？" });

        await TipForms.LookUpAsync(citizen, receipt);
        var track = await citizen.GetPageAsync("/tips/track");
        await citizen.SendWithFilesAsync((IHtmlFormElement)track.QuerySelector("form#message")!,
            new Dictionary<string, string> { ["Message.Body"] = message });

        await ActAsync(officer, tipId, "propose",
            new() { ["finding"] = "Substantiated", ["reply"] = "经现场核查，情况属实，已责令停产。" });
        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        Assert.Equal("已办结", (await ActAsync(lead, tipId, "approve")).QuerySelector("#tip-status")!.TextContent.Trim());

        track = await citizen.GetPageAsync("/tips/track");
        await citizen.SendAsync((IHtmlFormElement)track.QuerySelector("form#rate")!,
            new Dictionary<string, string> { ["Rating.Value"] = "Satisfied", ["Rating.Comment"] = comment });
        Assert.Equal(Satisfaction.Satisfied, await factory.WithDbAsync(db => db.Tips.Where(t => t.Id == tipId)
            .Select(t => t.Rating).SingleAsync()));
        await WaitForMailToAsync(email); // the outbox has mailed the citizen (and logged its work)

        var entries = factory.Logs.Entries.ToList();
        Assert.Contains(entries, e => e.Contains(receipt.TrackingNumber, StringComparison.Ordinal));
        foreach (var canary in canaries)
        {
            var leaked = entries.Where(e => e.Contains(canary, StringComparison.Ordinal)).ToList();
            Assert.True(leaked.Count == 0, $"the log holds “{canary}”:\n" + string.Join("\n", leaked.Take(5)));
        }
    }

    /// <summary>Waits (at most 30 s) until a mail to <paramref name="address"/> sits in the pickup folder.</summary>
    private async Task WaitForMailToAsync(string address)
    {
        var folder = Path.Combine(factory.ScratchFolder, "mail");
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.eml", SearchOption.AllDirectories)
                    .Any(f => File.ReadAllText(f).Contains(address, StringComparison.OrdinalIgnoreCase)))
                return;
            await Task.Delay(100);
        }
        Assert.Fail($"no mail to {address} within 30 s");
    }
}
