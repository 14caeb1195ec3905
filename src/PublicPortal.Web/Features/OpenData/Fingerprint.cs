using System.Security.Cryptography;
using System.Text;

namespace PublicPortal.Web.Features.OpenData;

/// <summary>Short hashes for ETags: stable across restarts and instances (no per-process salt).</summary>
public static class Fingerprint
{
    public static string Of(params object?[] parts)
    {
        var text = string.Join('\u001f',
            parts.Select(p => p is IFormattable f ? f.ToString(null, System.Globalization.CultureInfo.InvariantCulture) : p?.ToString()));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    public static string OfRows(IEnumerable<object?[]> rows) => Of(string.Join('\u001e', rows.Select(r => Of(r))));
}
