using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Tips.Intake;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>
/// Development only, with the sample data: fictional tip-offs (every description starts with <see cref="Marker"/>) in
/// Shenzhen and Zhanjiang, in every state of the workflow — just received, waiting to be signed and overdue, in progress
/// with messages and a photo, returned and re-dispatched, extended, awaiting approval, overdue and supervised, merged,
/// closed and rated, reopened — plus thirteen months of closed items, so every sample account's queue, the digest and
/// the statistics have something to show. Replayed through the real services (<see cref="SampleTipReplay"/>) with dates
/// relative to today; only into a database without tip-offs; the mails the replay would queue are dropped.
/// </summary>
public class SampleTipSeeder(IServiceProvider services, PortalDbContext db, TimeProvider clock, ILogger<SampleTipSeeder> logger)
{
    public const string Marker = "【示例数据】";
    /// <summary>The 查询码 of every sample tip-off, so a newcomer can open one on the citizen's follow-up page.</summary>
    public const string QueryCode = "SAMPLE2026";

    private const string OfficeSz = "office.sz@dev.local", OfficeGd = "office.gd@dev.local";
    private const string LeadSz = "lead.sz-yjj@dev.local", OfficerSz = "officer.sz-yjj@dev.local";
    private const string LeadZj = "lead.zj-fgj@dev.local", OfficerZj = "officer.zj-fgj@dev.local";

