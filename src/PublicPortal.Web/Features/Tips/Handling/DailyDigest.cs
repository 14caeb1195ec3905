using System.Data;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Mail;
using PublicPortal.Web.Features.Notices;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>
/// The daily 催办 digest: one email to each of a department's addresses listing its active assignments whose sign or close
/// deadline falls within <see cref="ReminderOptions.DueWithinWorkingDays"/> working days or has passed, and its 督办 items —
/// tracking number, category, role and deadlines only, never the tipster, the enterprise or the description — plus its
/// published yellow cards past their deadline. Departments with nothing due get nothing. Mail goes through the
/// <see cref="Outbox"/>, so SMTP never runs here.
/// </summary>
/// <remarks>
/// "Sent today" is remembered as an audit line (action <see cref="SentAction"/>, subject the China date) and, per department,
/// a <see cref="DigestDay"/> row keyed (department, day), all written in the same transaction as the queued mail. Two
/// instances racing for the same day cannot both commit (serializable, and the key): the loser fails, logs, and finds the
/// day done on its next pass. Nodes do not even race: the pass runs under a lease (<see cref="WorkLease"/>), so a second
/// node waits for the first and then finds the day done; the key is what still holds if that lease is ever lost.
/// Each department's mailbox and opted-in staff get it (<see cref="DepartmentRecipients"/>).
/// </remarks>
public class DailyDigest(PortalDbContext db, Outbox outbox, DepartmentRecipients recipients, CalendarProvider calendars,
    WorkLease leases, IOptionsMonitor<ReminderOptions> options, TimeProvider clock, ILogger<DailyDigest> logger)
{
    public const string SentAction = "reminders.sent";

    public enum Outcome { NotYetTime, AlreadySent, Sent }

    public sealed record Run(Outcome Outcome, DateOnly Day, int Mails);

    public sealed record Item(int DepartmentId, string TrackingNumber, TipCategory Category, ResponsibilityRole Role,
        DateOnly SignDueOn, DateOnly CloseDueOn, bool Signed, bool Supervised);

    /// <summary>Queues the day's digests unless it is before the configured hour (China time) or they went out already today.</summary>
    public async Task<Run> SendIfDueAsync(CancellationToken ct)
    {
        var o = options.CurrentValue;
        var chinaNow = ChinaTime.ToChina(clock.UtcNow());
        var today = DateOnly.FromDateTime(chinaNow);
        if (chinaNow.Hour < o.HourOfDay) return new Run(Outcome.NotYetTime, today, 0);

        var day = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await using var lease = await leases.WaitAsync("daily-digest", TimeSpan.FromMinutes(5), ct);
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        if (await db.AuditEntries.AnyAsync(a => a.Action == SentAction && a.Subject == day, ct))
            return new Run(Outcome.AlreadySent, today, 0);

        var items = await DueItemsAsync(today, o.DueWithinWorkingDays, ct);
        var cards = await OverdueCardsAsync(today, ct);
        var departmentIds = items.Select(i => i.DepartmentId).Concat(cards.Select(c => c.DepartmentId)).Distinct().ToArray();
        var departments = await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToListAsync(ct);
        var addresses = await recipients.ForAsync(departmentIds, ct);
        var mails = 0;
        foreach (var department in departments.OrderBy(d => d.Code))
        {
            var mine = items.Where(i => i.DepartmentId == department.Id).ToList();
            var myCards = cards.Where(c => c.DepartmentId == department.Id).ToList();
            var to = addresses.GetValueOrDefault(department.Id) ?? [];
            if (to.Count == 0)
            {
                logger.LogWarning("Department {Code} has {Count} items due but no address for reminders", department.Code, mine.Count);
                continue;
            }
            foreach (var address in to)
                outbox.Enqueue(address, Subject(department, today, mine.Count, myCards.Count),
                    Body(department, today, o.DueWithinWorkingDays, mine, myCards));
            // The key (department, day) is what a second worker trips over: its whole transaction, mail included, fails.
            db.DigestDays.Add(new DigestDay { DepartmentId = department.Id, Day = today });
            db.DepartmentMailings.Add(new DepartmentMailing
            {
                DepartmentId = department.Id, Kind = DepartmentMailingKind.Digest, Day = today, QueuedAt = clock.UtcNow(),
                Recipients = to.Count, Items = mine.Count + myCards.Count,
            });
            mails += to.Count;
        }
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.UtcNow(), UserName = "system", Action = SentAction, Subject = day,
            Detail = $"每日催办提醒：{mails} 封邮件，{items.Count} 件待办，{departments.Count} 个部门",
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Daily reminders for {Day}: {Mails} mails queued for {Items} items", day, mails, items.Count);
        return new Run(Outcome.Sent, today, mails);
    }

    /// <summary>Active assignments of open tip-offs that are due within the horizon, overdue, or supervised.</summary>
    public async Task<List<Item>> DueItemsAsync(DateOnly today, int withinWorkingDays, CancellationToken ct)
    {
        var horizon = (await calendars.GetAsync(ct)).AddWorkingDays(today, withinWorkingDays);
        return await (from a in db.TipAssignments.AsNoTracking()
                      join t in db.Tips on a.TipId equals t.Id
                      where a.IsActive && (a.State == AssignmentState.Pending || a.State == AssignmentState.Signed)
                          && t.Status != TipStatus.Closed && t.Status != TipStatus.Merged
                          && (t.IsSupervised || a.CloseDueOn <= horizon || (a.SignedAt == null && a.SignDueOn <= horizon))
                      orderby a.CloseDueOn, t.TrackingNumber
                      select new Item(a.DepartmentId, t.TrackingNumber, t.Category, a.Role, a.SignDueOn, a.CloseDueOn,
                          a.SignedAt != null, t.IsSupervised))
            .ToListAsync(ct);
    }

    public sealed record CardItem(int DepartmentId, int CardId, string Enterprise, DateOnly? Deadline, CardStatus Status);

    /// <summary>Published yellow cards past their deadline, still being rectified (逾期未整改): the red card is due.</summary>
    public async Task<List<CardItem>> OverdueCardsAsync(DateOnly today, CancellationToken ct) =>
        await db.CardListings.AsNoTracking().Where(CardListing.OverdueOn(today))
            .OrderBy(c => c.ExtendedDeadline ?? c.RectifyDeadline).ThenBy(c => c.Id)
            .Select(c => new CardItem(c.DepartmentId, c.Id, c.Enterprise.Name, c.ExtendedDeadline ?? c.RectifyDeadline, c.Status))
            .ToListAsync(ct);

    public static bool IsOverdue(Item item, DateOnly today) => item.CloseDueOn < today || (!item.Signed && item.SignDueOn < today);

    public static string Subject(Department department, DateOnly today, int count, int overdueCards = 0) => overdueCards == 0
        ? $"【催办提醒】{department.Name}：{count} 件举报待办即将到期、已超期或被督办（{today:yyyy-MM-dd}）"
        : $"【催办提醒】{department.Name}：{count} 件举报待办，{overdueCards} 张黄牌逾期未整改（{today:yyyy-MM-dd}）";

    public static string Body(Department department, DateOnly today, int withinWorkingDays, IReadOnlyList<Item> items,
        IReadOnlyList<CardItem>? overdueCards = null)
    {
        var supervised = items.Where(i => i.Supervised).ToList();
        var overdue = items.Where(i => !i.Supervised && IsOverdue(i, today)).ToList();
        var soon = items.Where(i => !i.Supervised && !IsOverdue(i, today)).ToList();
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"{department.Name}：\n\n");
        body.Append(CultureInfo.InvariantCulture, $"截至 {today:yyyy-MM-dd}，贵单位有以下 {items.Count} 件举报待办需要关注"
            + $"（签收或办结时限在 {withinWorkingDays} 个工作日内到期、已超期，或被协调小组办公室督办）。请登录后台及时签收、办理。\n");
        var number = 0;
        foreach (var (title, list) in new[] { ("督办件", supervised), ("已超期", overdue), ("即将到期", soon) })
        {
            if (list.Count == 0) continue;
            body.Append(CultureInfo.InvariantCulture, $"\n{"一二三"[number++]}、{title}（{list.Count} 件）\n");
            foreach (var i in list) body.Append(Line(i, today)).Append('\n');
        }
        if (overdueCards is { Count: > 0 })
        {
            body.Append(CultureInfo.InvariantCulture, $"\n{"一二三四"[number]}、{CardListing.OverdueLabel}的黄牌（{overdueCards.Count} 张，")
                .Append("整改期满仍未整改完毕，请核实后转红牌或更新状态）\n");
            foreach (var c in overdueCards)
                body.Append(CultureInfo.InvariantCulture,
                    $"  · {c.Enterprise}｜{c.Status.Name()}｜整改期限 {c.Deadline:yyyy-MM-dd}（已过）｜黄牌编号 {c.CardId}\n");
        }
        body.Append("\n本邮件只列受理编号和办理时限，不含举报人信息和举报内容。本邮件由系统每日自动发送，请勿直接回复。\n");
        return body.ToString();
    }

    private static string Line(Item i, DateOnly today)
    {
        var sign = i.Signed ? "已签收" : $"签收时限 {i.SignDueOn:yyyy-MM-dd}{(i.SignDueOn < today ? "（已超期，未签收）" : "（未签收）")}";
        var close = $"办结时限 {i.CloseDueOn:yyyy-MM-dd}{(i.CloseDueOn < today ? "（已超期）" : "")}";
        return $"  · {i.TrackingNumber}｜{i.Category.Name()}｜{i.Role.Name()}｜{sign}｜{close}";
    }
}
