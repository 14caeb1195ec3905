using System.Text;

namespace PublicPortal.Web.Features.OpenData;

/// <summary>
/// RFC 4180 CSV for Excel and scripts alike: UTF-8 with BOM (so Excel reads Chinese), CRLF, fields quoted only when they
/// hold a comma, quote or line break. Text cells that a spreadsheet would run as a formula (leading = + - @ tab or CR)
/// get a leading apostrophe (OWASP "CSV injection"); typed columns (numbers, dates, booleans) are written plain so they
/// stay numbers and dates.
/// </summary>
public static class CsvRowWriter
{
    public static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static void AppendHeader(StringBuilder line, IReadOnlyList<DataField> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) line.Append(',');
            line.Append(fields[i].Name); // snake_case ASCII: never needs quoting
        }
        line.Append("\r\n");
    }

    public static void AppendRow(StringBuilder line, IReadOnlyList<DataField> fields, object?[] values)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) line.Append(',');
            var text = CellText.Of(values[i]);
            if (string.IsNullOrEmpty(text)) continue;
            if (fields[i].Type == FieldType.String) AppendText(line, text);
            else line.Append(text);
        }
        line.Append("\r\n");
    }

    public static void AppendText(StringBuilder line, string text)
    {
        var neutralise = text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        var quote = text.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        if (quote) line.Append('"');
        if (neutralise) line.Append('\'');
        foreach (var c in text)
        {
            if (c == '"') line.Append('"');
            line.Append(c);
        }
        if (quote) line.Append('"');
    }
}
