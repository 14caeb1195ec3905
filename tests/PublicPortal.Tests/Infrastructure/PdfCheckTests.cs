using System.IO.Compression;
using System.Text;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Tests.Infrastructure;

public class PdfCheckTests
{
    private const string Head =
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n";
    private const string Tail = "trailer << /Root 1 0 R >>\n%%EOF\n";

    [Fact]
    public void APlainPdf_IsKept() => Assert.Null(PdfCheck.Problem(Pdf(Head + Tail)));

    [Theory]
    [InlineData("3 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj\n")]
    [InlineData("3 0 obj << /OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >> >> endobj\n")] // #xx escapes
    [InlineData("3 0 obj << /S /Launch /F (cmd.exe) >> endobj\n")]
    [InlineData("3 0 obj << /Type /EmbeddedFile /Length 3 >> stream\nMZ!\nendstream endobj\n")]
    [InlineData("3 0 obj << /Names << /EmbeddedFiles 4 0 R >> >> endobj\n")]
    public void ActiveContent_IsRefused(string body) =>
        Assert.Equal("含有脚本、嵌入文件或自动执行的动作，出于安全考虑不能上传。请打印为新的 PDF 或截图后上传。",
            PdfCheck.Problem(Pdf(Head + body + Tail)));

    [Fact]
    public void JavaScriptInsideACompressedObjectStream_IsRefused()
    {
        var hidden = Deflate("<< /S /JavaScript /JS (app.alert(1)) >>");
        var pdf = Concat(Head + $"3 0 obj << /Type /ObjStm /Filter /FlateDecode /Length {hidden.Length} >> stream\n", hidden,
            "\nendstream endobj\n" + Tail);
        Assert.DoesNotContain("JavaScript", Encoding.Latin1.GetString(pdf)); // not visible in the raw bytes

        Assert.Contains("含有脚本", PdfCheck.Problem(pdf));
    }

    [Fact]
    public void HarmlessCompressedStreams_AreKept()
    {
        var page = Deflate("BT /F1 12 Tf 72 712 Td (meter readings) Tj ET");
        Assert.Null(PdfCheck.Problem(Concat(Head + $"3 0 obj << /Filter /FlateDecode /Length {page.Length} >> stream\n", page,
            "\nendstream endobj\n" + Tail)));
    }

    [Fact]
    public void AnEncryptedPdf_IsRefused_ItCannotBeChecked() =>
        Assert.Contains("是加密的 PDF", PdfCheck.Problem(Pdf(Head + "trailer << /Root 1 0 R /Encrypt 5 0 R >>\n%%EOF\n")));

    [Fact]
    public void APdfWithoutItsEnd_IsRefused() =>
        Assert.Contains("不是完整的 PDF 文件", PdfCheck.Problem(Pdf(Head + "3 0 obj << /Length 99999 >> stream\n" + new string('x', 2000))));

    private static byte[] Pdf(string text) => Encoding.Latin1.GetBytes(text);

    private static byte[] Concat(string before, byte[] middle, string after) => [.. Pdf(before), .. middle, .. Pdf(after)];

    private static byte[] Deflate(string text)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal)) zlib.Write(Encoding.Latin1.GetBytes(text));
        return output.ToArray();
    }
}
