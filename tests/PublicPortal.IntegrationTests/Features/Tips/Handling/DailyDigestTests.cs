using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Mail;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;
using PublicPortal.Web.Infrastructure;
using static PublicPortal.IntegrationTests.Builders.TipData;

namespace PublicPortal.IntegrationTests.Features.Tips.Handling;

/// <summary>The portal at a fixed China time, mailing through the test run's SMTP server (or into its pickup folder without one),
/// with the reminder worker switched off until a test turns it on.</summary>
public class ReminderFactory(DateTimeOffset now, TestSmtp? smtp = null, string? sameDatabaseAs = null) : PortalFactory
{
    protected override DateTimeOffset ClockStart => now;

    /// <summary>A second portal on another factory's database: a restarted worker, or another instance racing it.</summary>
    protected override IReadOnlyDictionary<string, string?> Settings =>
        sameDatabaseAs is null
            ? new Dictionary<string, string?>()
            : new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = sameDatabaseAs };

    public SwitchableOptions<ReminderOptions> Reminders { get; } = new(new ReminderOptions { Enabled = false, PollMinutes = 0.005 });

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<IOptionsMonitor<ReminderOptions>>(Reminders);
        if (smtp is not null)
            services.AddSingleton<IOptionsMonitor<MailOptions>>(new SwitchableOptions<MailOptions>(
                new MailOptions { Host = smtp.Host, Port = smtp.Port, PollSeconds = 0.2 }));
    }
}

