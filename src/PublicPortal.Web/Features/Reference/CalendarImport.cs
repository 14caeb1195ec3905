using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;

namespace PublicPortal.Web.Features.Reference;

/// <summary>
/// Loads a year's 调休 schedule from a CSV file, one line per date: <c>2027-10-09,班</c> or <c>2027-10-01,休,国庆节</c>
/// (休 = a weekday off, 班 = a weekend day worked; the name is optional; a header line and blank lines are skipped).
/// The file is checked as a whole and stored all or nothing, so a typo never leaves half a year in the calendar.
/// </summary>
public class CalendarImport(PortalDbContext db, AuditLog audit, ReferenceCache cache)
{
    public const int MaxLines = 400;

    public sealed record Outcome(int Added, int AlreadyThere, IReadOnlyList<string> Errors, IReadOnlyList<int> Years);

    public async Task<Outcome> ImportAsync(TextReader reader, CancellationToken ct = default)
    {
        var errors = new List<string>();
        var parsed = new Dictionary<DateOnly, (CalendarDayKind Kind, string Name, int Line)>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(ct) is { } raw)
        {
            lineNumber++;
            if (lineNumber > MaxLines) { errors.Add($"文件超过 {MaxLines} 行：一年的节假日安排不会这么多，请检查文件。"); break; }
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            var cells = line.Split(',', '，').Select(c => c.Trim().Trim('"')).ToArray();
            if (lineNumber == 1 && !DateOnly.TryParse(cells[0], CultureInfo.InvariantCulture, out _) && cells[0].Contains("日期")) continue;
            if (Parse(cells, lineNumber, errors) is not { } day) continue;
            if (parsed.TryGetValue(day.Date, out var earlier))
                errors.Add($"第 {lineNumber} 行：{day.Date:yyyy-MM-dd} 在第 {earlier.Line} 行已出现。");
            else
                parsed[day.Date] = (day.Kind, day.Name, lineNumber);
        }
        if (parsed.Count == 0 && errors.Count == 0) errors.Add("文件中没有日期。每行一个日期，例如：2027-10-01,休,国庆节");

        var dates = parsed.Keys.ToList();
        var existing = await db.CalendarDays.Where(d => dates.Contains(d.Date)).ToDictionaryAsync(d => d.Date, ct);
        var alreadyThere = 0;
        foreach (var (date, (kind, _, line)) in parsed)
        {
            if (!existing.TryGetValue(date, out var known)) continue;
            if (known.Kind == kind) alreadyThere++;
            else errors.Add($"第 {line} 行：{date:yyyy-MM-dd} 已登记为{known.Kind.Name()}（{known.Name}），与文件不一致；如需更改请先在下方删除该日。");
        }
        var years = parsed.Keys.Select(d => d.Year).Distinct().Order().ToList();
        if (errors.Count > 0) return new Outcome(0, 0, errors, years);

        var added = parsed.Where(p => !existing.ContainsKey(p.Key)).OrderBy(p => p.Key).ToList();
        foreach (var (date, (kind, name, _)) in added)
            db.CalendarDays.Add(new CalendarDay { Date = date, Kind = kind, Name = name });
        audit.Record(AuditActions.AdminChange, $"CalendarYear:{string.Join(",", years)}",
            $"工作日历：从文件导入 {string.Join("、", years)} 年，新增 {added.Count} 天（节假日 {added.Count(a => a.Value.Kind == CalendarDayKind.Holiday)}，"
            + $"调休上班日 {added.Count(a => a.Value.Kind == CalendarDayKind.MakeUpWorkday)}），已有 {alreadyThere} 天");
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        return new Outcome(added.Count, alreadyThere, [], years);
    }

    private static CalendarDay? Parse(string[] cells, int line, List<string> errors)
    {
        if (cells.Length < 2) { errors.Add($"第 {line} 行：应为“日期,休”或“日期,班”，例如 2027-10-01,休,国庆节。"); return null; }
        if (!DateOnly.TryParseExact(cells[0], ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var date))
        {
            errors.Add($"第 {line} 行：“{Clip(cells[0])}”不是日期，请写成 2027-10-01 这样的格式。");
            return null;
        }
        CalendarDayKind? kind = cells[1] switch { "休" => CalendarDayKind.Holiday, "班" => CalendarDayKind.MakeUpWorkday, _ => null };
        if (kind is null) { errors.Add($"第 {line} 行：第二列应为“休”或“班”，而不是“{Clip(cells[1])}”。"); return null; }
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (kind == CalendarDayKind.Holiday && weekend)
        {
            errors.Add($"第 {line} 行：{date:yyyy-MM-dd} 是{CalendarAdministration.Weekday(date)}，本来就不上班，无须登记为“休”。");
            return null;
        }
        if (kind == CalendarDayKind.MakeUpWorkday && !weekend)
        {
            errors.Add($"第 {line} 行：{date:yyyy-MM-dd} 是{CalendarAdministration.Weekday(date)}，本来就要上班，“班”只用于周六或周日。");
            return null;
        }
        var name = cells.Length > 2 && cells[2].Length > 0 ? cells[2] : kind == CalendarDayKind.Holiday ? "节假日" : "调休上班";
        if (name.Length > 32) { errors.Add($"第 {line} 行：名称不超过 32 个字。"); return null; }
        return new CalendarDay { Date = date, Kind = kind.Value, Name = name };
    }

    private static string Clip(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
