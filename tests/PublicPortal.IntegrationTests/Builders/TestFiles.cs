namespace PublicPortal.IntegrationTests.Builders;

/// <summary>Small, real evidence files: the portal decides a file's type from its first bytes.</summary>
public static class TestFiles
{
    /// <summary>A 1×1 transparent PNG.</summary>
    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A minimal one-page PDF carrying <paramref name="text"/> (e.g. a canary) in its bytes.</summary>
    public static byte[] Pdf(string text = "evidence") => System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
        $"% {text}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A PNG with <paramref name="text"/> appended after its end: still sniffed as a PNG.</summary>
    public static byte[] PngWith(string text) => [.. Png(), .. System.Text.Encoding.UTF8.GetBytes(text)];

    public static Infrastructure.Upload Photo(string name = "现场照片.png") => new(name, Png(), "image/png");
}
