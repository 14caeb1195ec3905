using System.Text;
using System.Text.RegularExpressions;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>
/// A received message, read from an .eml file the way a mail client would for a single-part text message: headers
/// unfolded, RFC 2047 encoded words (=?utf-8?B?…?= and =?utf-8?Q?…?=) decoded, the body decoded from base64 or
/// quoted-printable. (MimeKit does not restore here; this covers what System.Net.Mail sends.)
/// </summary>
public sealed partial class Eml
{
    private readonly Dictionary<string, string> _headers;

    private Eml(Dictionary<string, string> headers, string body) => (_headers, Body) = (headers, body);

    public string Subject => Header("Subject");
    public string To => Header("To");
    /// <summary>The envelope recipient that aiosmtpd's Mailbox handler records (X-RcptTo), else To.</summary>
    public string Recipient => _headers.TryGetValue("X-RcptTo", out var rcpt) ? rcpt : To;
    public string Body { get; }

    public string Header(string name) => _headers.TryGetValue(name, out var value) ? DecodeWords(value) : "";

    public static Eml Parse(string raw)
    {
        var text = raw.Replace("\r\n", "\n");
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? "" : text[(split + 2)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Regex.Replace(head, @"\n(?=[ \t])", "").Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
        var bytes = (headers.GetValueOrDefault("Content-Transfer-Encoding") ?? "").Trim().ToLowerInvariant() switch
        {
            "base64" => Convert.FromBase64String(Regex.Replace(body, @"\s", "")),
            "quoted-printable" => QuotedPrintable(Regex.Replace(body, "=\n", ""), underscoreIsSpace: false),
            _ => Encoding.UTF8.GetBytes(body),
        };
        return new Eml(headers, CharsetOf(headers.GetValueOrDefault("Content-Type")).GetString(bytes));
    }

    /// <summary>Decodes runs of adjacent encoded words together (their bytes may split a UTF-8 character).</summary>
    public static string DecodeWords(string value) => EncodedWordRun().Replace(value, run =>
    {
        var words = EncodedWord().Matches(run.Value);
        var bytes = words.SelectMany(w => w.Groups[2].Value.ToUpperInvariant() == "B"
            ? Convert.FromBase64String(w.Groups[3].Value)
            : QuotedPrintable(w.Groups[3].Value, underscoreIsSpace: true)).ToArray();
        return Encoding.GetEncoding(words[0].Groups[1].Value).GetString(bytes);
    });

    private static byte[] QuotedPrintable(string text, bool underscoreIsSpace)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (underscoreIsSpace && text[i] == '_') bytes.Add((byte)' ');
            else bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }
        return bytes.ToArray();
    }

    private static Encoding CharsetOf(string? contentType) =>
        contentType is not null && CharsetParameter().Match(contentType) is { Success: true } m ? Encoding.GetEncoding(m.Groups[1].Value) : Encoding.UTF8;

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"=\?[^?]+\?[BbQq]\?[^?]*\?=(?:\s+=\?[^?]+\?[BbQq]\?[^?]*\?=)*")]
    private static partial Regex EncodedWordRun();

    [GeneratedRegex(@"charset=""?([\w-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();
}
