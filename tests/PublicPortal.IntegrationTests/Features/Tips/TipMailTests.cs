using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Mail;
using PublicPortal.Web.Features.Tips.Intake;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Features.Tips;

/// <summary>The portal mailing through the test run's real SMTP server (or, to begin with, through <paramref name="port"/>).</summary>
public class SmtpFactory(TestSmtp smtp, int? port = null) : PortalFactory
{
    public SwitchableOptions<MailOptions> Mail { get; } =
        new(new MailOptions { Host = smtp.Host, Port = port ?? smtp.Port, PollSeconds = 0.2 });

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IOptionsMonitor<MailOptions>>(Mail);
}

/// <summary>Notices go out through SMTP from the outbox: the citizen's carries the tracking number and no content, the
/// department's no tipster details; an SMTP outage delays mail without losing it.</summary>
public class TipMailTests
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..10];
    private string Canary => "canary" + _id;

    [Fact]
    public async Task Post_Submit_MailsTheCitizenAndTheDepartment_WithoutContentOrTipsterDetails()
    {
        var smtp = TestSmtp.Require();
        using var factory = new SmtpFactory(smtp);
        var citizen = $"citizen-{_id}@example.com";
        var department = $"futian-yjglj-{_id}@example.gov.cn";
        await factory.WithDbAsync(db => db.Departments.Where(d => d.Name == "深圳市福田区应急管理局")
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Email, department)));

        var receipt = TipForms.ReadReceipt(await TipForms.SubmitValidAsync(factory.CreateClient(), v => NamedWithNotices(v, citizen)));

        var notice = await smtp.WaitForMailToAsync(citizen);
        Assert.Equal($"您的举报（{receipt.TrackingNumber}）状态更新：已派单", notice.Subject);
        Assert.Contains(receipt.TrackingNumber, notice.Body);
        Assert.Contains("本邮件不包含举报内容", notice.Body);
        AssertHoldsNothingOfTheTip(notice);

        var item = await smtp.WaitForMailToAsync(department);
        Assert.Contains("新的举报件", item.Subject);
        Assert.Contains(receipt.TrackingNumber, item.Subject);
        Assert.Contains("深圳市福田区应急管理局", item.Body);
        Assert.Contains("主办", item.Body);
        AssertHoldsNothingOfTheTip(item);
        Assert.DoesNotContain(citizen, item.Body);

        // The department writes to the citizen: the citizen is told there is a message, not what it says.
        var tip = await factory.WithDbAsync(db => db.Tips.Include(t => t.Assignments)
            .SingleAsync(t => t.TrackingNumber == receipt.TrackingNumber));
        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<TipFollowUp>()
                .AddDepartmentMessageAsync(tip.Id, tip.Assignments[0].DepartmentId, "请补充照片。", default);
        var message = await smtp.WaitForMailToAsync(citizen, "有新的留言");
        Assert.DoesNotContain("请补充照片", message.Body);
        AssertHoldsNothingOfTheTip(message);
    }

    [Fact]
    public async Task OutboxWorker_KeepsMailDuringAnOutage_AndDeliversItAfterRecovery()
    {
        var smtp = TestSmtp.Require();
        using var factory = new SmtpFactory(smtp, port: FakeSiteVerify.FreePort()); // nothing listens there
        var citizen = $"citizen-{_id}@example.com";

        var receipt = TipForms.ReadReceipt(await TipForms.SubmitValidAsync(factory.CreateClient(), v => NamedWithNotices(v, citizen)));

        var failed = await WaitForAsync(factory, m => m.LastError != null, "a failed attempt");
        Assert.Null(failed.SentAt);
        Assert.False(string.IsNullOrEmpty(failed.LastError));
        Assert.DoesNotContain(citizen, failed.LastError);
        Assert.Contains(receipt.TrackingNumber, failed.Subject);
        Assert.True(failed.NextAttemptAt > factory.Clock.UtcNow(), "the next attempt waits (backoff)");

        // The server is back: point the portal at it, and let the minute of backoff pass on the portal's clock.
        factory.Mail.CurrentValue = new MailOptions { Host = smtp.Host, Port = smtp.Port, PollSeconds = 0.2 };
        factory.Clock.Advance(TimeSpan.FromMinutes(2));

        var sent = await WaitForAsync(factory, m => m.SentAt != null, "delivery");
        Assert.Equal(failed.Id, sent.Id);
        Assert.Null(sent.LastError);
        Assert.True(sent.Attempts >= 2);
        Assert.Single(await factory.WithDbAsync(db => db.OutboxMessages.ToListAsync())); // nothing lost, nothing doubled
        Assert.Contains(receipt.TrackingNumber, (await smtp.WaitForMailToAsync(citizen)).Subject);
    }

    private void NamedWithNotices(Dictionary<string, string> form, string email)
    {
        form["Input.Description"] = $"夜间生产，线索 {Canary}，请核查。";
        form["Input.Identity"] = "named";
        form["Input.Name"] = "王" + Canary;
        form["Input.Phone"] = "13800138000";
        form["Input.Email"] = email;
        form["Input.WantsEmailNotices"] = "true";
    }

    private void AssertHoldsNothingOfTheTip(Eml mail)
    {
        foreach (var secret in new[] { Canary, "夜间生产", "13800138000" })
        {
            Assert.DoesNotContain(secret, mail.Subject);
            Assert.DoesNotContain(secret, mail.Body);
        }
    }

    /// <summary>Polls the outbox (at most 15 s) until its single message meets <paramref name="condition"/>.</summary>
    private static async Task<OutboxMessage> WaitForAsync(SmtpFactory factory, Func<OutboxMessage, bool> condition, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        List<OutboxMessage> messages;
        do
        {
            messages = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
            if (messages.Count == 1 && condition(messages[0])) return messages[0];
            await Task.Delay(100);
        } while (waited.Elapsed < TimeSpan.FromSeconds(15));
        Assert.Fail($"the outbox message did not reach {what} within 15 s: " +
            string.Join("; ", messages.Select(m => $"attempts {m.Attempts}, sent {m.SentAt}, error {m.LastError}")));
        return null!;
    }
}
