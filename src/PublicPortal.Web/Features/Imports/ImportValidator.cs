using System.Globalization;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Imports;

/// <summary>A row checked against its register's schema: the typed values, and what is wrong with it (in Chinese).</summary>
public sealed class CheckedRow(int number)
{
    public int Number { get; } = number;
    public Dictionary<string, object?> Values { get; } = [];
    public List<(string Column, string Message)> Errors { get; } = [];
    public bool IsValid => Errors.Count == 0;
    public T? Get<T>(string key) => Values.TryGetValue(key, out var v) && v is T t ? t : default;
}

/// <summary>
/// Checks rows one by one: required fields, credit codes (check character), places, numbers, dates, enum names, and
/// duplicates of existing entries or of an earlier row of the same file.
/// </summary>
public class ImportValidator(ImportSchema schema, ReferenceLookup.Snapshot reference, IReadOnlySet<string> existingKeys,
    IReadOnlyDictionary<int, string> mapping)
{
    private readonly Dictionary<string, int> _columns = mapping.ToDictionary(m => m.Value, m => m.Key);
    public static readonly DateOnly MinDate = new(1990, 1, 1), MaxDate = new(2100, 12, 31);
    private static readonly string[] DateFormats =
        ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd", "yyyy-M-d H:mm", "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss"];
    private readonly Dictionary<string, int> _seen = [];
    private readonly Dictionary<string, (object?, string?)> _places = [];

    public CheckedRow Check(ImportRow row)
    {
        var result = new CheckedRow(row.Number);
        foreach (var field in schema.Fields)
        {
            var text = _columns.TryGetValue(field.Key, out var column) ? row.Cell(column) : "";
            if (text.Length == 0)
            {
                if (field.Required) result.Errors.Add((field.Label, $"「{field.Label}」为必填项，不能为空"));
                continue;
            }
            var (value, error) = Parse(field, text);
            if (error is not null) result.Errors.Add((field.Label, error));
            else result.Values[field.Key] = value;
        }
        if (result.IsValid) CheckDuplicate(result);
        return result;
    }

    public static string Key(IEnumerable<object?> parts) => string.Join("|", parts.Select(p => p switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => p?.ToString() ?? "",
    }));

    private void CheckDuplicate(CheckedRow row)
    {
        var key = Key(schema.DuplicateKey.Select(k => row.Values.GetValueOrDefault(k)));
        if (existingKeys.Contains(key))
            row.Errors.Add(("", $"与已有条目重复（{schema.DuplicateLabel}）"));
        else if (_seen.TryGetValue(key, out var first))
            row.Errors.Add(("", $"与第 {first} 行重复（{schema.DuplicateLabel}）"));
        else _seen[key] = row.Number;
    }

    private (object? Value, string? Error) Parse(ImportField field, string text)
    {
        if (field.MaxLength > 0 && text.Length > field.MaxLength) return (null, $"「{field.Label}」超过 {field.MaxLength} 个字");
        switch (field.Type)
        {
            case FieldType.Text:
                return (text, null);
            case FieldType.CreditCode:
                var code = CreditCode.Normalize(text);
                if (!CreditCode.IsWellFormed(code)) return (null, $"统一社会信用代码“{text}”格式不正确，应为 18 位数字或大写字母");
                return CreditCode.IsValid(code) ? (code, null) : (null, $"统一社会信用代码“{text}”校验位不正确");
            case FieldType.Number:
                return double.TryParse(text.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                    && double.IsFinite(n) && n >= 0
                    ? (n, null) : (null, $"「{field.Label}」应为数字，“{text}”不是有效数字");
            case FieldType.Year:
                if (!int.TryParse(text.TrimEnd('年'), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                    return (null, $"「{field.Label}」应为四位年份，“{text}”无法识别");
                return year is >= 1990 and <= 2100 ? (year, null) : (null, $"「{field.Label}」{year} 超出范围（1990—2100）");
            case FieldType.Date:
                if (!DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
                    return (null, $"「{field.Label}」“{text}”不是有效日期，请写成 2024-03-31 的格式");
                var date = DateOnly.FromDateTime(dt);
                return date >= MinDate && date <= MaxDate ? (date, null)
                    : (null, $"「{field.Label}」{date:yyyy-MM-dd} 超出有效范围（1990-01-01 至 2100-12-31）");
            case FieldType.Place:
                if (!_places.TryGetValue(text, out var place)) _places[text] = place = Place(text);
                return place;
            case FieldType.Industry:
                var industry = reference.Industries.FirstOrDefault(i => i.Name == text || i.Code == text);
                return industry is null ? (null, $"未知的行业：{text}") : (industry.Id, null);
            case FieldType.Aspect:
                var aspect = reference.Aspects.FirstOrDefault(a => a.Name == text || a.Code == text);
                return aspect is null
                    ? (null, $"未知的方面：{text}（应为 {string.Join("、", reference.Aspects.Select(a => a.Name))}）")
                    : (aspect.Id, null);
            case FieldType.Enum:
                return field.Values!.TryGetValue(text, out var v) ? (v, null)
                    : (null, $"「{field.Label}」“{text}”不是可选值，应为：{string.Join("、", field.Values.Keys)}");
            default:
                throw new InvalidOperationException(field.Type.ToString());
        }
    }

    /// <summary>A county or district (遂溪县, or 湛江市遂溪县 where a name occurs in two cities), or a city.</summary>
    private (object? Value, string? Error) Place(string text)
    {
        var name = text.Replace(" ", "").Replace("广东省", "");
        var places = reference.Jurisdictions.Where(j => j.Level != JurisdictionLevel.Province).ToList();
        var matches = places.Where(j => j.Name == name).ToList();
        if (matches.Count == 0)
        {
            matches = places.Where(c => c.Level == JurisdictionLevel.City && name.StartsWith(c.Name, StringComparison.Ordinal))
                .SelectMany(c => places.Where(j => j.ParentId == c.Id && j.Name == name[c.Name.Length..])).ToList();
        }
        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, $"未知的县（市、区）：{text}"),
            _ => (null, $"“{text}”在多个地级市都有，请写明所属地级市，如“湛江市遂溪县”"),
        };
    }
}
