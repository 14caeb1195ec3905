using System.Text.Json;
using System.Text.RegularExpressions;

namespace PublicPortal.Web.Features.Imports;

/// <summary>
/// Which column of a file feeds which field: column index → field key. Proposed from the department's remembered
/// mapping (header → field, as saved last time) first, then by matching the header against the fields' Chinese names.
/// </summary>
public static partial class ColumnMapping
{
    public static Dictionary<string, string> ParseRemembered(string? json)
    {
        try { return JsonSerializer.Deserialize<Dictionary<string, string>>(json ?? "{}") ?? []; }
        catch (JsonException) { return []; }
    }

    /// <summary>The remembered mapping updated with this file's choices (other headers seen before are kept).</summary>
    public static string Remember(string? previousJson, IReadOnlyList<string> headers, IReadOnlyDictionary<int, string> chosen)
    {
        var remembered = ParseRemembered(previousJson);
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(headers[i])) continue;
            remembered[Normalize(headers[i])] = chosen.TryGetValue(i, out var key) ? key : "";
        }
        return JsonSerializer.Serialize(remembered);
    }

    public static Dictionary<int, string> Propose(ImportSchema schema, IReadOnlyList<string> headers, string? rememberedJson)
    {
        var remembered = ParseRemembered(rememberedJson);
        var result = new Dictionary<int, string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = Normalize(headers[i]);
            if (header.Length == 0) continue;
            if (remembered.TryGetValue(header, out var key))
            {
                if (key.Length > 0 && schema.Field(key) is not null && !result.ContainsValue(key)) result[i] = key;
                continue; // remembered as "not imported" too
            }
            var match = schema.Fields.FirstOrDefault(f => !result.ContainsValue(f.Key) && f.Names.Any(n => Normalize(n) == header));
            if (match is not null) result[i] = match.Key;
        }
        return result;
    }

    /// <summary>Headers compare without spaces, asterisks (required marks) and with full-width brackets.</summary>
    public static string Normalize(string? header) =>
        Noise().Replace(header ?? "", "").Replace('(', '（').Replace(')', '）');

    [GeneratedRegex(@"[\s*＊]")]
    private static partial Regex Noise();
}
