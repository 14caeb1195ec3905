using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>
/// 重复诉求: tip-offs about the same enterprise (same credit code, or the same name once normalised) and the same category,
/// filed within <see cref="TipOptions.DuplicateWindowDays"/> of each other. Only tip-offs the person may see are compared.
/// </summary>
public class TipDuplicates(PortalDbContext db, IOptions<TipOptions> options)
{
    public sealed record Subject(int Id, TipCategory Category, string EnterpriseName, string? CreditCode, DateTime SubmittedAt);
    public sealed record Match(int Id, string TrackingNumber, TipStatus Status);

    private static readonly string[] Suffixes = ["有限责任公司", "股份有限公司", "有限公司", "公司"];

    /// <summary>Trim, full-width → half-width, no spaces, upper case, without the 有限公司/有限责任公司 suffix variants.</summary>
    public static string NormalizeName(string? name)
    {
        var text = new StringBuilder();
        foreach (var c in (name ?? "").Trim())
        {
            var half = c == '\u3000' ? ' ' : c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (!char.IsWhiteSpace(half)) text.Append(char.ToUpperInvariant(half));
        }
        var result = text.ToString();
        foreach (var suffix in Suffixes)
            if (result.Length > suffix.Length && result.EndsWith(suffix, StringComparison.Ordinal)) return result[..^suffix.Length];
        return result;
    }

    public static bool SameEnterprise(Subject a, string? otherName, string? otherCode)
    {
        var code = CreditCode.Normalize(a.CreditCode);
        if (code.Length > 0 && code == CreditCode.Normalize(otherCode)) return true;
        var name = NormalizeName(a.EnterpriseName);
        return name.Length > 0 && name == NormalizeName(otherName);
    }

    /// <summary>For each subject, the other open or closed (not merged) tip-offs that look like the same matter.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<Match>>> FindAsync(
        IReadOnlyCollection<Subject> subjects, IReadOnlySet<int> visible, CancellationToken ct)
    {
        if (subjects.Count == 0) return new Dictionary<int, IReadOnlyList<Match>>();
        var window = TimeSpan.FromDays(options.Value.DuplicateWindowDays);
        var categories = subjects.Select(s => s.Category).Distinct().ToList();
        var from = subjects.Min(s => s.SubmittedAt) - window;
        var to = subjects.Max(s => s.SubmittedAt) + window;
        var departments = visible.ToList();
        // The window bounds the candidates; names are compared after normalisation, which SQL cannot do portably.
        var candidates = await db.Tips.AsNoTracking()
            .Where(t => categories.Contains(t.Category) && t.SubmittedAt >= from && t.SubmittedAt <= to && t.Status != TipStatus.Merged
                && t.Assignments.Any(a => departments.Contains(a.DepartmentId)))
            .Select(t => new { t.Id, t.TrackingNumber, t.Status, t.Category, t.EnterpriseName, t.CreditCode, t.SubmittedAt })
            .ToListAsync(ct);
        return subjects.ToDictionary(s => s.Id, s => (IReadOnlyList<Match>)candidates
            .Where(c => c.Id != s.Id && c.Category == s.Category && (c.SubmittedAt - s.SubmittedAt).Duration() <= window
                && SameEnterprise(s, c.EnterpriseName, c.CreditCode))
            .OrderBy(c => c.SubmittedAt).Select(c => new Match(c.Id, c.TrackingNumber, c.Status)).ToList());
    }
}
