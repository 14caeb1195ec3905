using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>What the detail page shows a member of staff: the tip-off decrypted (but not the tipster's identity), its
/// timeline with internal notes, messages, notes, evidence list, assignments, extension requests, drafts, duplicates,
/// and the steps this person may take now.</summary>
public class StaffTipView(
    PortalDbContext db, TipAccess access, TipDuplicates duplicates, TipWorkflow workflow, PersonalDataProtector protector)
{
    public sealed record Entry(DateTime At, TipEventKind Kind, string? PublicNote, string? InternalNote, string? Who);
    public sealed record Message(DateTime At, bool FromCitizen, string Author, string Body);
    public sealed record Note(DateTime At, string Author, string Body);
    public sealed record File(int Id, string Name, string ContentType, long Length, DateTime UploadedAt, bool WithMessage);
    public sealed record Extension(ExtensionRequest Request, string Department, bool CanDecide);
    public sealed record Target(int Id, string Name);

    public sealed record View(
        TipContext Context, string Place, string Description, IReadOnlyList<Entry> Timeline, IReadOnlyList<Message> Messages,
        IReadOnlyList<Note> Notes, IReadOnlyList<File> Files, IReadOnlyList<Extension> Extensions,
        IReadOnlyList<TipDuplicates.Match> Duplicates, string? MergedInto, IReadOnlyList<string> MergedFrom,
        IReadOnlySet<TipAction> Allowed, IReadOnlyList<Target> Targets,
        string? Channel = null, string? ApprovedBy = null, string? ProposedBy = null)
    {
        public Tip Tip => Context.Tip;
        public bool Can(TipAction action) => Allowed.Contains(action);
    }

    public async Task<View?> LoadAsync(int tipId, CancellationToken ct)
    {
        if (await access.LoadAsync(tipId, tracked: false, ct) is not { } context) return null;
        var actor = await access.ActorAsync(ct);
        var tip = context.Tip;
        var place = await db.Jurisdictions.AsNoTracking().Where(j => j.Id == tip.JurisdictionId).Select(j => j.Name).SingleAsync(ct);
        var events = await db.TipEvents.AsNoTracking().Where(e => e.TipId == tipId).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var messages = await db.TipMessages.AsNoTracking().Where(m => m.TipId == tipId).OrderBy(m => m.At).ToListAsync(ct);
        var notes = await db.TipNotes.AsNoTracking().Where(n => n.TipId == tipId).OrderBy(n => n.At).ToListAsync(ct);
        var files = await db.TipAttachments.AsNoTracking().Where(a => a.TipId == tipId).OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.FileNameCipher, a.ContentType, a.Length, a.UploadedAt, a.TipMessageId }).ToListAsync(ct);

        var userIds = events.Select(e => e.ActorId).OfType<int>().Concat(notes.Select(n => n.AuthorId)).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var departmentIds = events.Select(e => e.DepartmentId).OfType<int>().Concat(messages.Select(m => m.DepartmentId).OfType<int>())
            .Concat(context.Extensions.Select(e => e.DepartmentId)).Concat(notes.Select(n => n.DepartmentId)).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        string? Who(int? user, int? department) => user is { } u
            ? $"{people.GetValueOrDefault(u, "工作人员")}（{departments.GetValueOrDefault(department ?? 0, "")}）" : null;

        var related = await db.Tips.AsNoTracking().Where(t => t.Id == tip.MergedIntoId || t.MergedIntoId == tip.Id)
            .Select(t => new { t.Id, t.TrackingNumber }).ToListAsync(ct);
        var subject = new TipDuplicates.Subject(tip.Id, tip.Category, tip.EnterpriseName, tip.CreditCode, tip.SubmittedAt);
        var duplicateMatches = (await duplicates.FindAsync([subject], actor.Visible, ct))[tip.Id];
        var allowed = TipRules.Allowed(context, actor);
        var targets = allowed.Contains(TipAction.Transfer) || allowed.Contains(TipAction.Dispatch)
            ? (await workflow.TargetsAsync(tip, ct))
                .Where(d => !tip.Assignments.Any(a => a.IsActive && a.DepartmentId == d.Id))
                .Select(d => new Target(d.Id, d.Name)).ToList()
            : [];

        // An erased tip-off (past its retention period) has no description left to decrypt.
        return new View(context, place, tip.ErasedAt is null ? protector.Unprotect(tip.DescriptionCipher) : "",
            events.Select(e => new Entry(e.At, e.Kind, e.PublicNote, e.InternalNote, Who(e.ActorId, e.DepartmentId))).ToList(),
            messages.Select(m => new Message(m.At, m.FromCitizen,
                m.FromCitizen ? "举报人" : departments.GetValueOrDefault(m.DepartmentId ?? 0, "办理部门"),
                protector.Unprotect(m.BodyCipher))).ToList(),
            notes.Select(n => new Note(n.At, Who(n.AuthorId, n.DepartmentId) ?? "", protector.Unprotect(n.BodyCipher))).ToList(),
            files.Select(f => new File(f.Id, protector.Unprotect(f.FileNameCipher), f.ContentType, f.Length, f.UploadedAt,
                f.TipMessageId is not null)).ToList(),
            context.Extensions.Select(e => new Extension(e, departments.GetValueOrDefault(e.DepartmentId, ""),
                TipRules.CanDecideExtension(context, actor, e) is null)).ToList(),
            duplicateMatches, related.FirstOrDefault(r => r.Id == tip.MergedIntoId)?.TrackingNumber,
            related.Where(r => r.Id != tip.MergedIntoId).Select(r => r.TrackingNumber).ToList(), allowed, targets,
            // The partner system that filed it through Open311, if any.
            tip.ApiClientId is { } partner
                ? await db.ApiClients.AsNoTracking().Where(c => c.Id == partner).Select(c => c.Name).SingleOrDefaultAsync(ct)
                : null,
            await ApprovedByAsync(context, ct),
            tip.ProposedById is { } proposer
                ? await db.Users.AsNoTracking().Where(u => u.Id == proposer).Select(u => u.DisplayName).SingleOrDefaultAsync(ct)
                : null);
    }

    /// <summary>"由…审批": the lead department's other leads by name, or the nearest coordination office above it.</summary>
    private async Task<string?> ApprovedByAsync(TipContext context, CancellationToken ct)
    {
        if (TipRules.ApproverOf(context) is not { } approver) return null;
        var department = await db.Departments.AsNoTracking().SingleAsync(d => d.Id == approver.DepartmentId, ct);
        if (!approver.ByOffice)
        {
            var leads = context.DepartmentLeads.Where(id => id != context.Tip.ProposedById).ToList();
            var names = await db.Users.AsNoTracking().Where(u => leads.Contains(u.Id)).OrderBy(u => u.Id)
                .Select(u => u.DisplayName).ToListAsync(ct);
            return $"{department.Name}负责人（{string.Join("、", names)}）";
        }
        var places = await db.Jurisdictions.AsNoTracking().ToDictionaryAsync(j => j.Id, j => j.ParentId, ct);
        var offices = await db.Departments.AsNoTracking().Where(d => d.Kind == DepartmentKind.CoordinationOffice)
            .Select(d => new { d.JurisdictionId, d.Name }).ToListAsync(ct);
        for (int? place = department.JurisdictionId; place is { } p; place = places.GetValueOrDefault(p))
            if (offices.FirstOrDefault(o => o.JurisdictionId == p) is { } office)
                return $"{office.Name}（{department.Name}没有其他负责人）";
        return "协调小组办公室";
    }
}
