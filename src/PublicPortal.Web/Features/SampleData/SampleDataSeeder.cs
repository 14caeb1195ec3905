using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Announcements;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.SampleData;

/// <summary>
/// Fills an empty installation with fictional, clearly labelled registers (示例数据) so a newcomer sees a living site.
/// Every enterprise name starts with "（示例）", every row has IsSample = true and the pages show a 示例数据 badge.
/// Deterministic (fixed random seed), and skipped when any enterprise already exists.
/// </summary>
public class SampleDataSeeder(PortalDbContext db, TimeProvider clock)
{
    public const string NamePrefix = "（示例）";

    private static readonly string[] Brands =
        ["宏达", "华盛", "金鼎", "永兴", "粤发", "南方", "联合", "鸿运", "恒信", "新华", "海湾", "东升", "佳利", "振兴", "泰和", "天成"];
    // Equipment as the plans name it (深圳 2019 表5, content/requirements): blast furnaces ≤ 400 m³, converters and electric
    // furnaces ≤ 30 t, cement shaft kilns and small mills, narrow slow paper machines, the kiln types the ceramics rules ban.
    private static readonly (string Industry, string Suffix, string[] Equipment, string Unit, double Min, double Max)[] Lines =
    [
        ("steel", "钢铁", ["128立方米炼铁高炉", "300立方米炼铁高炉", "400立方米炼铁高炉", "30吨炼钢转炉"], "万吨/年", 10, 60),
        ("steel", "特钢", ["5吨中频感应炉", "10吨中频感应炉", "20吨炼钢电炉", "30吨炼钢电炉"], "万吨/年", 1, 10),
        ("cement", "水泥", ["φ2.2米水泥球磨机", "水泥机立窑", "φ2.6米水泥球磨机", "干法中空窑"], "万吨/年", 5, 40),
        ("flat-glass", "玻璃", ["平拉工艺平板玻璃生产线", "格法平板玻璃生产线"], "万重量箱/年", 50, 300),
        ("paper", "纸业", ["幅宽1.76米文化纸生产线（车速100米/分）", "幅宽2米瓦楞纸生产线（车速60米/分）", "1万吨/年废纸制浆生产线"],
            "万吨/年", 1, 5),
        ("dyeing", "印染", ["落后型号印染设备"], "万米/年", 100, 800),
        ("ceramics", "陶瓷", ["建筑陶瓷倒焰窑", "煤烧明焰隧道窑", "建筑陶瓷多孔窑"], "万平方米/年", 50, 500),
        ("lead-battery", "电池", ["开口式普通铅蓄电池生产线"], "万千伏安时/年", 5, 50),
        ("casting", "铸造", ["3吨/小时冲天炉", "5吨/小时冲天炉"], "万吨/年", 0.5, 5),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Enterprises.AnyAsync(ct)) return;
        var random = new Random(20230601);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DateInChina(now);
        var cities = await db.Jurisdictions.Where(j => j.Level == JurisdictionLevel.City).ToListAsync(ct);
        var counties = await db.Jurisdictions.Where(j => j.Level == JurisdictionLevel.County).ToListAsync(ct);
        var departments = await db.Departments.Include(d => d.Jurisdiction).ToListAsync(ct);
        var industries = await db.Industries.ToDictionaryAsync(i => i.Code, ct);
        var aspects = await db.Aspects.ToDictionaryAsync(a => a.Code, ct);

        Department Dept(Jurisdiction city, DepartmentKind kind) =>
            departments.First(d => d.JurisdictionId == city.Id && d.Kind == kind);

        var enterprises = new List<(Enterprise Enterprise, Jurisdiction City, Jurisdiction County, int Line)>();
        var serial = 0;
        foreach (var city in cities)
        {
            foreach (var county in counties.Where(c => c.ParentId == city.Id))
            {
                for (var n = 0; n < 3; n++)
                {
                    var line = random.Next(Lines.Length);
                    var place = county.Name.TrimEnd('区', '县', '市');
                    var name = $"{NamePrefix}{place}{Brands[random.Next(Brands.Length)]}{Lines[line].Suffix}有限公司";
                    if (enterprises.Any(e => e.Enterprise.Name == name)) continue;
                    var enterprise = new Enterprise
                    {
                        CreditCode = MakeCreditCode(county.Code, ++serial), Name = name, Jurisdiction = county, IsSample = true,
                        Address = $"广东省{city.Name}{county.Name}示例工业园{random.Next(1, 99)}号",
                    };
                    enterprises.Add((enterprise, city, county, line));
                    db.Enterprises.Add(enterprise);
                }
            }
        }

