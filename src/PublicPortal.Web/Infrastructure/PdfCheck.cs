using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// Decides whether an uploaded PDF may be kept. It must look like a whole PDF (starts with %PDF-, ends with %%EOF) and
/// must not carry active content an officer's reader would run or open: JavaScript (/JS, /JavaScript), programs (/Launch),
/// embedded files (/EmbeddedFile, /EmbeddedFiles), Flash (/RichMedia) or XFA forms (/XFA, which carry scripts). Names are
/// read after undoing #xx escapes (/J#61vaScript) and also inside Flate-compressed streams, where PDF 1.5 object streams
/// hide dictionaries. Encrypted PDFs are refused: their streams cannot be read, so nothing can be checked. Links (/URI)
/// are allowed; a tipster's evidence is often a saved web page. A checked PDF is still only served as a download.
/// </summary>
public static partial class PdfCheck
{
    // Inflating stops here: more than this from one 10 MB upload is itself a bomb.
    private const int MaxInflatedBytes = 64 * 1024 * 1024;

    /// <summary>Null when the PDF may be kept; otherwise what is wrong, to follow the file's name in a Chinese sentence.</summary>
    public static string? Problem(byte[] data)
    {
        if (!data.AsSpan().StartsWith("%PDF-"u8)) return "不是 PDF 文件。";
        if (data.AsSpan()[Math.Max(0, data.Length - 1024)..].IndexOf("%%EOF"u8) < 0) return "不是完整的 PDF 文件（结尾缺失），请重新导出后上传。";

        var text = Encoding.Latin1.GetString(data);
        if (Forbidden(text) is { } found) return Refusal(found);
        var inflated = 0L;
        foreach (Match stream in StreamStart().Matches(text))
        {
            var start = stream.Index + stream.Length;
            var end = text.IndexOf("endstream", start, StringComparison.Ordinal);
            var content = Inflate(data.AsSpan(start..(end < 0 ? data.Length : end)), MaxInflatedBytes - inflated);
            if (content is null) continue; // not Flate, or not readable: its raw bytes were scanned above
            inflated += content.Length;
            if (inflated >= MaxInflatedBytes) return "内容过于复杂，无法检查，请重新导出后上传。";
            if (Forbidden(Encoding.Latin1.GetString(content)) is { } hidden) return Refusal(hidden);
        }
        return null;
    }

    private static string Refusal(string name) => name == "Encrypt"
        ? "是加密的 PDF，无法检查其内容，请去除密码保护后再上传。"
        : "含有脚本、嵌入文件或自动执行的动作，出于安全考虑不能上传。请打印为新的 PDF 或截图后上传。";

    /// <summary>The first forbidden name in the text, after undoing #xx escapes; null if there is none.</summary>
    private static string? Forbidden(string text)
    {
        var names = HexEscape().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
        var match = ForbiddenName().Match(names);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>A zlib stream inflated up to just over the budget; null when it is not zlib or is broken.</summary>
    private static byte[]? Inflate(ReadOnlySpan<byte> raw, long budget)
    {
        if (raw.Length < 2 || raw[0] != 0x78) return null; // the zlib header every Flate stream starts with
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(raw.ToArray(), writable: false), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while (output.Length <= budget && (read = zlib.Read(buffer)) > 0) output.Write(buffer, 0, read);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"(?<!end)stream\r?\n")]
    private static partial Regex StreamStart();

    [GeneratedRegex("#([0-9A-Fa-f]{2})")]
    private static partial Regex HexEscape();

    [GeneratedRegex(@"/(JS|JavaScript|Launch|EmbeddedFiles?|RichMedia|XFA|Encrypt)(?![A-Za-z0-9])")]
    private static partial Regex ForbiddenName();
}
