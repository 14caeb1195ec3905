using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PublicPortal.Web.Features.OpenData;

/// <summary>
/// Streams a selection to a stream as CSV or JSON, one row at a time, flushing every <see cref="FlushEvery"/> rows:
/// memory stays constant however many rows there are (the rows come from AsAsyncEnumerable, never a list).
/// </summary>
public static class DatasetWriter
{
    public const int FlushEvery = 500;

    public static async Task WriteCsvAsync(Stream body, DatasetSelection selection, CancellationToken ct)
    {
        await body.WriteAsync(CsvRowWriter.Bom, ct);
        await using var writer = new StreamWriter(body, CsvRowWriter.Utf8, bufferSize: 16 * 1024, leaveOpen: true);
        var line = new StringBuilder(512);
        CsvRowWriter.AppendHeader(line, selection.Fields);
        var n = 0;
        await foreach (var row in selection.RowsAsync(ct).WithCancellation(ct))
        {
            CsvRowWriter.AppendRow(line, selection.Fields, row);
            await writer.WriteAsync(line, ct);
            line.Clear();
            if (++n % FlushEvery == 0) await writer.FlushAsync(ct);
        }
        await writer.WriteAsync(line, ct);
        await writer.FlushAsync(ct);
    }

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>{"dataset": slug, "licence": …, "fields": [names], "data": [{name: value, …}, …]} with typed values.</summary>
    public static async Task WriteJsonAsync(Stream body, string slug, DatasetSelection selection, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(body, JsonOptions);
        json.WriteStartObject();
        json.WriteString("dataset", slug);
        json.WriteString("licence", OpenDataLicence.Title);
        json.WriteStartArray("fields");
        foreach (var f in selection.Fields) json.WriteStringValue(f.Name);
        json.WriteEndArray();
        json.WriteStartArray("data");
        var n = 0;
        await foreach (var row in selection.RowsAsync(ct).WithCancellation(ct))
        {
            json.WriteStartObject();
            for (var i = 0; i < selection.Fields.Count; i++) WriteValue(json, selection.Fields[i], row[i]);
            json.WriteEndObject();
            if (++n % FlushEvery == 0) await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static void WriteValue(Utf8JsonWriter json, DataField field, object? value)
    {
        json.WritePropertyName(field.Name);
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: json.WriteNumberValue(d); break;
            default: json.WriteStringValue(CellText.Of(value)); break;
        }
    }
}
