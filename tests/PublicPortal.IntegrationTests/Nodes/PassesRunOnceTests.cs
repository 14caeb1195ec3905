using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Announcements;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Tips.Handling;
using PublicPortal.Web.Infrastructure;
using static PublicPortal.IntegrationTests.Builders.TipData;

namespace PublicPortal.IntegrationTests.Nodes;

/// <summary>
/// The whole-pass jobs started on two nodes of one database at the same moment do their work once: one digest per
/// department and day, one "发布" change line per scheduled entry, one erasure per expired tip-off — and neither node fails.
/// </summary>
public class PassesRunOnceTests
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..10];
    private readonly TestSmtp _smtp = TestSmtp.Require();

    [Fact]
    public async Task DailyDigest_StartedOnBothNodesAtOnce_QueuesOneDigestPerDepartment()
    {
        using var first = new WorkerNode(_smtp).Start();
        using var second = new WorkerNode(_smtp, sameDatabaseAs: first).Start();
        var mailbox = $"digest-{_id}@example.gov.cn";
        await first.WithDbAsync(async db =>
        {
            await db.Departments.Where(d => d.Code == "440300-yjglj").ExecuteUpdateAsync(s => s.SetProperty(d => d.Email, mailbox));
            var department = await DepartmentAsync(db, "440300-yjglj");
            // Overdue since May: due in any calendar.
            await TipAsync(db, $"JB20260501{_id[..6]}", "测试钢铁有限公司", "x", null,
                Assignment(department, China(2026, 5, 1), new(2026, 5, 4), new(2026, 5, 22)));
        });

        var runs = await Task.WhenAll(DigestAsync(first), DigestAsync(second));

        Assert.Equal([DailyDigest.Outcome.AlreadySent, DailyDigest.Outcome.Sent], runs.Select(r => r.Outcome).Order());
        Assert.Equal(1, await first.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Subject.StartsWith("【催办提醒】"))));
        Assert.Equal(1, await first.WithDbAsync(db => db.DigestDays.CountAsync()));
        Assert.Equal(1, await first.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == DailyDigest.SentAction)));
        Assert.Contains("【催办提醒】", (await _smtp.WaitForMailToAsync(mailbox)).Subject);
    }

    [Fact]
    public async Task ScheduledPublishing_StartedOnBothNodesAtOnce_PublishesEachEntryOnce()
    {
        using var first = new WorkerNode(_smtp).Start();
        using var second = new WorkerNode(_smtp, sameDatabaseAs: first).Start();
        var at = first.Clock.UtcNow().AddMinutes(30);
        var ids = await first.WithDbAsync(async db =>
        {
            var office = await db.Departments
                .FirstAsync(d => d.Kind == DepartmentKind.CoordinationOffice && d.Jurisdiction.Code == "440000");
            var entries = Enumerable.Range(1, 8).Select(i => new Announcement
            {
                Title = $"定时发布的公告 {i}", Summary = "摘要。", BodyMarkdown = "正文。", JurisdictionId = office.JurisdictionId,
                DepartmentId = office.Id, PublishedAt = at, UpdatedAt = at, State = PublicationState.Scheduled, ScheduledFor = at,
            }).ToList();
            db.Announcements.AddRange(entries);
            await db.SaveChangesAsync();
            return entries.Select(e => e.Id).ToList();
        });
        first.Clock.Advance(TimeSpan.FromHours(1));
        second.Clock.Advance(TimeSpan.FromHours(1));

        var counts = await Task.WhenAll(PublishAsync(first), PublishAsync(second));

        Assert.Equal(8, counts.Sum());
        var changes = await first.WithDbAsync(db => db.RegisterChanges
            .Where(c => c.Register == RegisterKind.Announcement && c.Kind == RegisterChangeKind.Published)
            .Select(c => c.EntryId).ToListAsync());
        Assert.Equal(ids.Order(), changes.Order()); // one line per entry, none twice
        var audits = await first.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == EditorialWorkflow.AuditPublish)
            .Select(a => a.Subject).ToListAsync());
        Assert.Equal(ids.Select(id => EditorialWorkflow.Subject(RegisterKind.Announcement, id)).Order(), audits.Order());
        Assert.True(await first.WithDbAsync(db => db.Announcements.IgnoreQueryFilters()
            .Where(a => ids.Contains(a.Id)).AllAsync(a => a.State == PublicationState.Published)));
    }

    [Fact]
    public async Task Retention_StartedOnBothNodesAtOnce_ErasesEachTipOnce()
    {
        using var first = new WorkerNode(_smtp).Start();
        using var second = new WorkerNode(_smtp, sameDatabaseAs: first).Start();
        var ids = await first.WithDbAsync(async db =>
        {
            var department = await DepartmentAsync(db, "440300-yjglj");
            var tips = new List<int>();
            for (var i = 0; i < 6; i++)
            {
                var tip = await TipAsync(db, $"JB20230{i}01{_id[..6]}", "测试钢铁有限公司", "x", Closed(China(2023, 6, 1)),
                    Assignment(department, China(2023, 5, 1), new(2023, 5, 4), new(2023, 5, 22)));
                tips.Add(tip.Id);
            }
            return tips;
        });

        var counts = await Task.WhenAll(EraseAsync(first), EraseAsync(second));

        Assert.Equal(6, counts.Sum());
        var erasures = await first.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.EraseExpired)
            .Select(a => a.TipId).ToListAsync());
        Assert.Equal(ids.Order(), erasures.Select(id => id!.Value).Order());
    }

    private static async Task<DailyDigest.Run> DigestAsync(WorkerNode node)
    {
        await Task.Yield();
        using var scope = node.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DailyDigest>().SendIfDueAsync(default);
    }

    private static async Task<int> PublishAsync(WorkerNode node)
    {
        await Task.Yield();
        return await node.Services.GetRequiredService<ScheduledPublisher>().PublishDueAsync();
    }

    private static async Task<int> EraseAsync(WorkerNode node)
    {
        await Task.Yield();
        return await node.Services.GetRequiredService<TipRetention>().EraseExpiredAsync();
    }
}
