using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Open311;

/// <summary>An ordered set of named fields, written as an XML element's children or as a JSON object.</summary>
public sealed class Open311Object : List<KeyValuePair<string, object?>>
{
    public Open311Object Add(string name, object? value) { Add(new KeyValuePair<string, object?>(name, value)); return this; }
}

/// <summary>A repeated child: &lt;formats&gt;&lt;format&gt;…&lt;/format&gt;&lt;/formats&gt; in XML, an array in JSON.</summary>
public sealed record Open311List(string ItemName, IReadOnlyList<object?> Items);

/// <summary>
/// One response document, written in either format from the same tree, so the two can never disagree. The spec's JSON
/// is the "Spark convention" mapping of its XML: the root list element becomes an array (services, service_requests,
/// errors), a single root element becomes an object (discovery, service_definition), and nested lists become arrays.
/// </summary>
public sealed record Open311Document(string RootName, object Root)
{
    public const string XmlContentType = "text/xml; charset=utf-8";
    public const string JsonContentType = "application/json; charset=utf-8";

    public static Open311Document List(string rootName, string itemName, IEnumerable<Open311Object> items) =>
        new(rootName, new Open311List(itemName, items.Cast<object?>().ToList()));

    public static Open311Document Errors(int code, params string[] descriptions) =>
        List("errors", "error", descriptions.Select(d => new Open311Object().Add("code", code).Add("description", d)));

    public string ToXml()
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            // The spec asks for the declaration with encoding="utf-8" before the root element.
            writer.WriteStartDocument();
            WriteXml(writer, RootName, Root);
            writer.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public string ToJson()
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stream, options))
            WriteJson(writer, Root);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteXml(XmlWriter writer, string name, object? value)
    {
        writer.WriteStartElement(name);
        switch (value)
        {
            case null: break; // <account_id/>, as in the spec's example
            case Open311Object fields:
                foreach (var (child, childValue) in fields) WriteXml(writer, child, childValue);
                break;
            case Open311List list:
                foreach (var item in list.Items) WriteXml(writer, list.ItemName, item);
                break;
            default:
                writer.WriteString(Scalar(value));
                break;
        }
        writer.WriteEndElement();
    }

    private static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case double d: writer.WriteNumberValue(d); break;
            case Open311Object fields:
                writer.WriteStartObject();
                foreach (var (name, child) in fields) { writer.WritePropertyName(name); WriteJson(writer, child); }
                writer.WriteEndObject();
                break;
            case Open311List list:
                writer.WriteStartArray();
                foreach (var item in list.Items) WriteJson(writer, item);
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(Scalar(value)); break;
        }
    }

    private static string Scalar(object value) => value switch
    {
        bool b => b ? "true" : "false",
        int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset t => Open311Time.Format(t),
        _ => value.ToString() ?? "",
    };
}

/// <summary>Dates as the spec's W3C subset of ISO 8601, always with the China offset (+08:00).</summary>
public static class Open311Time
{
    private static readonly TimeSpan China = ChinaTime.Offset;

    public static string Format(DateTimeOffset t) =>
        t.ToOffset(China).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    public static DateTimeOffset FromUtc(DateTime utc) => ChinaTime.ToChinaOffset(utc);

    /// <summary>A due date is met until the end of that day in China.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day) => new(day.ToDateTime(new TimeOnly(23, 59, 59)), China);

    /// <summary>start_date / end_date: ISO 8601 with or without an offset (none means China time); a bare date is its
    /// start in China. Null when it cannot be read.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var styles = System.Globalization.DateTimeStyles.AllowWhiteSpaces;
        var text = value.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var day))
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), China);
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z')
            || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d{2}:?\d{2}$");
        if (hasOffset)
            return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, styles, out var withOffset)
                ? withOffset : null;
        return DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, styles, out var local)
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), China) : null;
    }
}
