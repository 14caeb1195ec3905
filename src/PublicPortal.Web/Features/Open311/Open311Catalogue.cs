using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Tips;

namespace PublicPortal.Web.Features.Open311;

/// <summary>
/// The Open311 services (one per tip-off category) and their definitions: the attributes a partner sends, matching what
/// the portal's own 我要举报 form asks for (<see cref="TipForm"/>). Routing needs a county, district or city, so the place
/// is a required list attribute: lat/long cannot be routed here (the portal keeps no boundary data), and address_string
/// is free text kept for the handling department.
/// </summary>
public static class Open311Catalogue
{
    public const string Place = "place", EnterpriseName = "enterprise_name", CreditCode = "credit_code", ObservedOn = "observed_on";

    public static string Code(this TipCategory category) => category.ToString().ToLowerInvariant();

    public static TipCategory? FromCode(string? code) =>
        Enum.GetValues<TipCategory>().Cast<TipCategory?>().FirstOrDefault(c => c!.Value.Code() == code);

    public static string Description(TipCategory c) => c switch
    {
        TipCategory.Energy => "企业单位产品能耗超过强制性能耗限额标准，或使用国家明令淘汰的高耗能设备。",
        TipCategory.Environment => "企业污染物超标排放、未按要求落实环保措施等环保不达标问题。",
        TipCategory.Quality => "企业产品质量达不到强制性标准要求，或生产不合格产品。",
        TipCategory.Safety => "企业安全生产条件不达标，仍在违规生产。",
        TipCategory.Technology => "企业仍在使用《产业结构调整指导目录》等明令淘汰的落后工艺装备。",
        TipCategory.DiTiaoGang => "利用中频炉、工频炉等熔化废钢生产“地条钢”，或销售“地条钢”及其制品。",
        TipCategory.Restarted => "已封存、已拆除或已列入退出名单的设备（生产线）恢复生产。",
        _ => "不属于以上类别的淘汰落后产能问题，由协调小组办公室统筹派单。",
    };

    public static string Keywords(TipCategory c) => c switch
    {
        TipCategory.Energy => "能耗, 能源, 节能, 能耗限额",
        TipCategory.Environment => "环保, 排放, 超标排放, 污染",
        TipCategory.Quality => "质量, 产品质量, 不合格产品",
        TipCategory.Safety => "安全, 安全生产, 应急",
        TipCategory.Technology => "淘汰设备, 落后工艺, 装备, 技术",
        TipCategory.DiTiaoGang => "地条钢, 中频炉, 工频炉, 废钢",
        TipCategory.Restarted => "恢复生产, 封存, 死灰复燃, 退出",
        _ => "其他",
    };

    public static string Group(TipCategory c) => c switch
    {
        TipCategory.Energy or TipCategory.Environment or TipCategory.Quality or TipCategory.Safety or TipCategory.Technology =>
            "五个方面（能耗、环保、质量、安全、技术）",
        TipCategory.DiTiaoGang or TipCategory.Restarted => "专项举报",
        _ => "其他",
    };

    public static Open311Object Service(TipCategory c) => new Open311Object()
        .Add("service_code", c.Code()).Add("service_name", c.Name()).Add("description", Description(c))
        .Add("metadata", true).Add("type", "realtime").Add("keywords", Keywords(c)).Add("group", Group(c));

    /// <summary>The places a tip-off can be filed for: every city (when the district is not known) and every county or district.</summary>
    public static IEnumerable<Jurisdiction> Places(ReferenceLookup.Snapshot refs) =>
        refs.Cities.SelectMany(city => new[] { city }.Concat(refs.CountiesOf(city.Id)));

    public static string PlaceName(ReferenceLookup.Snapshot refs, Jurisdiction place) =>
        place.Level == JurisdictionLevel.County && refs.Jurisdictions.FirstOrDefault(j => j.Id == place.ParentId) is { } city
            ? $"{city.Name}{place.Name}" : place.Name;

    public static Open311Object Definition(TipCategory c, ReferenceLookup.Snapshot refs)
    {
        var places = Places(refs).Select(p => (object?)new Open311Object().Add("key", p.Code)
            .Add("name", p.Level == JurisdictionLevel.City ? $"{p.Name}（不确定具体区县）" : PlaceName(refs, p))).ToList();
        return new Open311Object()
            .Add("service_code", c.Code())
            .Add("attributes", new Open311List("attribute", [
                Attribute(Place, "singlevaluelist", true, 1, "发生地点（县、市、区）：据此派送到属地负责部门。不确定区县时选所在市。",
                    "行政区划代码，取自下列选项", new Open311List("value", places)),
                Attribute(EnterpriseName, "string", true, 2, "被举报企业名称", "不超过 128 个字", null),
                Attribute(CreditCode, "string", false, 3, "被举报企业的统一社会信用代码（不清楚可不填）", "18 位，末位为校验码（GB 32100-2015）", null),
                Attribute(ObservedOn, "datetime", false, 4, "发现时间", "ISO 8601 日期，例如 2026-11-20；不晚于今天", null),
            ]));
    }

    private static Open311Object Attribute(string code, string datatype, bool required, int order, string description,
        string datatypeDescription, Open311List? values)
    {
        var attribute = new Open311Object()
            .Add("variable", true).Add("code", code).Add("datatype", datatype).Add("required", required)
            .Add("datatype_description", datatypeDescription).Add("order", order).Add("description", description);
        if (values is not null) attribute.Add("values", values);
        return attribute;
    }
}
