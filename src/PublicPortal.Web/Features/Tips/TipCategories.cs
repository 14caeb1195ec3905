namespace PublicPortal.Web.Features.Tips;

/// <summary>What each category means for routing; its Chinese name is in <see cref="TipNames"/>.</summary>
public static class TipCategories
{
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
}
