using System.Globalization;
namespace PublicPortal.Web.Features.Registers;

/// <summary>The Chinese words the public sees for each register value.</summary>
public static class RegisterLabels
{
    public static string Name(this PhaseOutMeasure m) => m switch
    {
        PhaseOutMeasure.Dismantled => "拆除",
        PhaseOutMeasure.Sealed => "封存",
        PhaseOutMeasure.UtilitiesCut => "断水断电",
        PhaseOutMeasure.PowerUnitRemoved => "拆除动力装置",
        PhaseOutMeasure.ClosedDown => "关停取缔",
        _ => m.ToString(),
    };

    public static string Name(this PhaseOutStatus s) => s switch
    {
        PhaseOutStatus.Planned => "计划退出",
        PhaseOutStatus.Completed => "已退出",
        PhaseOutStatus.Accepted => "已验收",
        _ => s.ToString(),
    };

    public static string Name(this SealingStatus s) => s == SealingStatus.Dismantled ? "已拆除" : "封存中";

    public static IEnumerable<string> Names(this SealingMeasures m)
    {
        if (m.HasFlag(SealingMeasures.WaterCut)) yield return "断水";
        if (m.HasFlag(SealingMeasures.PowerCut)) yield return "断电";
        if (m.HasFlag(SealingMeasures.PowerUnitRemoved)) yield return "拆除动力装置";
        if (m.HasFlag(SealingMeasures.EquipmentSealed)) yield return "封存主体设备";
    }

    public static string Name(this ReinspectionResult r) => r switch
    {
        ReinspectionResult.Intact => "封存完好",
        ReinspectionResult.ProductionResumed => "发现恢复生产",
        ReinspectionResult.Dismantled => "已拆除",
        _ => r.ToString(),
    };

    public static string Name(this Card c) => c == Card.Red ? "红牌" : "黄牌";

    public static string Name(this CardStatus s) => s switch
    {
        CardStatus.Rectifying => "限期整改中",
        CardStatus.Extended => "延期整改中",
        CardStatus.Rectified => "已整改销号",
        CardStatus.Escalated => "整改不达标，已转红牌",
        CardStatus.Closed => "已依法关闭",
        _ => s.ToString(),
    };

    public static string Name(this EnforcementStatus s) => s switch
    {
        EnforcementStatus.Rectifying => "整改中",
        EnforcementStatus.Rectified => "已整改",
        EnforcementStatus.Closed => "已关闭",
        _ => s.ToString(),
    };

    /// <summary>情节严重: an over-emission case also on the serious-cases list.</summary>
    public const string Serious = "情节严重";

    /// <summary>Dates as Chinese government sites print them.</summary>
    public static string Cn(this DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    public static string Cn(this DateOnly? d, string missing = "—") => d is { } v ? v.Cn() : missing;

    public static string Iso(this DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant shown in China Standard Time.</summary>

    public static string Capacity(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
