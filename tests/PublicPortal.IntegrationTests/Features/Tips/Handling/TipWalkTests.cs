using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;
using PublicPortal.Web.Features.Tips.Intake;
using static PublicPortal.IntegrationTests.Infrastructure.Crew;

namespace PublicPortal.IntegrationTests.Features.Tips.Handling;

/// <summary>
/// A seeded random walk over the tip-off state machine. Every role acts — officers, the single lead of 福田区应急管理局,
/// the two leads of 深圳市应急管理局, the offices of 深圳, 湛江 and the province, another district's officer, an
/// administrator and the citizen (rating) — through the real <see cref="TipWorkflow"/>, taking steps that
/// <see cref="TipRules.Allowed"/> offers and, now and then, steps it does not offer. After every step: an offered step
/// succeeded, an unoffered one was refused and changed nothing, and the tip-off can still reach 办结 (someone has a step
/// that moves it on; at random moments and at the end a greedy "finish it" policy closes it for real).
/// Set PORTAL_WALK_SEED to replay a failure (the failure message prints the seed and the last steps) and PORTAL_WALK_STEPS
/// for a longer walk (1,000 and 2,000 steps passed locally; the default is kept short for CI).
/// </summary>
public class TipWalkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string CityLead1 = "lead1@sz-yjglj.test", CityLead2 = "lead2@sz-yjglj.test";
    private const string GdOffice = "office@guangdong.test", Admin = "admin@walk.test";
    private const string Citizen = "citizen";

    private static readonly (string Email, string Role, string? Department)[] Extra =
    [
        (CityLead1, StaffRoles.Lead, "440300-yjglj"), (CityLead2, StaffRoles.Lead, "440300-yjglj"),
        (GdOffice, StaffRoles.Office, "440000-office"), (Admin, StaffRoles.Admin, null),
    ];

    private static readonly string[] Members =
        [Officer, Lead, SecondOfficer, CityOfficer, CityLead1, CityLead2, NanshanOfficer, SzOffice, ZjOffice, GdOffice, Admin, Citizen];

    /// <summary>Steps that move a tip-off towards 办结; the greedy policy tries them in this order.</summary>
    private static readonly TipAction[] Progress =
        [TipAction.ApproveClose, TipAction.ProposeClose, TipAction.Sign, TipAction.ConfirmDispatch, TipAction.Dispatch];

    private static readonly TipAction[] Walked = Enum.GetValues<TipAction>()
        .Where(a => a is not (TipAction.RevealIdentity or TipAction.DownloadEvidence)).ToArray();

    private readonly Dictionary<string, ClaimsPrincipal> _principals = [];
    private readonly Dictionary<string, TipActor> _actors = [];
    private HashSet<int> _crewDepartments = [];
    private readonly List<string> _log = [];
    private Random _random = null!;

    [Fact]
    public async Task RandomWalk_EveryTipCanAlwaysReachClosed_AndOfferedStepsAreExactlyTheAcceptedOnes()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PORTAL_WALK_SEED"), out var s) ? s : 20261203;
        // Sized for a shared two-core CI machine: each step is a handful of real workflow calls and queries.
        var defaultSteps = PortalFactory.OnPostgres ? 120 : 300;
        var steps = int.TryParse(Environment.GetEnvironmentVariable("PORTAL_WALK_STEPS"), out var n) ? n : defaultSteps;
        _random = new Random(seed);
        await PrepareAsync();
        var tips = new List<int>();
        try
        {
            for (var i = 0; i < 6; i++) tips.Add(await FileAsync(i));
            for (var step = 0; step < steps; step++)
            {
                if (_random.Next(40) == 0)
                {
                    factory.Clock.Advance(TimeSpan.FromDays(1 + _random.Next(3)));
                    _log.Add($"{step}: clock → {factory.Clock.GetUtcNow():yyyy-MM-dd HH:mm}Z");
                }
                var tip = tips[_random.Next(tips.Count)];
                var member = Members[_random.Next(Members.Length)];
                await StepAsync(step, tip, member);
                foreach (var touched in await FamilyAsync(tip)) await AssertCanProgressAsync(touched);
                if (_random.Next(150) == 0)
                {
                    _log.Add($"{step}: greedy finish of #{tip}");
                    await FinishAsync(tip, depth: 0);
                    tips.Remove(tip);
                    tips.Add(await FileAsync(step));
                }
            }
            foreach (var tip in tips.ToList()) await FinishAsync(tip, depth: 0);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"Random walk failed with seed {seed} (replay: PORTAL_WALK_SEED={seed}). Last steps:\n"
                + string.Join("\n", _log.TakeLast(60)), e);
        }
    }

    private async Task PrepareAsync()
    {
        await EnsureAsync(factory);
        var existing = await factory.WithDbAsync(db => db.Users.Select(u => u.Email).ToListAsync());
        foreach (var (email, role, department) in Extra.Where(m => !existing.Contains(m.Email)))
            await StaffLogin.CreateAsync(factory, email, role, department);
        foreach (var member in Members.Where(m => m != Citizen))
        {
            using var scope = factory.Services.CreateScope();
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(member);
            _principals[member] = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>()
                .CreateAsync(user!);
            _actors[member] = await AsAsync(member, sp => sp.GetRequiredService<TipAccess>().ActorAsync(default));
        }
        _crewDepartments = _actors.Values.Where(a => a.Handles && a.DepartmentId is not null)
            .Select(a => a.DepartmentId!.Value).ToHashSet();
    }

    /// <summary>Safety tip-offs in 福田区 (a department with one lead) and in 深圳市 itself (a department with two).</summary>
    private async Task<int> FileAsync(int step)
    {
        var place = _random.Next(2) == 0 ? "440304" : "440300";
        var tip = await TipSeed.FileAsync(factory, TipSeed.Enterprise("随机漫步"), TipCategory.Safety, place);
        _log.Add($"{step}: filed #{tip.Id}");
        return tip.Id;
    }

    private async Task<T> AsAsync<T>(string member, Func<IServiceProvider, Task<T>> action)
    {
        using var scope = factory.Services.CreateScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { User = _principals[member], RequestServices = scope.ServiceProvider };
        try { return await action(scope.ServiceProvider); }
        finally { accessor.HttpContext = null; }
    }

    private async Task StepAsync(int step, int tipId, string member)
    {
        if (member == Citizen)
        {
            var rating = (Satisfaction)_random.Next(3);
            using var scope = factory.Services.CreateScope();
            var rated = await scope.ServiceProvider.GetRequiredService<TipFollowUp>().RateAsync(tipId, rating, null, default);
            _log.Add($"{step}: citizen rates #{tipId} {rating}: {rated}");
            return;
        }
        var (offered, decidable) = await OfferedAsync(member, tipId);
        var probe = offered.Count == 0 || _random.Next(4) == 0;
        var candidates = probe ? Walked.Where(a => !offered.Contains(a)).ToList() : offered.ToList();
        if (!probe && decidable.Count > 0 && _random.Next(3) == 0)
        {
            var request = decidable[_random.Next(decidable.Count)];
            var approve = _random.Next(2) == 0;
            _log.Add($"{step}: {member} decides extension {request} on #{tipId}: {approve}");
            var decided = await AsAsync(member,
                sp => sp.GetRequiredService<TipWorkflow>().DecideExtensionAsync(tipId, request, approve, "审批意见", default));
            Assert.True(decided.Succeeded, $"offered extension decision refused: {decided.Error}");
            return;
        }
        if (candidates.Count == 0) return;
        var action = candidates[_random.Next(candidates.Count)];
        var before = probe ? await FingerprintAsync(tipId) : "";
        var (result, skipped) = await PerformAsync(member, tipId, action);
        _log.Add($"{step}: {member} {(probe ? "probes" : "takes")} {action} on #{tipId} : "
            + (skipped ? "skipped (no valid input)" : $"{result?.Outcome} {result?.Error}"));
        if (skipped) return;
        if (probe)
        {
            Assert.NotEqual(WorkflowOutcome.Done, result!.Outcome);
            if (offered.Count == 0 && !_actors[member].Visible.Any()) Assert.Equal(WorkflowOutcome.NotFound, result.Outcome);
            Assert.Equal(before, await FingerprintAsync(tipId));
        }
        else Assert.True(result!.Succeeded, $"offered step {action} refused: {result.Error}");
    }

    /// <summary>What the page would offer this member: <see cref="TipRules.Allowed"/> on the context the app loads for them.</summary>
    private Task<(IReadOnlySet<TipAction> Offered, List<int> Decidable)> OfferedAsync(string member, int tipId) =>
        AsAsync(member, async sp =>
        {
            var access = sp.GetRequiredService<TipAccess>();
            if (await access.LoadAsync(tipId, tracked: false, default) is not { } context)
                return ((IReadOnlySet<TipAction>)new HashSet<TipAction>(), new List<int>());
            var actor = await access.ActorAsync(default);
            var offered = TipRules.Allowed(context, actor).Where(a => Walked.Contains(a)).ToHashSet();
            var decidable = context.PendingExtensions.Where(e => TipRules.CanDecideExtension(context, actor, e) is null)
                .Select(e => e.Id).ToList();
            return (offered, decidable);
        });

    /// <summary>Performs the step with valid input; "skipped" when no valid input exists (e.g. no staffed department to
    /// transfer to).</summary>
    private Task<(WorkflowResult? Result, bool Skipped)> PerformAsync(string member, int tipId, TipAction action) =>
        AsAsync<(WorkflowResult? Result, bool Skipped)>(member, async sp =>
    {
        var w = sp.GetRequiredService<TipWorkflow>();
        var db = sp.GetRequiredService<PortalDbContext>();
        var tip = await db.Tips.AsNoTracking().Include(t => t.Assignments).SingleAsync(t => t.Id == tipId);
        async Task<int?> TargetAsync()
        {
            var targets = (await w.TargetsAsync(tip, default))
                .Where(d => _crewDepartments.Contains(d.Id) && !tip.Assignments.Any(a => a.IsActive && a.DepartmentId == d.Id)).ToList();
            return targets.Count == 0 ? null : targets[_random.Next(targets.Count)].Id;
        }
        var mine = tip.Assignments.FirstOrDefault(a => a.IsActive && a.DepartmentId == _actors[member].DepartmentId);
        WorkflowResult? result;
        switch (action)
        {
            case TipAction.Sign: result = await w.SignAsync(tipId, default); break;
            case TipAction.AddNote: result = await w.AddNoteAsync(tipId, "已电话联系企业。", default); break;
            case TipAction.AskQuestion: result = await w.AskQuestionAsync(tipId, "请补充生产时间。", default); break;
            case TipAction.Transfer:
                if (await TargetAsync() is not { } to) return (null, true);
                result = await w.TransferAsync(tipId, to, "属于该部门职责。", default); break;
            case TipAction.Return: result = await w.ReturnAsync(tipId, "不属于本部门职责。", default); break;
            case TipAction.Dispatch:
                if (await TargetAsync() is not { } target) return (null, true);
                result = await w.DispatchAsync(tipId, target, null, default); break;
            case TipAction.ConfirmDispatch: result = await w.ConfirmDispatchAsync(tipId, "退单理由不成立。", default); break;
            case TipAction.RequestExtension:
                var newDueOn = (mine?.CloseDueOn ?? DateOnly.FromDateTime(DateTime.UnixEpoch)).AddDays(1);
                result = await w.RequestExtensionAsync(tipId, newDueOn, "等待检测报告。", default);
                break;
            case TipAction.Supervise: result = await w.SuperviseAsync(tipId, null, default); break;
            case TipAction.ProposeClose:
                result = await w.ProposeCloseAsync(tipId, (TipFinding)_random.Next(4), "经现场核查，情况如下。", default); break;
            case TipAction.ApproveClose: result = await w.ApproveCloseAsync(tipId, default); break;
            case TipAction.RejectClose: result = await w.RejectCloseAsync(tipId, "请补充核查材料。", default); break;
            case TipAction.Reopen: result = await w.ReopenAsync(tipId, "举报人反映问题仍存在。", default); break;
            case TipAction.KeepClosed: result = await w.KeepClosedAsync(tipId, "办理结果无误。", default); break;
            case TipAction.Merge:
                // A main tip-off the page could offer: open, visible, with nothing merged into this one.
                var visible = _actors[member].Visible.ToList();
                var mains = await db.Tips.AsNoTracking()
                    .Where(t => t.Id != tipId && t.Status != TipStatus.Closed && t.Status != TipStatus.Merged
                        && t.Assignments.Any(a => visible.Contains(a.DepartmentId)))
                    .Select(t => t.Id).OrderBy(id => id).ToListAsync();
                if (await db.Tips.AnyAsync(t => t.MergedIntoId == tipId)) mains.Clear();
                if (mains.Count == 0) return (null, true);
                result = await w.MergeAsync(tipId, mains[_random.Next(mains.Count)], default); break;
            case TipAction.CreateDraft:
                var kind = (PublicationDraftKind)_random.Next(2);
                result = await w.CreateDraftAsync(tipId, kind, default);
                if (!result!.Succeeded && result.Error == "该类草稿已生成。")
                    result = await w.CreateDraftAsync(tipId, (PublicationDraftKind)(1 - (int)kind), default);
                break;
            default: return (null, true);
        }
        return ((WorkflowResult?)result, false);
    });

    /// <summary>Everything a step can change, as one string: status, shares, events, notes, messages, extensions, drafts, audit.</summary>
    private Task<string> FingerprintAsync(int tipId) => factory.WithDbAsync(async db =>
    {
        var tip = await db.Tips.AsNoTracking().Include(t => t.Assignments).SingleAsync(t => t.Id == tipId);
        var sb = new StringBuilder(
            $"{tip.Status}|{tip.UpdatedAt:O}|{tip.MergedIntoId}|{tip.IsSupervised}|{tip.ProposedById}|{tip.Finding}|");
        foreach (var a in tip.Assignments.OrderBy(a => a.Id))
            sb.Append(CultureInfo.InvariantCulture, $"{a.DepartmentId}:{a.State}:{a.IsActive}:{a.CloseDueOn};");
        sb.Append('|').Append(await db.TipEvents.CountAsync(e => e.TipId == tipId));
        sb.Append('|').Append(await db.TipNotes.CountAsync(e => e.TipId == tipId));
        sb.Append('|').Append(await db.TipMessages.CountAsync(e => e.TipId == tipId));
        sb.Append('|').Append(string.Join(",", await db.ExtensionRequests.Where(e => e.TipId == tipId).OrderBy(e => e.Id)
            .Select(e => e.State).ToListAsync()));
        sb.Append('|').Append(await db.PublicationDrafts.CountAsync(d => d.TipId == tipId));
        sb.Append('|').Append(await db.AuditEntries.CountAsync());
        return sb.ToString();
    });

    /// <summary>The tip-off, the one it is merged into and those merged into it: a step on one can change the others.</summary>
    private Task<List<int>> FamilyAsync(int tipId) => factory.WithDbAsync(async db =>
    {
        var main = await db.Tips.Where(t => t.Id == tipId).Select(t => t.MergedIntoId).SingleAsync() ?? tipId;
        return await db.Tips.Where(t => t.Id == main || t.MergedIntoId == main || t.Id == tipId).Select(t => t.Id).ToListAsync();
    });

    /// <summary>Each member's offered steps, from one load of the context (the rules are pure; visibility is the only
    /// difference).</summary>
    private async Task<(TipContext Context, List<(string Member, TipAction Action)> Offers)> OffersAsync(int tipId)
    {
        var context = await AsAsync(GdOffice, sp => sp.GetRequiredService<TipAccess>().LoadAsync(tipId, tracked: false, default));
        Assert.NotNull(context);
        var offers = _actors.Where(m => context!.Tip.Assignments.Any(a => m.Value.Visible.Contains(a.DepartmentId)))
            .SelectMany(m => TipRules.Allowed(context!, m.Value).Select(a => (m.Key, a))).ToList();
        return (context!, offers);
    }

    private async Task AssertCanProgressAsync(int tipId)
    {
        var (context, offers) = await OffersAsync(tipId);
        switch (context.Tip.Status)
        {
            case TipStatus.Closed: return;
            case TipStatus.Merged:
                var main = await factory.WithDbAsync(db => db.Tips.Where(t => t.Id == context.Tip.MergedIntoId)
                    .Select(t => t.Status).SingleAsync());
                Assert.True(main is not (TipStatus.Closed or TipStatus.Merged),
                    $"#{tipId} is merged into a tip-off that is {main}: it can never close");
                return;
            default:
                Assert.True(offers.Any(o => Progress.Contains(o.Action)),
                    $"#{tipId} ({context.Tip.Status}) is stuck: nobody may take a step towards 办结. Offers: {string.Join(", ", offers)}");
                return;
        }
    }

    /// <summary>The greedy policy: approve, propose, sign, confirm or dispatch, whoever may, until the tip-off is 办结.</summary>
    private async Task FinishAsync(int tipId, int depth)
    {
        for (var round = 0; round < 40; round++)
        {
            var (context, offers) = await OffersAsync(tipId);
            if (context.Tip.Status == TipStatus.Closed) return;
            if (context.Tip.Status == TipStatus.Merged)
            {
                Assert.True(depth < 3, "merge chain too deep");
                await FinishAsync(context.Tip.MergedIntoId!.Value, depth + 1);
                continue;
            }
            var next = Progress.SelectMany(p => offers.Where(o => o.Action == p)).Select(o => ((string, TipAction)?)o).FirstOrDefault();
            Assert.True(next is not null,
                $"#{tipId} ({context.Tip.Status}) cannot be finished: no progress step offered. Offers: {string.Join(", ", offers)}");
            var (member, action) = next.Value;
            var (result, skipped) = await PerformAsync(member, tipId, action);
            _log.Add($"finish: {member} {action} on #{tipId}: {(skipped ? "skipped" : $"{result!.Outcome} {result.Error}")}");
            Assert.False(skipped, $"#{tipId}: {action} offered to {member} but no staffed department to send it to");
            Assert.True(result!.Succeeded, $"#{tipId}: offered {action} by {member} refused: {result.Error}");
        }
        Assert.Fail($"#{tipId} not closed after 40 greedy steps");
    }
}