    private SampleTipReplay _r = null!;
    private Dictionary<string, Jurisdiction> _places = [];
    private List<Registers.Enterprise> _enterprises = [];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Tips.AnyAsync(ct)) return;
        var calendar = new WorkingDayCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
        _r = new SampleTipReplay(services, db, calendar, clock.UtcNow());
        await _r.LoadAccountsAsync(ct);
        if (!_r.HasAccounts)
        {
            logger.LogInformation("Sample tip-offs skipped: the sample staff accounts are missing");
            return;
        }
        _places = await db.Jurisdictions.ToDictionaryAsync(j => j.Code, ct);
        _enterprises = await db.Enterprises.AsNoTracking().Where(e => e.IsSample).OrderBy(e => e.Id).ToListAsync(ct);
        var lastMail = await db.OutboxMessages.MaxAsync(m => (int?)m.Id, ct) ?? 0;

        for (var month = 13; month >= 1; month--) await HistoryAsync(month, ct);
        await ShenzhenAsync(ct);
        await ZhanjiangAsync(ct);
        await OthersAsync(ct);

        // The replayed history would otherwise mail every department and sample tipster about events long past.
        await db.OutboxMessages.Where(m => m.Id > lastMail).ExecuteDeleteAsync(ct);
        db.ChangeTracker.Clear();
        logger.LogInformation("Created {Count} sample tip-offs (示例数据)", await db.Tips.CountAsync(ct));
    }

    /// <summary>Two items a month, closed within (or, now and then, after) their time limit, some rated.</summary>
    private async Task HistoryAsync(int month, CancellationToken ct)
    {
        var baseDay = _r.WorkingOnOrBefore(_r.Today.AddMonths(-month).AddDays(-10));
        string[] sz = ["440303", "440308", "440309", "440310", "440311"];
        string[] zj = ["440802", "440803", "440811", "440881", "440882"];
        var safety = await FileAsync($"h{month}s", TipCategory.Safety, sz[month % sz.Length], baseDay, 9 + month % 5, month, ct);
        await HandleToCloseAsync(safety, OfficerSz, LeadSz, OfficeSz, baseDay, month, ct);
        var day = _r.Forward(baseDay, 2);
        var energy = await FileAsync($"h{month}e", TipCategory.Energy, zj[month % zj.Length], day, 10, month + 1, ct);
        await HandleToCloseAsync(energy, OfficerZj, LeadZj, OfficeGd, day, month + 1, ct);
    }

    private async Task HandleToCloseAsync(Tip tip, string officer, string lead, string office, DateOnly start, int n, CancellationToken ct)
    {
        await StepAsync(officer, start.Day % 2 == 0 ? _r.Forward(start, 1) : start, 15, w => w.SignAsync(tip.Id, ct), "签收");
        var late = n % 5 == 0;
        var proposeAfter = late ? 17 : 4 + n * 7 % 9;
        if (n % 6 == 1)
        {
            await StepAsync(officer, _r.Forward(start, 10), 10, w => w.RequestExtensionAsync(tip.Id,
                _r.Forward(tip.CloseDueOn!.Value, 8), "需要委托第三方检测机构出具检测报告。", ct), "申请延期");
            await DecideExtensionAsync(tip, lead, _r.Forward(start, 10), true, ct);
            proposeAfter = 20;
        }
        var finding = (TipFinding)(n % 3);
        await StepAsync(officer, _r.Forward(start, proposeAfter), 10,
            w => w.ProposeCloseAsync(tip.Id, finding, Reply(tip.Category, finding), ct), "提交办结意见");
        var closedOn = _r.Forward(start, proposeAfter + 1);
        await StepAsync(lead, closedOn, 9, w => w.ApproveCloseAsync(tip.Id, ct), "审批办结");
        if (n % 4 == 3) return; // not every citizen rates
        var rating = n % 4 == 2 ? Satisfaction.Dissatisfied : n % 3 == 0 ? Satisfaction.BasicallySatisfied : Satisfaction.Satisfied;
        await RateAsync(tip, _r.Forward(closedOn, 1), rating, ct);
        if (rating == Satisfaction.Dissatisfied)
            await StepAsync(office, _r.Forward(closedOn, 3), 11, w => w.KeepClosedAsync(tip.Id,
                "经回访核实，办理部门已依法处理，举报人诉求超出处理范围，维持办结。", ct), "维持办结");
    }

    /// <summary>深圳市应急管理局 (the sample Shenzhen accounts) and the Shenzhen coordination office.</summary>
    private async Task ShenzhenAsync(CancellationToken ct)
    {
        // Just received: waiting to be signed, due tomorrow.
        _r.AtUtc(clock.UtcNow().AddHours(-3));
        await _r.SubmitAsync("s-new", await NewTipAsync(TipCategory.Safety, "440303", 0, ct), ct);

        // Never signed: the signing deadline has passed.
        await FileAsync("s-unsigned", TipCategory.Safety, "440309", _r.Back(6), 10, 1, ct);

        // In progress, with a question to the citizen and their answer with a photo.
        var talk = await FileAsync("s-talk", TipCategory.Safety, "440308", _r.Back(6), 9, 2, ct,
            new TipsterIdentity("示例举报人", "13800000000", null));
        await StepAsync(OfficerSz, _r.Back(6), 15, w => w.SignAsync(talk.Id, ct), "签收");
        await StepAsync(OfficerSz, _r.Back(5), 10, w => w.AskQuestionAsync(talk.Id,
            "您好，请问您看到的易燃物堆放在厂区哪个位置？夜间生产大约在几点？如方便请补充现场照片。（示例数据）", ct), "留言");
        _r.At(_r.Back(4), 20, 30);
        await _r.Citizen().AddCitizenMessageAsync(talk.Id, "堆放在厂区东侧熔炼车间门口，晚上十点以后还在开工。照片见附件。（示例数据）",
            [new UploadedFile(SamplePhoto.FileName, "image/jpeg", SamplePhoto.Jpeg())], ct);
        await StepAsync(OfficerSz, _r.Back(3), 16, w => w.AddNoteAsync(talk.Id, "已联系街道安监办，约定本周现场检查。（示例数据）", ct), "办理记录");

        // Extended: the lead approved a later deadline.
        var extended = await FileAsync("s-extended", TipCategory.Safety, "440303", _r.Back(13), 11, 3, ct);
        await StepAsync(OfficerSz, _r.Back(12), 9, w => w.SignAsync(extended.Id, ct), "签收");
        await StepAsync(OfficerSz, _r.Back(2), 10, w => w.RequestExtensionAsync(extended.Id,
            _r.Forward(extended.CloseDueOn!.Value, 10), "涉及多个部门联合检查，需协调检查时间。（示例数据）", ct), "申请延期");
        await DecideExtensionAsync(extended, LeadSz, _r.Back(2), true, ct);

        // An extension request waiting for the lead.
        var asking = await FileAsync("s-asking", TipCategory.Safety, "440309", _r.Back(9), 14, 4, ct);
        await StepAsync(OfficerSz, _r.Back(8), 9, w => w.SignAsync(asking.Id, ct), "签收");
        await StepAsync(OfficerSz, _r.Back(1), 11, w => w.RequestExtensionAsync(asking.Id,
            _r.Forward(asking.CloseDueOn!.Value, 5), "企业法定代表人外出，需约谈后才能形成结论。（示例数据）", ct), "申请延期");

        // A closure proposal waiting for the lead's approval.
        var proposal = await FileAsync("s-proposal", TipCategory.Safety, "440310", _r.Back(10), 10, 5, ct);
        await StepAsync(OfficerSz, _r.Back(9), 9, w => w.SignAsync(proposal.Id, ct), "签收");
        await StepAsync(OfficerSz, _r.Back(1), 15, w => w.ProposeCloseAsync(proposal.Id, TipFinding.Substantiated,
            Reply(TipCategory.Safety, TipFinding.Substantiated), ct), "提交办结意见");

        // Overdue and supervised by the office.
        var late = await FileAsync("s-late", TipCategory.Safety, "440311", _r.Back(25), 10, 6, ct);
        await StepAsync(OfficerSz, _r.Back(22), 9, w => w.SignAsync(late.Id, ct), "签收");
        await StepAsync(OfficeSz, _r.Back(7), 10, w => w.SuperviseAsync(late.Id, "已超过办结时限，请于三个工作日内报送办理结果。（示例数据）", ct), "督办");

        // Returned to the office, waiting for its decision.
        var returned = await FileAsync("s-returned", TipCategory.Safety, "440303", _r.Back(3), 9, 7, ct);
        await StepAsync(OfficerSz, _r.Back(2), 10, w => w.ReturnAsync(returned.Id,
            "经核实，该企业注册地及生产场所均在深汕特别合作区，建议改派。（示例数据）", ct), "退单");

        // Returned, the office kept the dispatch, signed again.
        var redispatched = await FileAsync("s-redispatched", TipCategory.Safety, "440309", _r.Back(7), 11, 8, ct);
        await StepAsync(OfficerSz, _r.Back(6), 10, w => w.ReturnAsync(redispatched.Id, "该企业不属于本局监管范围。（示例数据）", ct), "退单");
        await StepAsync(OfficeSz, _r.Back(5), 10, w => w.ConfirmDispatchAsync(redispatched.Id,
            "安全生产条件问题属应急管理部门职责，维持原派单。（示例数据）", ct), "维持原派单");
        await StepAsync(OfficerSz, _r.Back(5), 15, w => w.SignAsync(redispatched.Id, ct), "签收");

        // 其他: one waiting at the office, one the office dispatched.
        await FileAsync("s-other", TipCategory.Other, "440305", _r.Back(1), 16, 9, ct);
        var other = await FileAsync("s-other-sent", TipCategory.Other, "440303", _r.Back(2), 9, 10, ct);
        var safetyBureau = await db.Departments.Where(d => d.Code == "440300-yjglj").Select(d => d.Id).SingleAsync(ct);
        await StepAsync(OfficeSz, _r.Back(1), 9, w => w.DispatchAsync(other.Id, safetyBureau, "反映内容涉及安全生产隐患。（示例数据）", ct), "派单");

        // Two reports of the same matter: the later one merged into the first.
        var first = await FileAsync("s-merge-main", TipCategory.Safety, "440308", _r.Back(8), 10, 11, ct);
        await StepAsync(OfficerSz, _r.Back(7), 9, w => w.SignAsync(first.Id, ct), "签收");
        var again = await FileAsync("s-merge-dup", TipCategory.Safety, "440308", _r.Back(6), 20, 11, ct);
        await StepAsync(OfficeSz, _r.Back(5), 11, w => w.MergeAsync(again.Id, first.Id, ct), "并单");

        // Closed, rated 不满意, reopened by the office: back with the bureau, to be signed again.
        var reopened = await FileAsync("s-reopened", TipCategory.Safety, "440310", _r.Back(10), 9, 12, ct);
        await StepAsync(OfficerSz, _r.Back(9), 9, w => w.SignAsync(reopened.Id, ct), "签收");
        await StepAsync(OfficerSz, _r.Back(6), 10, w => w.ProposeCloseAsync(reopened.Id, TipFinding.Unsubstantiated,
            Reply(TipCategory.Safety, TipFinding.Unsubstantiated), ct), "提交办结意见");
        await StepAsync(LeadSz, _r.Back(5), 9, w => w.ApproveCloseAsync(reopened.Id, ct), "审批办结");
        await RateAsync(reopened, _r.Back(4), Satisfaction.Dissatisfied, ct, "检查时企业提前停产，晚上照常生产。（示例数据）");
        await StepAsync(OfficeSz, _r.Back(1), 10, w => w.ReopenAsync(reopened.Id, "举报人反映企业夜间生产，请安排夜间检查。（示例数据）", ct), "重办");

        // Closed and rated 不满意 yesterday: on the office's follow-up list.
        var unhappy = await FileAsync("s-unhappy", TipCategory.Safety, "440311", _r.Back(12), 9, 13, ct);
        await StepAsync(OfficerSz, _r.Back(11), 9, w => w.SignAsync(unhappy.Id, ct), "签收");
        await StepAsync(OfficerSz, _r.Back(4), 10, w => w.ProposeCloseAsync(unhappy.Id, TipFinding.PartlySubstantiated,
            Reply(TipCategory.Safety, TipFinding.PartlySubstantiated), ct), "提交办结意见");
        await StepAsync(LeadSz, _r.Back(3), 9, w => w.ApproveCloseAsync(unhappy.Id, ct), "审批办结");
        await RateAsync(unhappy, _r.Back(1), Satisfaction.Dissatisfied, ct, "整改不彻底。（示例数据）");

        // A merged pair closed together, rated 满意.
        var pairMain = await FileAsync("s-pair-main", TipCategory.Safety, "440303", _r.Back(30), 10, 14, ct);
        var pairDup = await FileAsync("s-pair-dup", TipCategory.Safety, "440303", _r.Back(29), 15, 14, ct);
        await StepAsync(OfficerSz, _r.Back(29), 9, w => w.SignAsync(pairMain.Id, ct), "签收");
        await StepAsync(OfficeSz, _r.Back(28), 10, w => w.MergeAsync(pairDup.Id, pairMain.Id, ct), "并单");
        await StepAsync(OfficerSz, _r.Back(20), 10, w => w.ProposeCloseAsync(pairMain.Id, TipFinding.Substantiated,
            Reply(TipCategory.Safety, TipFinding.Substantiated), ct), "提交办结意见");
        await StepAsync(LeadSz, _r.Back(19), 9, w => w.ApproveCloseAsync(pairMain.Id, ct), "审批办结");
        await RateAsync(pairMain, _r.Back(18), Satisfaction.Satisfied, ct);
    }

    /// <summary>湛江市发展和改革局 (the sample Zhanjiang accounts); the provincial office acts for Zhanjiang's.</summary>
    private async Task ZhanjiangAsync(CancellationToken ct)
    {
        await FileAsync("z-new", TipCategory.Energy, "440802", _r.Back(1), 15, 20, ct);

        var talk = await FileAsync("z-talk", TipCategory.Energy, "440803", _r.Back(7), 10, 21, ct);
        await StepAsync(OfficerZj, _r.Back(6), 9, w => w.SignAsync(talk.Id, ct), "签收");
        await StepAsync(OfficerZj, _r.Back(5), 11, w => w.AskQuestionAsync(talk.Id, "请问该锅炉位于厂区哪栋厂房？（示例数据）", ct), "留言");
        _r.At(_r.Back(4), 19);
        await _r.Citizen().AddCitizenMessageAsync(talk.Id, "在厂区北面二号厂房，烟囱很显眼。（示例数据）", [], ct);

        var proposal = await FileAsync("z-proposal", TipCategory.Energy, "440811", _r.Back(11), 10, 22, ct);
        await StepAsync(OfficerZj, _r.Back(10), 9, w => w.SignAsync(proposal.Id, ct), "签收");
        await StepAsync(OfficerZj, _r.Back(2), 16, w => w.ProposeCloseAsync(proposal.Id, TipFinding.Substantiated,
            Reply(TipCategory.Energy, TipFinding.Substantiated), ct), "提交办结意见");

        var extended = await FileAsync("z-extended", TipCategory.Energy, "440881", _r.Back(14), 9, 23, ct);
        await StepAsync(OfficerZj, _r.Back(13), 9, w => w.SignAsync(extended.Id, ct), "签收");
        await StepAsync(OfficerZj, _r.Back(3), 10, w => w.RequestExtensionAsync(extended.Id,
            _r.Forward(extended.CloseDueOn!.Value, 10), "需等待节能监察机构出具能耗监测报告。（示例数据）", ct), "申请延期");
        await DecideExtensionAsync(extended, LeadZj, _r.Back(3), true, ct);

        // Signed, never closed: overdue, waiting for the office to supervise.
        var late = await FileAsync("z-late", TipCategory.Energy, "440882", _r.Back(22), 10, 24, ct);
        await StepAsync(OfficerZj, _r.Back(21), 9, w => w.SignAsync(late.Id, ct), "签收");

        // 恢复生产: the industry bureau leads; the development and reform bureau signed its 协办 share.
        var restarted = await FileAsync("z-restarted", TipCategory.Restarted, "440883", _r.Back(5), 21, 25, ct);
        await StepAsync(OfficerZj, _r.Back(4), 9, w => w.SignAsync(restarted.Id, ct), "签收（协办）");

        // 地条钢 has no Zhanjiang rule: it reaches the city's office; the provincial office dispatched it.
        var steel = await FileAsync("z-ditiaogang", TipCategory.DiTiaoGang, "440823", _r.Back(3), 10, 26, ct);
        var industry = await db.Departments.Where(d => d.Code == "440800-gxj").Select(d => d.Id).SingleAsync(ct);
        await StepAsync(OfficeGd, _r.Back(2), 9, w => w.DispatchAsync(steel.Id, industry, "请于1个工作日内签收并组织核查。（示例数据）", ct), "派单");
    }

    /// <summary>Items in departments without a sample account, seen by the offices.</summary>
    private async Task OthersAsync(CancellationToken ct)
    {
        await FileAsync("o-quality", TipCategory.Quality, "440825", _r.Back(4), 10, 30, ct);
        await FileAsync("o-environment", TipCategory.Environment, "440306", _r.Back(8), 14, 31, ct);
        await FileAsync("o-energy", TipCategory.Energy, "440307", _r.Back(3), 9, 32, ct);
        await FileAsync("o-ditiaogang", TipCategory.DiTiaoGang, "440311", _r.Back(5), 16, 33, ct);
    }

    private async Task<Tip> FileAsync(string key, TipCategory category, string place, DateOnly day, int hour, int pick,
        CancellationToken ct, TipsterIdentity? identity = null)
    {
        _r.At(day, hour, pick * 7 % 60);
        return await _r.SubmitAsync(key, await NewTipAsync(category, place, pick, ct, identity), ct);
    }

    private Task<TipSubmission> NewTipAsync(TipCategory category, string placeCode, int pick, CancellationToken ct,
        TipsterIdentity? identity = null)
    {
        var place = _places[placeCode];
        var local = _enterprises.Where(e => e.JurisdictionId == place.Id).ToList();
        var enterprise = local.Count > 0 ? local[pick % local.Count] : null;
        var name = enterprise?.Name ?? $"（示例）{place.Name}某{Kind(category)}";
        var observed = _r.ClockDate.AddDays(-(pick % 4));
        return Task.FromResult(new TipSubmission
        {
            Category = category, Place = placeCode, EnterpriseName = name, CreditCode = enterprise?.CreditCode,
            Address = enterprise?.Address ?? $"{place.Name}示例工业园", ObservedOn = observed, Description = Marker + Description(category),
            Named = identity is not null, Name = identity?.Name, Phone = identity?.Phone, Email = identity?.Email,
        });
    }

    private async Task StepAsync(string email, DateOnly day, int hour, Func<TipWorkflow, Task<WorkflowResult>> step, string name)
    {
        _r.At(day, hour, 15);
        SampleTipReplay.Check(await step(_r.As(email)), name);
    }

    private async Task DecideExtensionAsync(Tip tip, string lead, DateOnly day, bool approve, CancellationToken ct)
    {
        var request = await db.ExtensionRequests.Where(e => e.TipId == tip.Id).OrderByDescending(e => e.Id)
            .Select(e => e.Id).FirstAsync(ct);
        await StepAsync(lead, day, 16, w => w.DecideExtensionAsync(tip.Id, request, approve, approve ? null : "理由不充分。", ct), "审批延期");
    }

    private async Task RateAsync(Tip tip, DateOnly day, Satisfaction rating, CancellationToken ct, string? comment = null)
    {
        _r.At(day, 20);
        if (!await _r.Citizen().RateAsync(tip.Id, rating, comment, ct)) throw new InvalidOperationException("示例举报数据无法生成：评价");
    }

    private static string Kind(TipCategory category) => category switch
    {
        TipCategory.Other => "作坊",
        _ => "工厂",
    };

    private static string Description(TipCategory category) => category switch
    {
        TipCategory.Safety => "该厂熔炼车间中频炉旁堆放易燃物，消防通道被占用，夜间仍在生产，存在安全隐患。",
        TipCategory.Energy => "该企业仍在使用老旧燃煤锅炉和高耗能电机，单位产品能耗明显高于限额标准，烟囱长期冒黑烟。",
        TipCategory.DiTiaoGang => "厂区内有中频感应炉熔炼废钢，产品以“钢坯”名义对外销售，疑似生产地条钢。",
        TipCategory.Restarted => "已公告封存的生产线近期夜间有运转声音，厂区用电明显增加，疑似恢复生产。",
        TipCategory.Environment => "企业烟囱排放黄色烟雾，周边有刺鼻气味，疑似超标排放。",
        TipCategory.Quality => "该企业销售的钢筋重量明显不足，表面标志不清，疑似不符合国家标准。",
        TipCategory.Technology => "该企业仍在使用国家明令淘汰的立窑生产水泥。",
        _ => "附近有小作坊生产水泥制品，不清楚是否属于落后产能，请有关部门核实。",
    };

    private static string Reply(TipCategory category, TipFinding finding) => Marker + finding switch
    {
        TipFinding.Substantiated => $"经现场核查，反映的“{category.Name()}”问题属实。已责令企业停产整改，并将依法作出处理，整改情况将持续跟踪。",
        TipFinding.PartlySubstantiated => "经现场核查，反映的问题部分属实：企业存在管理不规范问题，已责令限期整改；其余情况未发现。",
        TipFinding.Unsubstantiated => "经现场核查，企业已停产，未发现反映的问题。如仍发现违法生产，欢迎继续举报。",
        _ => "经核查，反映的事项不属于落后产能退出工作范围，已告知有关主管部门。",
    };
}
