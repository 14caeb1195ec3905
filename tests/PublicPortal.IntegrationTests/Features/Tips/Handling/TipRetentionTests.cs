using System.Diagnostics;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Stats;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;
using PublicPortal.Web.Features.Tips.Intake;
using PublicPortal.Web.Infrastructure;
using static PublicPortal.IntegrationTests.Infrastructure.Crew;

namespace PublicPortal.IntegrationTests.Features.Tips.Handling;

/// <summary>The portal with a retention period of 30 months from configuration (not the default 24), so what the pages
/// state and what the job does are seen to follow the option.</summary>
public class RetentionFactory : PortalFactory
{
    public const int Months = 30;

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Retention:TipRetentionMonths"] = "30" };
}

/// <summary>
/// Data that expires: a closed tip-off keeps its personal data and free text for the retention period after 办结, its last
/// rating or its last 重办, and then <see cref="TipRetention"/> erases them in the database, leaving what statistics and the
/// audit log need. The tests share one factory and one clock, which only moves forward: each measures from its own closure.
/// </summary>
public class TipRetentionTests(RetentionFactory factory) : IClassFixture<RetentionFactory>
{
    private static readonly TipsterIdentity Tipster = new("王举报", "13800138000", "tipster@example.cn");
    private const string DepartmentQuestion = "请问中频炉大约几点开始生产？";
    private const string CitizenAnswer = "一般晚上十点开始，凌晨四点停。";

    private Task<int> EraseAsync() => factory.Services.GetRequiredService<TipRetention>().EraseExpiredAsync();

    private Task<Tip> StoredAsync(int id) => factory.WithDbAsync(db => db.Tips.AsNoTracking().SingleAsync(t => t.Id == id));

    private void MoveTo(DateTime utc) => factory.Clock.SetUtcNow(new DateTimeOffset(utc, TimeSpan.Zero));

