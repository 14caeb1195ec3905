using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Features.Publishing;

/// <summary>What changed between two versions of an annual list, rows matched by the phase-out entry they came from.</summary>
public sealed record AnnualListDiff(
    IReadOnlyList<AnnualListRow> Added, IReadOnlyList<AnnualListRow> Removed, IReadOnlyList<AnnualListDiff.ChangedRow> Changed)
{
    public sealed record FieldChange(string Field, string Old, string New);

    public sealed record ChangedRow(AnnualListRow Old, AnnualListRow New, IReadOnlyList<FieldChange> Fields);

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>The fields of a row as the public reads them, in the order the list shows them.</summary>
    private static readonly (string Name, Func<AnnualListRow, string> Value)[] Fields =
    [
        ("企业名称", r => r.EnterpriseName),
        ("统一社会信用代码", r => r.CreditCode),
        ("所在地", r => r.Place),
        ("行业", r => r.Industry ?? "—"),
        ("设备（生产线）", r => r.Equipment),
        ("产能", r => $"{RegisterLabels.Capacity(r.Capacity)} {r.CapacityUnit}"),
        ("退出方式", r => r.Measure),
        ("完成退出日期", r => r.CompletedOn.Cn()),
        ("验收日期", r => r.AcceptedOn.Cn()),
        ("责任部门", r => r.Department),
    ];

    public static AnnualListDiff Between(IEnumerable<AnnualListRow> from, IEnumerable<AnnualListRow> to)
    {
        var old = from.GroupBy(r => r.PhaseOutEntryId).ToDictionary(g => g.Key, g => g.First());
        var current = to.GroupBy(r => r.PhaseOutEntryId).ToDictionary(g => g.Key, g => g.First());
        var changed = new List<ChangedRow>();
        foreach (var row in current.Values)
        {
            if (!old.TryGetValue(row.PhaseOutEntryId, out var before)) continue;
            var fields = Fields.Select(f => new FieldChange(f.Name, f.Value(before), f.Value(row))).Where(c => c.Old != c.New).ToList();
            if (fields.Count > 0) changed.Add(new ChangedRow(before, row, fields));
        }
        return new AnnualListDiff(
            current.Values.Where(r => !old.ContainsKey(r.PhaseOutEntryId)).ToList(),
            old.Values.Where(r => !current.ContainsKey(r.PhaseOutEntryId)).ToList(),
            changed);
    }
}
