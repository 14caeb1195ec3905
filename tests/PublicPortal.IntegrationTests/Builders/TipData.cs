using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Builders;

/// <summary>
/// Tip-offs with assignments written straight into the database, in whatever state a test needs, without going through
/// the workflow. Times are given in China time and stored in UTC, as the app stores them.
/// </summary>
public static class TipData
{
    private static int _serial;

    /// <summary>An instant given as a China wall-clock time.</summary>
    public static DateTime China(int year, int month, int day, int hour = 10, int minute = 0) =>
        ChinaTime.ToUtc(new DateTime(year, month, day, hour, minute, 0));

    public static Task<int> DepartmentAsync(PortalDbContext db, string code) =>
        db.Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();

    public static TipAssignment Assignment(int departmentId, DateTime assignedAt, DateOnly signDueOn, DateOnly closeDueOn,
        DateTime? signedAt = null, ResponsibilityRole role = ResponsibilityRole.Lead) => new()
        {
            DepartmentId = departmentId, Role = role, AssignedAt = assignedAt, SignDueOn = signDueOn, CloseDueOn = closeDueOn,
            SignedAt = signedAt, State = signedAt is null ? AssignmentState.Pending : AssignmentState.Signed, IsActive = true,
        };

    /// <summary>Saves a safety tip-off in 福田区 with the given assignments, due when the last of them is;
    /// <paramref name="configure"/> sets the rest.</summary>
    public static async Task<Tip> TipAsync(PortalDbContext db, string trackingNumber, string enterpriseName, string descriptionCipher,
        Action<Tip>? configure, params TipAssignment[] assignments)
    {
        var place = await db.Jurisdictions.SingleAsync(j => j.Code == "440304");
        var first = assignments.Min(a => a.AssignedAt);
        var tip = new Tip
        {
            TrackingNumber = trackingNumber, QueryCodeHash = "test",
            SubmissionKey = $"test-{Interlocked.Increment(ref _serial)}-{Guid.NewGuid():N}",
            Category = TipCategory.Safety, JurisdictionId = place.Id, CityId = place.ParentId!.Value,
            EnterpriseName = enterpriseName, DescriptionCipher = descriptionCipher, IsAnonymous = true,
            Status = TipStatus.InProgress, SubmittedAt = first, UpdatedAt = first,
            CloseDueOn = assignments.Max(a => a.CloseDueOn),
        };
        tip.Assignments.AddRange(assignments);
        configure?.Invoke(tip);
        db.Tips.Add(tip);
        await db.SaveChangesAsync();
        return tip;
    }

    /// <summary>Closes a tip-off at <paramref name="closedAt"/> (and, if given, rates it), ending its active assignments as done.</summary>
    public static Action<Tip> Closed(DateTime closedAt, Satisfaction? rating = null, DateTime? ratedAt = null) => tip =>
    {
        tip.Status = TipStatus.Closed;
        tip.ClosedAt = closedAt;
        tip.Finding = TipFinding.Substantiated;
        tip.Rating = rating;
        tip.RatedAt = rating is null ? null : ratedAt ?? closedAt.AddDays(1);
        foreach (var a in tip.Assignments.Where(a => a.IsActive))
        {
            a.State = AssignmentState.Done;
            a.EndedAt = closedAt;
            a.IsActive = false;
        }
    };

    /// <summary>Adds a test fixture's calendar exceptions (for a year the seed does not cover) and drops the cached calendar.</summary>
    public static async Task UseCalendarAsync(PortalDbContext db, Microsoft.Extensions.Caching.Memory.IMemoryCache cache,
        params CalendarDay[] days)
    {
        db.CalendarDays.AddRange(days);
        await db.SaveChangesAsync();
        cache.Remove(ReferenceCache.CalendarKey);
    }
}
