using PublicPortal.Web.Features.Tips.Handling;
namespace PublicPortal.Web.Features.Tips;

public static class TipCategories
{
    public static string Name(this TipCategory c) => c switch
    {
        TipCategory.Energy => "能耗不达标",
        TipCategory.Environment => "环保不达标（超标排放等）",
        TipCategory.Quality => "产品质量不达标",
        TipCategory.Safety => "安全生产条件不达标",
        TipCategory.Technology => "使用淘汰类工艺装备",
        TipCategory.DiTiaoGang => "生产、销售“地条钢”",
        TipCategory.Restarted => "已封存或已退出的产能恢复生产",
        TipCategory.Other => "其他",
        _ => c.ToString(),
    };

    /// <summary>The routing-table subject a category is answered under (see content/reference/departments.yaml).
    /// "Restarted" is a matter of equipment that should no longer run: the technology departments, led by 工业和信息化.</summary>
    public static string? Subject(this TipCategory c) => c switch
    {
        TipCategory.Energy => "energy",
        TipCategory.Environment => "environment",
        TipCategory.Quality => "quality",
        TipCategory.Safety => "safety",
        TipCategory.Technology or TipCategory.Restarted => "technology",
        TipCategory.DiTiaoGang => "ditiaogang",
        _ => null,
    };

    public static string Name(this TipStatus s) => s switch
    {
        TipStatus.Received => "已受理",
        TipStatus.Dispatched => "已派单",
        TipStatus.InProgress => "核查中",
        TipStatus.Extended => "已延期",
        TipStatus.AwaitingApproval => "核查中",
        TipStatus.Closed => "已办结",
        TipStatus.Reopened => "重新办理",
        TipStatus.Merged => "已并案办理",
        _ => s.ToString(),
    };

    public static string Name(this TipFinding f) => f switch
    {
        TipFinding.Substantiated => "查实",
        TipFinding.PartlySubstantiated => "部分查实",
        TipFinding.Unsubstantiated => "不属实",
        TipFinding.OutOfScope => "不属于受理范围",
        _ => f.ToString(),
    };

    public static string Name(this Satisfaction s) => s switch
    {
        Satisfaction.Satisfied => "满意",
        Satisfaction.BasicallySatisfied => "基本满意",
        Satisfaction.Dissatisfied => "不满意",
        _ => s.ToString(),
    };
}
