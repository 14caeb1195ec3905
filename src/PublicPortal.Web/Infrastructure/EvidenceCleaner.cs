using SkiaSharp;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// Makes evidence safe to keep and to show. A photo carries more than its picture: EXIF (GPS position, camera serial
/// number, time), XMP, IPTC, ICC profiles, comments, and whatever was appended after its end (a PDF, an HTML page: a
/// polyglot). Decoding the pixels and encoding them afresh keeps the picture and nothing else. PDFs cannot be re-encoded
/// here; they are checked by <see cref="PdfCheck"/> and only ever served as downloads.
/// </summary>
public static class EvidenceCleaner
{
    /// <summary>Larger pictures are refused before their pixels are decoded (a decompression bomb: a few kilobytes that
    /// claim 100,000 × 100,000 pixels). 40 megapixels holds every phone camera's photo; decoding one takes 160 MB.</summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>Quality of the re-encoded JPEG: fine detail (a number plate, a chimney's colour) survives, size stays small.</summary>
    public const int JpegQuality = 85;

    // Decoding a large photo takes memory and a core; a burst of uploads waits its turn instead of exhausting both.
    private static readonly SemaphoreSlim Decoders = new(2, 2);

    /// <summary>The file made clean (images re-encoded, PDFs checked and kept as they are), or a Chinese error.</summary>
    public static async Task<(byte[]? Data, string? Error)> CleanAsync(byte[] data, string contentType, string name, CancellationToken ct)
    {
        if (contentType == "application/pdf") return PdfCheck.Problem(data) is { } problem ? (null, $"文件“{name}”{problem}") : (data, null);
        await Decoders.WaitAsync(ct);
        try
        {
            return ReEncode(data, contentType, name);
        }
        finally
        {
            Decoders.Release();
        }
    }

    /// <summary>Decodes a JPEG or PNG (applying its EXIF orientation) and encodes the pixels alone in the same format.</summary>
    public static (byte[]? Data, string? Error) ReEncode(byte[] data, string contentType, string name)
    {
        var unreadable = $"文件“{name}”无法识别为完整的 JPEG 或 PNG 图片，可能已损坏，请重新导出或拍摄后上传。";
        using var encoded = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(encoded);
        var format = contentType == "image/png" ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg;
        if (codec is null || codec.EncodedFormat != format) return (null, unreadable);
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0) return (null, unreadable);
        if ((long)width * height > MaxPixels)
            return (null, $"文件“{name}”的像素过多（{width} × {height}），请缩小到 4000 万像素以内后再上传。");

        // Decode into sRGB so a wide-gamut photo keeps its colours once its ICC profile is gone.
        var alpha = format == SKEncodedImageFormat.Jpeg || codec.Info.AlphaType == SKAlphaType.Opaque
            ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap(info);
        if (codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success) return (null, unreadable);

        using var upright = Upright(decoded, codec.EncodedOrigin);
        // Encoded without a colour space, so no ICC profile is written: viewers take untagged pixels as sRGB.
        using var pixels = new SKPixmap(upright.Info.WithColorSpace(null), upright.GetPixels(), upright.RowBytes);
        using var output = format == SKEncodedImageFormat.Jpeg
            ? pixels.Encode(new SKJpegEncoderOptions(JpegQuality))
            : pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6));
        return output is null ? (null, unreadable) : (output.ToArray(), null);
    }

    /// <summary>The picture turned as its EXIF orientation says, since the tag that says so is about to be dropped.</summary>
    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        var (w, h) = (source.Width, source.Height);
        // x' = ScaleX·x + SkewX·y + TransX, y' = SkewY·x + ScaleY·y + TransY: each origin's exact pixel mapping.
        SKMatrix? turn = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => null,
        };
        if (turn is not { } matrix) return source.Copy();
        var swap = origin >= SKEncodedOrigin.LeftTop;
        var target = new SKBitmap(source.Info.WithSize(swap ? h : w, swap ? w : h));
        using var canvas = new SKCanvas(target);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(source, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        return target;
    }

    /// <summary>
    /// True when the bytes are what <see cref="ReEncode"/> writes: a JPEG whose segments before the picture are only
    /// JFIF, tables and frame headers (no EXIF/XMP/ICC/comment), or a PNG of only picture chunks; nothing after the end.
    /// Files stored before re-encoding existed fail it and are re-encoded on the way out.
    /// </summary>
    public static bool LooksClean(ReadOnlySpan<byte> data, string contentType) => contentType switch
    {
        "image/jpeg" => JpegLooksClean(data),
        "image/png" => PngLooksClean(data),
        _ => false,
    };

    private static bool JpegLooksClean(ReadOnlySpan<byte> data)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8 || data[^2] != 0xFF || data[^1] != 0xD9) return false;
        var at = 2;
        while (at + 4 <= data.Length && data[at] == 0xFF)
        {
            var marker = data[at + 1];
            if (marker == 0xDA) return NoSecondImage(data[(at + 2)..^2]); // start of scan: entropy-coded data up to EOI
            var length = (data[at + 2] << 8) | data[at + 3];
            // A bare JFIF header (16 bytes: no thumbnail), quantisation and Huffman tables, restart interval, frame header.
            if (!(marker == 0xE0 ? length == 16 : marker is 0xDB or 0xDD or (>= 0xC0 and <= 0xCF))) return false;
            at += 2 + length;
        }
        return false;
    }

    // In entropy-coded data every 0xFF is followed by 0x00 (stuffing) or a restart marker; any other marker — a second
    // image's start, a comment — means more than one picture's data, and so something to re-encode.
    private static bool NoSecondImage(ReadOnlySpan<byte> scan)
    {
        for (var i = 0; i < scan.Length - 1; i++)
            if (scan[i] == 0xFF && scan[i + 1] is not (0x00 or (>= 0xD0 and <= 0xD7) or 0xFF)) return false;
        return true;
    }

    private static bool PngLooksClean(ReadOnlySpan<byte> data)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (!data.StartsWith(signature)) return false;
        var at = signature.Length;
        while (at + 12 <= data.Length)
        {
            var length = (data[at] << 24) | (data[at + 1] << 16) | (data[at + 2] << 8) | data[at + 3];
            var type = System.Text.Encoding.ASCII.GetString(data.Slice(at + 4, 4));
            var picture = type is "IHDR" or "PLTE" or "IDAT" or "tRNS" or "IEND" or "sBIT" or "sRGB" or "gAMA" or "cHRM" or "pHYs";
            if (length < 0 || !picture) return false;
            at += 12 + length;
            if (type == "IEND") return at == data.Length;
        }
        return false;
    }
}
