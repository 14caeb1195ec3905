using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace PublicPortal.Web.Features.Imports;

/// <summary>A spreadsheet read into text cells: the header row and the data rows, each with its row number as staff see it.</summary>
public sealed record ImportTable(IReadOnlyList<string> Headers, IReadOnlyList<ImportRow> Rows);

public sealed record ImportRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column < Cells.Count ? Cells[column].Trim() : "";
}

public class ImportFileException(string message) : Exception(message);

/// <summary>
/// Reads what departments keep: CSV in UTF-8 (with or without BOM) or GBK — whatever is valid UTF-8 is read as UTF-8,
/// anything else as GBK, which is what Excel on a Chinese Windows saves — and XLSX (first worksheet).
/// </summary>
public static class ImportFile
{
    public const string Unsupported = "只支持 CSV（UTF-8 或 GBK 编码）和 Excel（.xlsx）文件。";

    static ImportFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsSupported(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() is ".csv" or ".xlsx";

    /// <param name="maxRows">Stop after this many data rows (the mapping page shows the headers and a few examples).</param>
    public static ImportTable Read(string fileName, byte[] data, int maxRows = int.MaxValue)
    {
        var table = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => ReadCsv(data, maxRows),
            ".xlsx" => ReadXlsx(data, maxRows),
            _ => throw new ImportFileException(Unsupported),
        };
        if (table.Headers.All(string.IsNullOrWhiteSpace)) throw new ImportFileException("文件第 1 行应为列名（表头），但它是空的。");
        return table;
    }

    public static string Decode(byte[] data)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(data);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GBK").GetString(data);
        }
    }

    private static ImportTable ReadCsv(byte[] data, int maxRows)
    {
        var rows = new List<ImportRow>();
        string[]? headers = null;
        foreach (var (number, record) in CsvRecords(Decode(data)))
        {
            if (rows.Count >= maxRows) break;
            if (headers is null) { headers = record.Select(h => h.Trim()).ToArray(); continue; }
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            rows.Add(new ImportRow(number, record));
        }
        return new ImportTable(headers ?? [], rows);
    }

    /// <summary>RFC 4180 records (quoted fields may hold commas, quotes and line breaks), each with its first line number.</summary>
    public static IEnumerable<(int Line, string[] Fields)> CsvRecords(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, start = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    yield return (start, fields.ToArray());
                    fields.Clear(); line++; start = line;
                    break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); yield return (start, fields.ToArray()); }
    }

    private static ImportTable ReadXlsx(byte[] data, int maxRows)
    {
        try
        {
            using var stream = new MemoryStream(data);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            var rows = new List<ImportRow>();
            string[]? headers = null;
            var number = 0;
            while (rows.Count < maxRows && reader.Read())
            {
                number++;
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++) cells[i] = Text(reader.GetValue(i));
                if (headers is null) { headers = cells.Select(h => h.Trim()).ToArray(); continue; }
                if (cells.All(string.IsNullOrWhiteSpace)) continue;
                rows.Add(new ImportRow(number, cells));
            }
            return new ImportTable(headers ?? [], rows);
        }
        catch (Exception e) when (e is not ImportFileException)
        {
            throw new ImportFileException("无法读取这个 Excel 文件，请确认它是 .xlsx 格式（可在 Excel 中“另存为”）。");
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double n => n.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
