using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Mail;

namespace PublicPortal.IntegrationTests.Nodes;

/// <summary>
/// Two nodes on one database, both running the outbox worker against the real SMTP server: every message is delivered
/// exactly once; a message claimed by a node that died is sent by the other once the claim lapses (on the portal's clock);
/// a message SMTP accepted just before its node died is sent again with the same Message-ID.
/// </summary>
public class MailOnceTests
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..10];
    private readonly TestSmtp _smtp = TestSmtp.Require();

    [Fact]
    public async Task SixtyQueuedMails_AreEachDeliveredExactlyOnce_WithBothNodesSending()
    {
        using var first = new WorkerNode(_smtp);
        using var second = new WorkerNode(_smtp, sameDatabaseAs: first);
        // Each node's first message waits until the other node holds one too: both are seen sending, whatever the timing.
        first.Transport.FirstSendWaitsFor = second.Transport.HasOne.Task;
        second.Transport.FirstSendWaitsFor = first.Transport.HasOne.Task;
        first.Start();
        second.Start();

        await EnqueueAsync(first, Enumerable.Range(1, 60).Select(i => $"node-{_id}-{i}@example.gov.cn").ToArray());
        await WaitAsync(() => first.WithDbAsync(db => db.OutboxMessages.AllAsync(m => m.SentAt != null)), "every message marked sent");

        var received = await ReceivedAsync($"node-{_id}-", expected: 60);
        Assert.Equal(60, received.Select(m => m.Recipient).Distinct().Count());
        Assert.All(received.GroupBy(m => m.Header("Message-ID").Trim()), g => Assert.Single(g));
        Assert.Equal(60, first.Transport.Sent + second.Transport.Sent);
        Assert.True(first.Transport.Sent > 0 && second.Transport.Sent > 0,
            $"both nodes send: {first.Transport.Sent} and {second.Transport.Sent}");
        var rows = await first.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.All(rows, m => Assert.Equal(1, m.Attempts));
        var ids = rows.ToDictionary(m => m.Id, m => OutboxMessage.MessageIdFor(m.Id, m.CreatedAt, "example.gov.cn"));
        Assert.Equal(ids.Values.Order(), received.Select(m => m.Header("Message-ID").Trim('<', '>')).Order());
    }

    [Fact]
    public async Task AMessageClaimedByANodeThatDied_IsSentByTheOtherNode_OnceTheClaimHasLapsed()
    {
        // The survivor's clock starts an hour behind, so that the dying node claims the message first.
        var start = new DateTimeOffset(2026, 6, 10, 10, 0, 0, TimeSpan.FromHours(8));
        using var survivor = new WorkerNode(_smtp, clockStart: start.AddHours(-1)).Start();
        using var dying = new WorkerNode(_smtp, sameDatabaseAs: survivor, clockStart: start);
        dying.Transport.DiesAt = NodeTransport.Death.BeforeSmtp;
        dying.Start();
        var recipient = $"dead-claim-{_id}@example.gov.cn";

        await EnqueueAsync(dying, recipient);
        await dying.Transport.Died.Task.WaitAsync(TimeSpan.FromSeconds(15));
        var claimed = await survivor.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Equal((1, null, null), (claimed.Attempts, claimed.SentAt, claimed.LastError)); // what an operator sees
        var lapses = claimed.NextAttemptAt;
        Assert.Equal(start.UtcDateTime.AddSeconds(60), lapses, TimeSpan.FromSeconds(1)); // Mail:ClaimSeconds = 60

        // The survivor reaches the time the message was queued, then a second before the claim lapses: not yet.
        survivor.Clock.SetUtcNow(new DateTimeOffset(lapses.AddSeconds(-1), TimeSpan.Zero));
        Assert.Equal(0, await survivor.Outbox.SendDueAsync(default));
        Assert.Null((await survivor.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync())).SentAt);

        // Past it: the survivor's own worker sends it.
        survivor.Clock.Advance(TimeSpan.FromSeconds(2));
        await WaitAsync(() => survivor.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.SentAt != null)), "the message sent");
        var mail = Assert.Single(await ReceivedAsync(recipient, expected: 1));
        Assert.Equal($"<{OutboxMessage.MessageIdFor(claimed.Id, claimed.CreatedAt, "example.gov.cn")}>", mail.Header("Message-ID").Trim());
        Assert.Equal((0, 1), (dying.Transport.Sent, survivor.Transport.Sent));
        Assert.Equal(2, (await survivor.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync())).Attempts);
    }

    [Fact]
    public async Task AMessageSmtpAcceptedJustBeforeItsNodeDied_IsSentAgain_WithTheSameMessageId()
    {
        var start = new DateTimeOffset(2026, 6, 10, 10, 0, 0, TimeSpan.FromHours(8));
        using var survivor = new WorkerNode(_smtp, clockStart: start.AddHours(-1)).Start();
        using var dying = new WorkerNode(_smtp, sameDatabaseAs: survivor, clockStart: start);
        dying.Transport.DiesAt = NodeTransport.Death.AfterSmtpAccepted;
        dying.Start();
        var recipient = $"accepted-{_id}@example.gov.cn";

        await EnqueueAsync(dying, recipient);
        await dying.Transport.Died.Task.WaitAsync(TimeSpan.FromSeconds(15));
        var firstCopy = Assert.Single(await ReceivedAsync(recipient, expected: 1));
        var message = await survivor.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Null(message.SentAt); // the node died before it could record the send

        survivor.Clock.SetUtcNow(new DateTimeOffset(message.NextAttemptAt.AddSeconds(1), TimeSpan.Zero));
        await WaitAsync(() => survivor.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.SentAt != null)), "the resend");
        var copies = await ReceivedAsync(recipient, expected: 2);
        Assert.Equal(2, copies.Count);
        var expected = $"<{OutboxMessage.MessageIdFor(message.Id, message.CreatedAt, "example.gov.cn")}>";
        Assert.All(copies, c => Assert.Equal(expected, c.Header("Message-ID").Trim()));
        Assert.Equal(firstCopy.Subject, copies[1].Subject);
    }

    private static async Task EnqueueAsync(WorkerNode node, params string[] recipients)
    {
        using var scope = node.Services.CreateScope();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        foreach (var (recipient, i) in recipients.Select((r, i) => (r, i)))
            outbox.Enqueue(recipient, $"测试邮件 {i + 1}", "正文。");
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
    }

    /// <summary>The Maildir's messages to recipients containing <paramref name="tag"/>, once <paramref name="expected"/> have
    /// arrived (or 20 s have passed: then whatever arrived, for the assertion to show).</summary>
    private async Task<List<Eml>> ReceivedAsync(string tag, int expected)
    {
        var folder = Path.Combine(_smtp.Maildir, "new");
        var waited = Stopwatch.StartNew();
        List<Eml> mails;
        do
        {
            mails = [];
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var mail = Eml.Parse(await File.ReadAllTextAsync(file));
                if (mail.Recipient.Contains(tag, StringComparison.Ordinal)) mails.Add(mail);
            }
            if (mails.Count >= expected) break;
            await Task.Delay(100);
        } while (waited.Elapsed < TimeSpan.FromSeconds(20));
        return mails;
    }

    private static async Task WaitAsync(Func<Task<bool>> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"not reached within 30 s: {what}");
            await Task.Delay(100);
        }
    }
}