    private async Task FollowUpAsync(Func<TipFollowUp, Task> action)
    {
        using var scope = factory.Services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<TipFollowUp>());
    }

    /// <summary>A named tip-off with a photo, a question and an answer with a file, a note, closed through the workflow.</summary>
    private async Task<TipSeed.Filed> ClosedTipAsync()
    {
        await EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory, identity: Tipster,
            files: new UploadedFile("现场照片.png", "image/png", TestFiles.Png()));
        await DoAsync(factory, Officer, w => w.SignAsync(tip.Id, default));
        await DoAsync(factory, Officer, w => w.AskQuestionAsync(tip.Id, DepartmentQuestion, default));
        await FollowUpAsync(f => f.AddCitizenMessageAsync(tip.Id, CitizenAnswer,
            [new UploadedFile("用电记录.pdf", "application/pdf", TestFiles.Pdf("power log"))], default));
        await DoAsync(factory, Officer, w => w.AddNoteAsync(tip.Id, "已约谈企业负责人。", default));
        await CloseAsync(tip.Id);
        return tip;
    }

    private async Task CloseAsync(int id)
    {
        await DoAsync(factory, Officer, w => w.ProposeCloseAsync(id, TipFinding.Substantiated, "经现场核查，中频炉已查封。", default));
        await DoAsync(factory, Lead, w => w.ApproveCloseAsync(id, default));
    }

    [Fact]
    public async Task ClosedTip_IsKeptTheDayBeforeExpiry_AndErasedAfter_InTheDatabaseRows()
    {
        var filed = await ClosedTipAsync();
        var closed = await StoredAsync(filed.Id);
        Assert.NotNull(closed.IdentityCipher);
        var assignments = await factory.WithDbAsync(db => db.TipAssignments.CountAsync(a => a.TipId == filed.Id));
        var events = await factory.WithDbAsync(db => db.TipEvents.CountAsync(e => e.TipId == filed.Id));

        MoveTo(closed.ClosedAt!.Value.AddMonths(RetentionFactory.Months).AddDays(-1));
        await EraseAsync();
        var kept = await StoredAsync(filed.Id);
        Assert.Null(kept.ErasedAt);
        Assert.Equal(closed.DescriptionCipher, kept.DescriptionCipher);
        Assert.Equal(2, await factory.WithDbAsync(db => db.TipMessages.CountAsync(m => m.TipId == filed.Id)));

        MoveTo(closed.ClosedAt!.Value.AddMonths(RetentionFactory.Months).AddDays(1));
        Assert.True(await EraseAsync() >= 1);
        var erased = await StoredAsync(filed.Id);
        Assert.NotNull(erased.ErasedAt);
        // Gone: identity, description, enterprise, address, replies, rating comment, messages, files, notes, reasons, mail.
        Assert.Equal(("", (string?)null, "", (string?)null, (string?)null, (string?)null, false),
            (erased.DescriptionCipher, erased.IdentityCipher, erased.EnterpriseName, erased.Address, erased.PublicReply,
                erased.RatingCommentCipher, erased.WantsEmailNotices));
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(0, await db.TipMessages.CountAsync(m => m.TipId == filed.Id));
            Assert.Equal(0, await db.TipAttachments.CountAsync(a => a.TipId == filed.Id));
            Assert.Equal(0, await db.TipNotes.CountAsync(n => n.TipId == filed.Id));
            Assert.Equal(0, await db.TipEvents.CountAsync(e => e.TipId == filed.Id && e.InternalNote != null));
            Assert.Equal(0, await db.OutboxMessages.CountAsync(m => m.Subject.Contains(filed.TrackingNumber)));
            // Kept for statistics: category, place, status, finding, dates, departments and the timeline's steps.
            Assert.Equal((TipCategory.Safety, TipStatus.Closed, TipFinding.Substantiated, closed.JurisdictionId, closed.ClosedAt),
                (erased.Category, erased.Status, erased.Finding, erased.JurisdictionId, erased.ClosedAt));
            Assert.Equal(assignments, await db.TipAssignments.CountAsync(a => a.TipId == filed.Id));
            Assert.Equal(events, await db.TipEvents.CountAsync(e => e.TipId == filed.Id));
        });

        // Audited once, by the system; a second pass changes nothing.
        await EraseAsync();
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.TipId == filed.Id && a.Action == AuditActions.EraseExpired).ToListAsync());
        var line = Assert.Single(audit);
        Assert.Equal(("system", (int?)null, $"Tip:{filed.Id}"), (line.UserName, line.UserId, line.Subject));
        Assert.Contains($"{RetentionFactory.Months} 个月，自 {closed.ClosedAt.Value.ToChinaDateText()} 起算", line.Detail);
        Assert.Equal("到期删除举报内容", AuditQuery.ActionName(AuditActions.EraseExpired));
        Assert.Equal(erased.ErasedAt, (await StoredAsync(filed.Id)).ErasedAt);
    }

    [Fact]
    public async Task Rating_RestartsTheClock_AndTheScoreOutlivesTheComment()
    {
        var filed = await ClosedTipAsync();
        var closedAt = (await StoredAsync(filed.Id)).ClosedAt!.Value;
        MoveTo(closedAt.AddMonths(12));
        await FollowUpAsync(async f => Assert.True(await f.RateAsync(filed.Id, Satisfaction.BasicallySatisfied, "处理及时。", default)));
        var ratedAt = (await StoredAsync(filed.Id)).RatedAt!.Value;

        MoveTo(closedAt.AddMonths(RetentionFactory.Months).AddDays(1));
        await EraseAsync();
        Assert.Null((await StoredAsync(filed.Id)).ErasedAt);

        MoveTo(ratedAt.AddMonths(RetentionFactory.Months).AddDays(-1));
        await EraseAsync();
        Assert.NotNull((await StoredAsync(filed.Id)).RatingCommentCipher);

        MoveTo(ratedAt.AddMonths(RetentionFactory.Months).AddDays(1));
        await EraseAsync();
        var erased = await StoredAsync(filed.Id);
        Assert.NotNull(erased.ErasedAt);
        Assert.Equal((Satisfaction.BasicallySatisfied, (string?)null), (erased.Rating, erased.RatingCommentCipher));
    }

    [Fact]
    public async Task OpenTip_IsNeverErased_AndReopening_RestartsTheClock()
    {
        await EnsureAsync(factory);
        var open = await TipSeed.FileAsync(factory, identity: Tipster);
        var filed = await ClosedTipAsync();
        await FollowUpAsync(async f => Assert.True(await f.RateAsync(filed.Id, Satisfaction.Dissatisfied, "没有查封。", default)));
        MoveTo(factory.Clock.UtcNow().AddMonths(RetentionFactory.Months - 1));
        await DoAsync(factory, SzOffice, w => w.ReopenAsync(filed.Id, "举报人反映企业仍在生产。", default));

        // Reopened (and so open) for years: kept, like the tip-off that was never closed.
        MoveTo(factory.Clock.UtcNow().AddMonths(RetentionFactory.Months * 3));
        await EraseAsync();
        Assert.Null((await StoredAsync(filed.Id)).ErasedAt);
        Assert.Null((await StoredAsync(open.Id)).ErasedAt);
        Assert.NotNull((await StoredAsync(open.Id)).IdentityCipher);

        // Closed again: the period runs from the new closure.
        await DoAsync(factory, Officer, w => w.SignAsync(filed.Id, default));
        await CloseAsync(filed.Id);
        var closedAgain = (await StoredAsync(filed.Id)).ClosedAt!.Value;
        MoveTo(closedAgain.AddMonths(RetentionFactory.Months).AddDays(-1));
        await EraseAsync();
        Assert.Null((await StoredAsync(filed.Id)).ErasedAt);
        MoveTo(closedAgain.AddMonths(RetentionFactory.Months).AddDays(1));
        await EraseAsync();
        Assert.NotNull((await StoredAsync(filed.Id)).ErasedAt);
        Assert.Null((await StoredAsync(open.Id)).ErasedAt);
    }

    [Fact]
    public async Task ErasedTip_TrackingAndStaffPagesSayItWasErased_AndStatisticsCountItAsBefore()
    {
        var citizen = factory.CreateClient();
        var receipt = TipForms.ReadReceipt(await TipForms.SubmitValidAsync(citizen, files: TestFiles.Photo()));
        var id = await factory.WithDbAsync(db => db.Tips.Where(t => t.TrackingNumber == receipt.TrackingNumber)
            .Select(t => t.Id).SingleAsync());
        await EnsureAsync(factory);
        await DoAsync(factory, Officer, w => w.SignAsync(id, default));
        await CloseAsync(id);
        var closedAt = (await StoredAsync(id)).ClosedAt!.Value;
        var month = new StatsMonth(ChinaTime.DateInChina(closedAt).Year, ChinaTime.DateInChina(closedAt).Month);

        MoveTo(closedAt.AddMonths(RetentionFactory.Months).AddDays(1));
        var before = await StatisticsAsync(month);
        await EraseAsync();
        var erasedAt = (await StoredAsync(id)).ErasedAt!.Value;
        var notice = $"该举报已超过保存期限，个人信息和内容已按规定删除（删除日期：{erasedAt.ToChinaDateText()}）";
        Assert.Equal(before, await StatisticsAsync(month));

        // The citizen still finds it with number and code, and reads the notice instead of the content.
        var lookup = factory.CreateClient();
        var page = await TipForms.LookUpAsync(lookup, receipt);
        Assert.Contains(notice, page.QuerySelector("#tip-erased")!.TextContent);
        Assert.Equal("已办结", page.QuerySelector("#tip-status")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#tip-reply"));
        Assert.Null(page.QuerySelector("form#rate"));
        Assert.Null(page.QuerySelector("form#message"));
        // A message posted anyway (the form of the page's other button, sent to the message handler) is not stored.
        var end = (IHtmlFormElement)page.QuerySelector("form[action*='handler=End']")!;
        end.Action = "/tips/track?handler=Message";
        var body = (IHtmlInputElement)page.CreateElement("input");
        body.Name = "Message.Body";
        end.AppendChild(body);
        var refusedMessage = await HtmlHelpers.GetDocumentAsync(await lookup.SendAsync(end,
            new Dictionary<string, string> { ["Message.Body"] = "补充：企业又开工了。" }));
        Assert.Contains("该举报已超过保存期限，不能再留言", refusedMessage.QuerySelector("main [role=status]")!.TextContent);
        Assert.Equal(0, await factory.WithDbAsync(db => db.TipMessages.CountAsync(m => m.TipId == id)));

        // Staff see the facts that remain and the notice; nothing to reveal, download or act on.
        var staff = await StaffLogin.SignInAsync(factory, Officer);
        var details = await staff.GetPageAsync($"/staff/tips/{id}");
        Assert.Contains(notice, details.QuerySelector("#tip-erased")!.TextContent);
        Assert.Equal("安全生产条件不达标", details.QuerySelector("#tip-category")!.TextContent.Trim());
        Assert.Null(details.QuerySelector("#tip-description"));
        Assert.Null(details.QuerySelector("#tip-enterprise"));
        Assert.Null(details.QuerySelector("form#reveal"));
        Assert.Null(details.QuerySelector("#evidence"));
        var refused = await StepAsync(factory, Officer, w => w.AddNoteAsync(id, "补记。", default));
        Assert.Equal(WorkflowOutcome.Refused, refused.Outcome);
        Assert.Contains("该举报已超过保存期限", refused.Error);
    }

    private async Task<string> StatisticsAsync(StatsMonth month)
    {
        using var scope = factory.Services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<TipStatistics>().ForMonthAsync(month, null, false, default);
        Assert.True(report.Total.Closed >= 1);
        return $"{string.Join("; ", report.Rows)} / {report.Total}"; // the records print every figure
    }

    [Fact]
    public async Task ReceiptAndPrivacyPage_StateTheConfiguredPeriod()
    {
        var client = factory.CreateClient();
        var receipt = await TipForms.SubmitValidAsync(client);
        var stated = receipt.QuerySelector("#retention")!.TextContent;
        Assert.Contains($"满 {RetentionFactory.Months} 个月后，系统自动删除举报人信息、举报内容、留言、证据材料和评价意见", stated);
        var privacy = await client.GetPageAsync("/privacy");
        Assert.Contains($"满 {RetentionFactory.Months} 个月后", privacy.QuerySelector("#retention")!.NextElementSibling!.TextContent);
        Assert.Equal(24, new TipRetentionOptions().TipRetentionMonths);
    }
}

