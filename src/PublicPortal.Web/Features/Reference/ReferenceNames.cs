namespace PublicPortal.Web.Features.Reference;

/// <summary>Chinese labels for the reference enums and the routing subjects.</summary>
public static class ReferenceNames
{
    public static string Name(this DepartmentKind kind) => kind switch
    {
        DepartmentKind.CoordinationOffice => "协调小组办公室",
        DepartmentKind.IndustryIt => "工业和信息化",
        DepartmentKind.DevelopmentReform => "发展和改革",
        DepartmentKind.Ecology => "生态环境",
        DepartmentKind.MarketRegulation => "市场监督管理",
        DepartmentKind.EmergencyManagement => "应急管理",
        DepartmentKind.Energy => "能源",
        DepartmentKind.NaturalResources => "自然资源",
        DepartmentKind.Water => "水务",
        _ => kind.ToString(),
    };

    public static string Name(this ResponsibilityRole role) => role == ResponsibilityRole.Lead ? "主办" : "协办";

    public static string Name(this CalendarDayKind kind) => kind == CalendarDayKind.Holiday ? "节假日" : "调休上班日";

    /// <summary>The subjects of the routing table (see content/reference/departments.yaml): the five aspects, then the
    /// subjects some plans name on their own.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Subjects =
    [
        ("energy", "能耗"), ("environment", "环保"), ("quality", "质量"), ("safety", "安全"), ("technology", "技术"),
        ("ditiaogang", "地条钢"), ("pricing", "差别化价格"),
    ];

    public static string SubjectName(string code) => Subjects.FirstOrDefault(s => s.Code == code).Name ?? code;

    /// <summary>The jurisdictions depth first (province, a city, its districts, the next city …), for selects and lists.</summary>
    public static IReadOnlyList<Jurisdiction> InTreeOrder(IEnumerable<Jurisdiction> jurisdictions)
    {
        var all = jurisdictions.ToList();
        var ordered = new List<Jurisdiction>();
        void Visit(int? parentId)
        {
            foreach (var j in all.Where(j => j.ParentId == parentId).OrderBy(j => j.SortOrder).ThenBy(j => j.Code))
            {
                ordered.Add(j);
                Visit(j.Id);
            }
        }
        Visit(null);
        return ordered;
    }
}