        // Every entry is published a few days after what it reports happened, and nothing happens in the future.
        T Stamp<T>(T entry, (Enterprise Enterprise, Jurisdiction City, Jurisdiction County, int Line) e, Department dept, string aspect,
            DateOnly happenedOn)
            where T : RegisterEntry
        {
            entry.Enterprise = e.Enterprise; entry.Jurisdiction = e.County; entry.City = e.City;
            entry.Industry = industries[Lines[e.Line].Industry]; entry.Aspect = aspects[aspect]; entry.Department = dept;
            entry.Year = happenedOn.Year; entry.IsSample = true; entry.State = PublicationState.Published;
            var published = happenedOn.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc).AddDays(random.Next(3, 20));
            // Recent events are published "lately", but never before the day after they happened (which is at latest today).
            if (published > now) published = Later(now.AddHours(-random.Next(1, 48)), ChinaTime.StartOfDayUtc(happenedOn.AddDays(1)));
            entry.PublishedAt = entry.UpdatedAt = published;
            return entry;
        }

        // Everything sampled happened before today, so it can have been published by now.
        DateOnly Past(DateOnly date) => date < today ? date : today.AddDays(-random.Next(1, 60));
        static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

        string[] aspectCodes = ["energy", "environment", "quality", "safety", "technology"];
        var thisYear = today.Year;
        foreach (var (e, index) in enterprises.Select((e, i) => (e, i)))
        {
            var line = Lines[e.Line];
            var year = thisYear - random.Next(0, 4);
            var aspect = aspectCodes[random.Next(aspectCodes.Length)];
            var completed = Past(new DateOnly(year, random.Next(1, 11), random.Next(1, 28)));
            var size = Math.Round(line.Min + random.NextDouble() * (line.Max - line.Min), 1);
            var measure = (PhaseOutMeasure)random.Next(0, 5);
            var status = index % 7 == 6 ? PhaseOutStatus.Planned : index % 3 == 0 ? PhaseOutStatus.Completed : PhaseOutStatus.Accepted;
            // Acceptance follows completion by a few weeks; an acceptance that would lie in the future has not happened yet.
            var accepted = completed.AddDays(random.Next(10, 40));
            if (status == PhaseOutStatus.Accepted && accepted >= today) status = PhaseOutStatus.Completed;
            db.PhaseOutEntries.Add(Stamp(new PhaseOutEntry
            {
                Equipment = Pick(line.Equipment, random.Next(1, 5)), Capacity = size, CapacityUnit = line.Unit,
                Measure = measure, Status = status,
                CompletedOn = status == PhaseOutStatus.Planned ? null : completed,
                AcceptedOn = status == PhaseOutStatus.Accepted ? accepted : null,
            }, e, Dept(e.City, DepartmentKind.IndustryIt), aspect, status == PhaseOutStatus.Accepted ? accepted : completed));

            if (index % 4 == 1)
            {
                var sealedOn = completed;
                var deadline = sealedOn.AddMonths(6);
                var dismantled = index % 8 == 1 && deadline < today;
                var sealedEquipment = Pick(line.Equipment, random.Next(1, 5));
                var notice = Stamp(new SealingNotice
                {
                    NoticeNumber = $"{e.City.Name[..2]}封字〔{sealedOn.Year}〕{index + 1}号（示例）",
                    SealedEquipment = sealedEquipment + "及配套动力设备",
                    Measures = SealingMeasures.WaterCut | SealingMeasures.PowerCut | SealingMeasures.EquipmentSealed
                        | (index % 3 == 0 ? SealingMeasures.PowerUnitRemoved : SealingMeasures.None),
                    SealedOn = sealedOn, DismantleDeadline = deadline, DismantledOn = dismantled ? deadline.AddDays(-5) : null,
                    Status = dismantled ? SealingStatus.Dismantled : SealingStatus.Sealed,
                    PledgeText = $"本企业郑重承诺：已封存的{sealedEquipment}等主体设备自封存之日起不再恢复生产，"
                        + "不擅自拆封、转移或改造，并于拆除期限前完成拆除。如违反承诺，自愿接受依法关停及信用惩戒。（示例数据）",
                    PledgeSignatory = $"{e.Enterprise.Name}（法定代表人：张某）", PledgedOn = sealedOn,
                }, e, Dept(e.City, DepartmentKind.IndustryIt), "technology", sealedOn);
                if (sealedOn.AddMonths(2) < today)
                    notice.Reinspections.Add(new Reinspection
                    {
                        InspectedOn = sealedOn.AddMonths(2), Inspector = $"{e.County.Name}工业和信息化主管部门",
                        Result = ReinspectionResult.Intact, Notes = "封条完好，设备未通电。",
                    });
                if (sealedOn.AddMonths(5) < today)
                    notice.Reinspections.Add(new Reinspection
                    {
                        InspectedOn = sealedOn.AddMonths(5), Inspector = $"{e.City.Name}工业和信息化局",
                        Result = dismantled ? ReinspectionResult.Dismantled : ReinspectionResult.Intact,
                        Notes = dismantled ? "主体设备已拆除。" : "回头看检查，封存状态正常。",
                    });
                // A dismantling or a re-inspection updates the published notice on the day it is recorded.
                if (notice.Reinspections.Select(r => (DateOnly?)r.InspectedOn).Append(notice.DismantledOn).Max() is { } changed)
                    notice.UpdatedAt = Later(notice.UpdatedAt, ChinaTime.StartOfDayUtc(changed).AddHours(10) < now
                        ? ChinaTime.StartOfDayUtc(changed).AddHours(10) : now);
                db.SealingNotices.Add(notice);
            }

            if (index % 3 == 2)
            {
                var listedOn = Past(new DateOnly(year, random.Next(1, 12), random.Next(1, 28)));
                var (cardAspect, kind) = (index % 2 == 0)
                    ? ("energy", DepartmentKind.DevelopmentReform)
                    : ("quality", DepartmentKind.MarketRegulation);
                var yellow = Stamp(new CardListing
                {
                    Card = Card.Yellow, ListedOn = listedOn, RectifyDeadline = listedOn.AddMonths(CardListing.RectifyMonths),
                    Reason = cardAspect == "energy"
                        ? "单位产品能耗超过国家强制性能耗限额标准（示例数据）"
                        : "产品质量抽查不合格，不符合强制性国家标准（示例数据）",
                    DecisionNumber = $"示例黄字〔{year}〕{index}号",
                }, e, Dept(e.City, kind), cardAspect, listedOn);
                var overdue = yellow.RectifyDeadline < today;
                var redOn = yellow.RectifyDeadline!.Value.AddDays(15);
                yellow.Status = !overdue ? CardStatus.Rectifying
                    : (index % 9) switch
                    {
                        2 when redOn <= today => CardStatus.Escalated,
                        5 => CardStatus.Extended,
                        _ => CardStatus.Rectified,
                    };
                if (yellow.Status == CardStatus.Extended)
                    yellow.ExtendedDeadline = yellow.RectifyDeadline!.Value.AddMonths(CardListing.MaxExtensionMonths);
                db.CardListings.Add(yellow);
                if (yellow.Status == CardStatus.Escalated)
                {
                    db.CardListings.Add(Stamp(new CardListing
                    {
                        Card = Card.Red, ListedOn = redOn, Status = CardStatus.Closed, PreviousCard = yellow,
                        Reason = "整改期满仍未达标，依法责令关闭（示例数据）", DecisionNumber = $"示例红字〔{redOn.Year}〕{index}号",
                    }, e, Dept(e.City, kind), cardAspect, redOn));
                }
            }

            if (index % 5 == 3)
            {
                var found = Past(new DateOnly(year, random.Next(1, 12), random.Next(1, 28)));
                // The penalty is decided about a month after the finding (not yet, for a recent one); the entry is published after it.
                var decided = found.AddDays(30) < today ? found.AddDays(30) : (DateOnly?)null;
                db.EmissionViolations.Add(Stamp(new EmissionViolation
                {
                    Pollutant = index % 2 == 0 ? "颗粒物" : "二氧化硫",
                    Violation = index % 2 == 0 ? "颗粒物排放浓度超过特别排放限值（示例数据）" : "二氧化硫小时均值浓度超标（示例数据）",
                    Standard = "GB 28662-2012", IsSerious = index % 10 == 3, FoundOn = found,
                    PenaltyDecisionNumber = decided is { } d ? $"示例环罚〔{d.Year}〕{index}号" : null, PenaltyDecidedOn = decided,
                    Penalty = decided is null ? "已立案调查（示例数据）" : $"罚款{random.Next(10, 100)}万元，责令限期改正（示例数据）",
                    Status = found.AddMonths(3) < today ? EnforcementStatus.Rectified : EnforcementStatus.Rectifying,
                }, e, Dept(e.City, DepartmentKind.Ecology), "environment", decided ?? found));
            }

            if (index % 6 == 4)
            {
                var inspected = Past(new DateOnly(year, random.Next(1, 12), random.Next(1, 28)));
                var product = Products[line.Industry];
                db.QualityFailures.Add(Stamp(new QualityFailure
                {
                    ProductName = product.Name, Specification = product.Specification, Batch = $"{inspected:yyyyMMdd}",
                    FailedItems = product.FailedItems, Standard = product.Standard,
                    InspectedOn = inspected, InspectionAgency = "示例产品质量监督检验所",
                    Handling = "责令停止生产销售不合格产品，依法立案查处（示例数据）",
                    Status = inspected.AddMonths(6) < today ? EnforcementStatus.Rectified : EnforcementStatus.Rectifying,
                }, e, Dept(e.City, DepartmentKind.MarketRegulation), "quality", inspected));
            }
        }

        var office = departments.First(d =>
            d.Kind == DepartmentKind.CoordinationOffice && d.Jurisdiction.Level == JurisdictionLevel.Province);
        foreach (var (title, summary, body, days) in SampleAnnouncements)
            db.Announcements.Add(new Announcement
            {
                Title = title, Summary = summary, BodyMarkdown = body, Jurisdiction = office.Jurisdiction, Department = office,
                PublishedAt = now.AddDays(-days), UpdatedAt = now.AddDays(-days), IsSample = true, State = PublicationState.Published,
            });
        await db.SaveChangesAsync(ct);
    }

    private static string Pick(string[] choices, int n) => choices[(n - 1) % choices.Length];

    /// <summary>A fictional but checksum-valid code: 91 (enterprise), the division code, a serial body, the check character.</summary>
    public static string MakeCreditCode(string jurisdictionCode, int serial)
    {
        var division = new string(jurisdictionCode.Where(char.IsDigit).Take(6).ToArray()).PadRight(6, '0');
        var body = $"91{division}MA{serial:D7}";
        return body + CreditCode.CheckCharacter(body);
    }

    private static readonly Dictionary<string, (string Name, string? Specification, string FailedItems, string? Standard)> Products = new()
    {
        ["steel"] = ("钢筋混凝土用热轧带肋钢筋", "HRB400E Φ16", "屈服强度、重量偏差", "GB/T 1499.2"),
        ["cement"] = ("通用硅酸盐水泥", "P·O 42.5", "3天抗压强度", "GB 175"),
        ["flat-glass"] = ("平板玻璃", "5mm 浮法", "弯曲度、光学变形", "GB 11614"),
        ["paper"] = ("瓦楞原纸", "120g/m²", "环压指数", "GB/T 13023"),
        ["dyeing"] = ("印染布", "纯棉平纹", "色牢度、甲醛含量", "GB 18401"),
        ["ceramics"] = ("陶瓷砖", "600×600mm", "吸水率、破坏强度", "GB/T 4100"),
        ["lead-battery"] = ("起动用铅酸蓄电池", "6-QW-60", "容量、耐久性", "GB/T 5008.1"),
        ["casting"] = ("灰铸铁件", "HT200", "抗拉强度", "GB/T 9439"),
    };

    private static readonly (string Title, string Summary, string Body, int DaysAgo)[] SampleAnnouncements =
    [
        ("（示例）关于公布本年度第一批落后产能退出企业名单的公告", "示例公告：公布本年度第一批已完成退出的企业、设备（生产线）和产能情况，接受社会监督。",
            "本公告为**示例数据**，用于演示门户功能。\n\n"
            + "根据年度推动落后产能退出工作方案，现将第一批已完成退出的企业名单、设备（生产线）和产能情况予以公告，接受社会监督。\n\n"
            + "详见[年度退出名单](/lists/phase-out)。\n\n如发现已退出产能恢复生产，请通过本网站或 12345 热线举报。", 3),
        ("（示例）关于开展落后产能退出“回头看”检查的通知", "示例公告：对已封存、已拆除的落后产能开展复查，防止死灰复燃。",
            "本公告为**示例数据**。\n\n各县（市、区）要对已封存的主体设备开展“回头看”检查，重点核查：\n\n"
            + "1. 封条是否完好；\n2. 是否存在断水断电后私自恢复供电；\n3. 是否在拆除期限前完成拆除。\n\n"
            + "检查结果将在[封存公告](/lists/sealing)页面逐条公开。", 12),
        ("（示例）关于公布能耗不达标限期整改企业名单（黄牌）的公告", "示例公告：对达不到强制性能耗限额标准的企业实行黄牌管理，限期6个月整改。",
            "本公告为**示例数据**。\n\n"
            + "对达不到强制性能耗限额标准要求的产能，在6个月内整改；确需延长整改期限的，可提出不超过3个月的延期申请；逾期未整改或经整改仍未达标的，依法关停退出。\n\n"
            + "名单见[黄牌、红牌名单](/lists/cards)。", 30),
        ("（示例）畅通举报渠道，欢迎社会各界监督", "示例公告：公布举报渠道，对举报人信息严格保密。",
            "本公告为**示例数据**。\n\n欢迎社会各界对落后产能违法违规生产行为进行监督举报。举报人信息严格保密。", 45),
    ];
}