/// <summary>The job on its own: its pass at start-up (and every few hundred milliseconds here) erases what has expired.</summary>
public class TipRetentionWorkerTests
{
    private sealed class WorkerFactory : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Retention:Enabled"] = "true", ["Retention:PollMinutes"] = "0.005",
        };
    }

    [Fact]
    public async Task Worker_ErasesAnExpiredTip_WithoutBeingCalled()
    {
        using var factory = new WorkerFactory();
        var protector = factory.Services.GetRequiredService<PersonalDataProtector>();
        var id = await factory.WithDbAsync(async db =>
        {
            var department = await TipData.DepartmentAsync(db, "440304-yjglj");
            var assigned = TipData.China(2023, 3, 1);
            var tip = await TipData.TipAsync(db, "JB2023030100000001", TipSeed.Enterprise(), protector.Protect("举报描述"),
                TipData.Closed(TipData.China(2023, 3, 20)),
                TipData.Assignment(department, assigned, new DateOnly(2023, 3, 2), new DateOnly(2023, 3, 22), assigned));
            return tip.Id;
        });
        var watch = Stopwatch.StartNew();
        Tip stored;
        do
        {
            stored = await factory.WithDbAsync(db => db.Tips.AsNoTracking().SingleAsync(t => t.Id == id));
            if (stored.ErasedAt is not null) break;
            await Task.Delay(100);
        } while (watch.Elapsed < TimeSpan.FromSeconds(30));
        Assert.NotNull(stored.ErasedAt);
        Assert.Equal("", stored.DescriptionCipher);
    }
}
