using System.Globalization;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Features.Imports;

public enum FieldType { Text, Number, Year, Date, CreditCode, Place, Industry, Aspect, Enum }

/// <summary>
/// A target field of an import: its key (stored in the department's mapping), the Chinese label staff see, whether a
/// row needs it, its type, the other header names departments use for it, and for enums the Chinese names accepted.
/// </summary>
public sealed record ImportField(string Key, string Label, FieldType Type, bool Required = false, int MaxLength = 0,
    string[]? Aliases = null, IReadOnlyDictionary<string, int>? Values = null)
{
    public IEnumerable<string> Names => new[] { Label }.Concat(Aliases ?? []);
}

/// <summary>The fields of one importable register, and which of them make two rows "the same entry".</summary>
public sealed record ImportSchema(
    RegisterKind Register, string Name, IReadOnlyList<ImportField> Fields, string[] DuplicateKey, string DuplicateLabel)
{
    public ImportField? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);
}

/// <summary>One small table per importable register: the annual phase-out list and the yellow/red card list.</summary>
public static class ImportSchemas
{
    private static Dictionary<string, int> EnumValues<T>(Func<T, string> name) where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(name, v => Convert.ToInt32(v, CultureInfo.InvariantCulture));

    private static readonly ImportField CreditCode = new("CreditCode", "统一社会信用代码", FieldType.CreditCode, true, 18, ["信用代码", "社会信用代码"]);
    private static readonly ImportField EnterpriseName = new("EnterpriseName", "企业名称", FieldType.Text, true, 128, ["企业", "单位名称"]);
    private static readonly ImportField Place = new("Place", "所在地", FieldType.Place, true, 0, ["县（市、区）", "县区", "所在县区", "所属地区", "地区"]);
    private static readonly ImportField Industry = new("Industry", "行业", FieldType.Industry, false, 0, ["所属行业"]);

    public static readonly ImportSchema PhaseOut = new(RegisterKind.PhaseOut, "年度落后产能退出企业名单",
    [
        CreditCode, EnterpriseName, Place, Industry,
        new("Equipment", "主体设备（生产线）", FieldType.Text, true, 256, ["主体设备", "生产线", "设备", "设备（生产线）"]),
        new("Capacity", "产能", FieldType.Number, true, 0, ["退出产能", "淘汰产能"]),
        new("CapacityUnit", "产能单位", FieldType.Text, false, 32, ["单位"]),
        new("Measure", "退出方式", FieldType.Enum, true, 0, ["退出措施", "处置方式"], EnumValues<PhaseOutMeasure>(m => m.Name())),
        new("Year", "年度", FieldType.Year, true, 0, ["年份", "计划年度"]),
        new("CompletedOn", "完成退出日期", FieldType.Date, false, 0, ["完成日期", "退出日期"]),
        new("AcceptedOn", "验收日期", FieldType.Date, false, 0, ["验收时间"]),
        new("Status", "状态", FieldType.Enum, false, 0, ["退出状态"], EnumValues<PhaseOutStatus>(s => s.Name())),
        new("Remarks", "备注", FieldType.Text, false, 1000),
    ], ["CreditCode", "Equipment", "Year"], "同一统一社会信用代码、主体设备和年度");

    public static readonly ImportSchema Cards = new(RegisterKind.Card, "黄牌、红牌企业名单",
    [
        CreditCode, EnterpriseName, Place, Industry,
        new("Aspect", "方面", FieldType.Aspect, false, 0, ["所属方面"]),
        new("Card", "牌别", FieldType.Enum, true, 0, ["黄牌/红牌", "类别", "名单类别"], EnumValues<Card>(c => c.Name())),
        new("Reason", "列入原因", FieldType.Text, true, 1000, ["原因", "存在问题"]),
        new("DecisionNumber", "决定文号", FieldType.Text, false, 64, ["文号"]),
        new("ListedOn", "列入日期", FieldType.Date, true, 0, ["列入时间"]),
        new("RectifyDeadline", "整改期限", FieldType.Date, false, 0, ["整改截止日期"]),
        new("Status", "整改状态", FieldType.Enum, false, 0, ["状态"], EnumValues<CardStatus>(s => s.Name())),
    ], ["CreditCode", "Card", "ListedOn"], "同一统一社会信用代码、牌别和列入日期");

    public static IReadOnlyList<ImportSchema> All { get; } = [PhaseOut, Cards];

    public static ImportSchema? For(RegisterKind register) => All.FirstOrDefault(s => s.Register == register);
}
