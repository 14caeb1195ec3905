using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips.Intake;

/// <summary>
/// Files a tip-off, whichever channel it came from: checks it against <see cref="TipSubmissionRules"/>, routes it,
/// sets its time limits, encrypts what identifies the tipster and stores the tip-off, its files, its assignments, its
/// timeline and its notification emails in one SaveChanges (one transaction). The same submission key always yields
/// the same tip-off, so a double click or a retry never files twice.
/// </summary>
public class TipIntake(PortalDbContext db, TipRouter router, PersonalDataProtector protector, CalendarProvider calendars,
    ReferenceLookup lookup, TipNotifier notifier, IOptions<TipOptions> options, TimeProvider clock, ILogger<TipIntake> logger)
{
    /// <summary>Either the filed tip-off (new, or the one filed earlier with the same key) or what is wrong with it.</summary>
    public sealed record Result(Tip? Tip, IReadOnlyList<TipSubmissionError> Errors);

    /// <summary>The rules alone, for a channel that must show field errors before its own checks (the human check).</summary>
    public async Task<IReadOnlyList<TipSubmissionError>> CheckAsync(TipSubmission submission, CancellationToken ct) =>
        TipSubmissionRules.Check(submission, await lookup.GetAsync(ct), clock.TodayInChina()).Errors;

    public async Task<Result> SubmitAsync(string submissionKey, string queryCode, TipSubmission submission, CancellationToken ct)
    {
        if (await FindAsync(submissionKey, ct) is { } existing) return new(existing, []);
        var (input, errors) = TipSubmissionRules.Check(submission, await lookup.GetAsync(ct), clock.TodayInChina());
        if (input is null) return new(null, errors);
        // Whatever the channel, no file is stored before it is clean (re-encoded image, checked PDF).
        var files = new List<UploadedFile>();
        foreach (var upload in input.Files)
        {
            var (file, error) = await upload.CleanAsync(ct);
            if (file is null) return new(null, [new(nameof(TipSubmission.Files), error!)]);
            files.Add(file);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = calendars.Today;
        var calendar = await calendars.GetAsync(ct);
        var place = input.Place;
        var routes = await router.RouteAsync(input.Category, place.Id, ct);
        var o = options.Value;

        var tip = new Tip
        {
            TrackingNumber = QueryCodes.NewTrackingNumber(now), QueryCodeHash = QueryCodes.Hash(queryCode), SubmissionKey = submissionKey,
            Category = input.Category, JurisdictionId = place.Id,
            CityId = place.Level == JurisdictionLevel.County ? place.ParentId!.Value : place.Id,
            EnterpriseName = input.EnterpriseName, CreditCode = input.CreditCode, Address = input.Address, ObservedOn = input.ObservedOn,
            DescriptionCipher = protector.Protect(input.Description),
            IsAnonymous = input.Identity is null,
            IdentityCipher = input.Identity is null ? null : protector.ProtectIdentity(input.Identity),
            WantsEmailNotices = input.WantsEmailNotices && !string.IsNullOrWhiteSpace(input.Identity?.Email),
            SourceKind = input.SourceKind, SourceKey = input.SourceKey, ApiClientId = input.ApiClientId, MediaUrl = input.MediaUrl,
            SubmittedAt = now, UpdatedAt = now,
            CloseDueOn = calendar.AddWorkingDays(today, o.CloseDaysFor(input.Category)),
        };
        foreach (var file in files)
            tip.Attachments.Add(new TipAttachment
            {
                FromCitizen = true, FileNameCipher = protector.Protect(file.FileName), ContentType = file.ContentType,
                Length = file.Data.LongLength, DataCipher = protector.Protect(file.Data), UploadedAt = now,
            });

        tip.Events.Add(new TipEvent { At = now, Kind = TipEventKind.Received, PublicNote = "举报已受理。" });
        var departments = await db.Departments.Where(d => routes.Select(r => r.DepartmentId).Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, ct);
        foreach (var route in routes)
        {
            var assignment = new TipAssignment
            {
                DepartmentId = route.DepartmentId, Role = route.Role, AssignedAt = now,
                SignDueOn = calendar.AddWorkingDays(today, o.SignWithinWorkingDays), CloseDueOn = tip.CloseDueOn.Value,
            };
            tip.Assignments.Add(assignment);
            notifier.DepartmentHasNewItem(departments[route.DepartmentId], tip, assignment);
        }
        var toOffice = routes.Count == 1 && departments[routes[0].DepartmentId].Kind == DepartmentKind.CoordinationOffice;
        tip.Status = toOffice ? TipStatus.Received : TipStatus.Dispatched;
        tip.Events.Add(new TipEvent
        {
            At = now, Kind = TipEventKind.Dispatched,
            PublicNote = toOffice
                ? $"已转{routes[0].DepartmentName}统筹派单。"
                : "已派送至" + string.Join("、", routes.Select(r => $"{r.DepartmentName}（{r.Role.Name()}）")) + "办理。",
        });
        db.Tips.Add(tip);
        notifier.CitizenStatusChanged(tip);

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent request with the same key (a double click) won the unique index: show its receipt.
            db.ChangeTracker.Clear();
            if (await FindAsync(submissionKey, ct) is { } winner) return new(winner, []);
            throw;
        }
        logger.LogInformation("Tip-off {TrackingNumber} received ({Category}), routed to {Count} department(s)",
            tip.TrackingNumber, tip.Category, routes.Count);
        return new(tip, []);
    }

    public Task<bool> ExistsAsync(string submissionKey, CancellationToken ct) =>
        db.Tips.AnyAsync(t => t.SubmissionKey == submissionKey, ct);

    private Task<Tip?> FindAsync(string submissionKey, CancellationToken ct) =>
        db.Tips.AsNoTracking().Include(t => t.Assignments).ThenInclude(a => a.Department)
            .FirstOrDefaultAsync(t => t.SubmissionKey == submissionKey, ct);
}