/// <summary>The daily 催办 digest: due-soon, overdue and supervised items per department mailbox, once a day, no content.</summary>
public class DailyDigestTests
{
    // Monday 17 March 2031, 09:00 China time; Tuesday the 18th is a (fixture) holiday, so "within 2 working days"
    // reaches Thursday the 20th.
    private static readonly DateTimeOffset Monday9 = new(2031, 3, 17, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly string _id = Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Worker_MailsEachDepartmentItsDueItemsOnceADay_ThroughSmtp_WithoutTipContent()
    {
        var smtp = TestSmtp.Require();
        using var factory = new ReminderFactory(Monday9, smtp);
        var emergencyMail = $"yjglj-{_id}@example.gov.cn";
        var ecologyMail = $"sthjj-{_id}@example.gov.cn";
        var secret = $"举报描述{_id}";
        var tipster = $"举报人{_id}";
        var numbers = new Dictionary<string, string>();

        await factory.WithDbAsync(async db =>
        {
            var protector = factory.Services.GetRequiredService<PersonalDataProtector>();
            await UseCalendarAsync(db, factory.Services.GetRequiredService<IMemoryCache>(),
                new CalendarDay { Date = new(2031, 3, 18), Kind = CalendarDayKind.Holiday, Name = "测试假日" });
            await db.Departments.Where(d => d.Code == "440300-yjglj").ExecuteUpdateAsync(s => s.SetProperty(d => d.Email, emergencyMail));
            await db.Departments.Where(d => d.Code == "440300-sthjj").ExecuteUpdateAsync(s => s.SetProperty(d => d.Email, ecologyMail));
            var emergency = await DepartmentAsync(db, "440300-yjglj");
            var ecology = await DepartmentAsync(db, "440300-sthjj");
            var signed = China(2031, 3, 3, 11);
            async Task Tip(string key, Action<Tip>? configure, TipAssignment assignment)
            {
                numbers[key] = $"JB2031031{numbers.Count:D2}{_id[..7]}";
                await TipAsync(db, numbers[key], $"{key}号测试钢铁有限公司", protector.Protect(secret), tip =>
                {
                    tip.IsAnonymous = false;
                    tip.IdentityCipher = protector.ProtectIdentity(
                        new TipsterIdentity(tipster, "13800000000", $"tipster-{_id}@example.com"));
                    configure?.Invoke(tip);
                }, assignment);
            }

            // Due soon only by the working-day count: the 20th is 2 working days away because the 18th is a holiday.
            await Tip("dueSoon", null, Assignment(emergency, China(2031, 3, 3), new(2031, 3, 4), new(2031, 3, 20), signed));
            // Not signed by its sign deadline (14 March).
            await Tip("unsigned", null, Assignment(emergency, China(2031, 3, 13), new(2031, 3, 14), new(2031, 4, 10)));
            // Past its close deadline.
            await Tip("overdue", null, Assignment(emergency, China(2031, 2, 20), new(2031, 2, 21), new(2031, 3, 14), signed));
            // Supervised (督办), though not due for weeks.
            await Tip("supervised", t => t.IsSupervised = true,
                Assignment(emergency, China(2031, 3, 3), new(2031, 3, 4), new(2031, 4, 30), signed));
            // Not listed: due the 21st (3 working days away), closed, or returned.
            await Tip("later", null, Assignment(emergency, China(2031, 3, 3), new(2031, 3, 4), new(2031, 3, 21), signed));
            await Tip("closed", Closed(China(2031, 3, 14)),
                Assignment(emergency, China(2031, 2, 20), new(2031, 2, 21), new(2031, 3, 10), signed));
            await Tip("returned", t => { t.Assignments[0].State = AssignmentState.Returned; t.Assignments[0].IsActive = false; },
                Assignment(emergency, China(2031, 2, 20), new(2031, 2, 21), new(2031, 3, 10)));
            // The other department has nothing due: no mail for it.
            await Tip("ecology", null, Assignment(ecology, China(2031, 3, 3), new(2031, 3, 4), new(2031, 4, 30), signed));
        });

        factory.Reminders.CurrentValue = new ReminderOptions { Enabled = true, PollMinutes = 0.005 };
        var mail = await smtp.WaitForMailToAsync(emergencyMail, "催办提醒");

        Assert.Equal("【催办提醒】深圳市应急管理局：4 件举报待办即将到期、已超期或被督办（2031-03-17）", mail.Subject);
        foreach (var key in new[] { "dueSoon", "unsigned", "overdue", "supervised" }) Assert.Contains(numbers[key], mail.Body);
        foreach (var key in new[] { "later", "closed", "returned", "ecology" }) Assert.DoesNotContain(numbers[key], mail.Body);
        Assert.Contains("督办件（1 件）", mail.Body);
        Assert.Contains("已超期（2 件）", mail.Body);
        Assert.Contains("即将到期（1 件）", mail.Body);
        Assert.Contains($"{numbers["dueSoon"]}｜安全生产条件不达标｜主办｜已签收｜办结时限 2031-03-20", mail.Body);
        Assert.Contains($"{numbers["unsigned"]}｜安全生产条件不达标｜主办｜签收时限 2031-03-14（已超期，未签收）", mail.Body);
        Assert.DoesNotContain(secret, mail.Body);
        Assert.DoesNotContain(tipster, mail.Body);
        Assert.DoesNotContain("13800000000", mail.Body);
        Assert.DoesNotContain($"tipster-{_id}", mail.Body);
        Assert.DoesNotContain("钢铁有限公司", mail.Body);

        // Let the worker poll many more times: still one digest, one audit line for the day; a direct run refuses too.
        await Task.Delay(TimeSpan.FromSeconds(1));
        using (var scope = factory.Services.CreateScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<DailyDigest>().SendIfDueAsync(default);
            Assert.Equal(DailyDigest.Outcome.AlreadySent, run.Outcome);
        }
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Subject.StartsWith("【催办提醒】")));
            var line = await db.AuditEntries.SingleAsync(a => a.Action == DailyDigest.SentAction);
            Assert.Equal("2031-03-17", line.Subject);
        });
        await WaitUntilSentAsync(factory);
        var maildir = Path.Combine(smtp.Maildir, "new");
        foreach (var file in Directory.EnumerateFiles(maildir))
        {
            var received = Eml.Parse(await File.ReadAllTextAsync(file));
            Assert.DoesNotContain(ecologyMail, received.Recipient + received.To);
            if (received.Recipient.Contains(emergencyMail) || received.To.Contains(emergencyMail))
                Assert.Equal(mail.Subject, received.Subject); // exactly the one digest reached the department
        }
    }

    [Fact]
    public async Task Digest_GoesOncePerDepartmentAndChinaDay_ToMailboxAndOptedInStaff_EvenAcrossARestart_AndAgainNextDay()
    {
        var smtp = TestSmtp.Require();
        using var first = new ReminderFactory(Monday9, smtp);
        var mailbox = $"yjglj-{_id}@sz.example.gov.cn";
        var member = $"member-{_id}@sz.example.gov.cn";
        var number = $"JB20310317{_id[..8]}";
        await StaffLogin.CreateAsync(first, member, PublicPortal.Web.Features.Staff.StaffRoles.Officer, "440300-yjglj");
        await first.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Email == member).ExecuteUpdateAsync(s => s.SetProperty(u => u.WantsDepartmentMail, true));
            await db.Departments.Where(d => d.Code == "440300-yjglj").ExecuteUpdateAsync(s => s.SetProperty(d => d.Email, mailbox));
            var emergency = await DepartmentAsync(db, "440300-yjglj");
            await TipAsync(db, number, "测试钢铁有限公司", "x", null,
                Assignment(emergency, China(2031, 2, 20), new(2031, 2, 21), new(2031, 3, 14), China(2031, 2, 20, 11)));
        });
        async Task<DailyDigest.Run> RunAsync(PortalFactory factory)
        {
            using var scope = factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<DailyDigest>().SendIfDueAsync(default);
        }
        Task<int> DigestsAsync() => first.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Subject.StartsWith("【催办提醒】")));

        Assert.Equal(DailyDigest.Outcome.Sent, (await RunAsync(first)).Outcome);
        Assert.Equal(2, await DigestsAsync()); // the mailbox and the member who asked for it
        foreach (var address in new[] { mailbox, member })
            Assert.Contains(number, (await smtp.WaitForMailToAsync(address, "（2031-03-17）")).Body);

        // A restarted (or second) instance on the same database, same day: nothing more.
        using (var second = new ReminderFactory(Monday9.AddHours(3), smtp, first.ConnectionString))
        {
            Assert.Equal(DailyDigest.Outcome.AlreadySent, (await RunAsync(second)).Outcome);
            // Even one that missed the day's audit line (two instances racing past it) cannot queue the digest again:
            // the (department, day) key fails its whole transaction.
            await second.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == DailyDigest.SentAction).ExecuteDeleteAsync());
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => RunAsync(second));
            Assert.Equal(2, await DigestsAsync());

            // The next China day, once its digest hour (08:00) has come, the digest goes again, once.
            second.Clock.SetChinaDate(new DateOnly(2031, 3, 18), new TimeOnly(8, 5));
            Assert.Equal(DailyDigest.Outcome.Sent, (await RunAsync(second)).Outcome);
            Assert.Equal(DailyDigest.Outcome.AlreadySent, (await RunAsync(second)).Outcome);
            Assert.Equal(4, await DigestsAsync());
            Assert.Contains(number, (await smtp.WaitForMailToAsync(mailbox, "（2031-03-18）")).Body);
        }
        var days = await first.WithDbAsync(db => db.DigestDays.Select(d => d.Day).OrderBy(d => d).ToListAsync());
        Assert.Equal([new DateOnly(2031, 3, 17), new DateOnly(2031, 3, 18)], days);
    }

    [Fact]
    public async Task SendIfDue_WaitsForTheConfiguredChinaHour()
    {
        using var factory = new ReminderFactory(new DateTimeOffset(2031, 3, 17, 7, 30, 0, TimeSpan.FromHours(8)));
        using var scope = factory.Services.CreateScope();
        var digest = scope.ServiceProvider.GetRequiredService<DailyDigest>();

        Assert.Equal(DailyDigest.Outcome.NotYetTime, (await digest.SendIfDueAsync(default)).Outcome); // 07:30 < 08:00, the default
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEntries
            .AnyAsync(a => a.Action == DailyDigest.SentAction));

        factory.Reminders.CurrentValue = new ReminderOptions { Enabled = false, HourOfDay = 7 };
        var run = await digest.SendIfDueAsync(default);
        Assert.Equal(DailyDigest.Outcome.Sent, run.Outcome);
        Assert.Equal(new DateOnly(2031, 3, 17), run.Day);
        Assert.Equal(0, run.Mails); // nothing is due anywhere: nobody gets mail
        Assert.Equal(DailyDigest.Outcome.AlreadySent, (await digest.SendIfDueAsync(default)).Outcome);
    }

    private static async Task WaitUntilSentAsync(PortalFactory factory)
    {
        for (var i = 0; i < 100; i++)
        {
            if (!await factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.SentAt == null))) return;
            await Task.Delay(100);
        }
        Assert.Fail("the outbox did not drain");
    }
}
