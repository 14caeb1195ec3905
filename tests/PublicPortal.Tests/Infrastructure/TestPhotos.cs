using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace PublicPortal.Tests.Infrastructure;

/// <summary>
/// Photos as a phone would send them, built in the test: a picture (left half red, right half blue) with an EXIF block
/// that carries a GPS position, the camera's make and serial number, and an orientation. Shared with the integration
/// tests (linked into that project).
/// </summary>
public static class TestPhotos
{
    public const string CameraMake = "CanaryCam";
    public const string CameraSerial = "SN-20260610-CANARY";
    public const int Width = 40;
    public const int Height = 20;

    /// <summary>A baseline JPEG of the picture without any metadata.</summary>
    public static byte[] PlainJpeg() => Encode(SKEncodedImageFormat.Jpeg);

    /// <summary>A PNG of the picture without any metadata.</summary>
    public static byte[] PlainPng() => Encode(SKEncodedImageFormat.Png);

    /// <summary>The JPEG with an EXIF APP1 segment (GPS 22.54N 114.05E, make, serial, the given orientation) and an XMP
    /// segment right after its start marker.</summary>
    public static byte[] JpegWithExif(ushort orientation = 1)
    {
        var xmp = Encoding.ASCII.GetBytes("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
            + "<rdf:RDF><rdf:Description exif:GPSLatitude=\"22,32.4N\"/></rdf:RDF></x:xmpmeta>");
        return InsertSegments(PlainJpeg(), Segment(0xE1, [.. "Exif\0\0"u8, .. Tiff(orientation)]), Segment(0xE1, xmp));
    }

    /// <summary>The JPEG with a comment segment holding <paramref name="comment"/> (HTML, say).</summary>
    public static byte[] JpegWithComment(string comment) => InsertSegments(PlainJpeg(), Segment(0xFE, Encoding.UTF8.GetBytes(comment)));

    /// <summary>A JPEG whose frame header claims <paramref name="width"/> × <paramref name="height"/> pixels: a
    /// decompression bomb's header in front of a tiny picture.</summary>
    public static byte[] JpegClaiming(int width, int height)
    {
        var jpeg = PlainJpeg();
        for (var at = 2; at < jpeg.Length - 9; at += 2 + ((jpeg[at + 2] << 8) | jpeg[at + 3]))
        {
            if (jpeg[at + 1] is not (0xC0 or 0xC1 or 0xC2)) continue;
            BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(at + 5), (ushort)height);
            BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(at + 7), (ushort)width);
            return jpeg;
        }
        throw new InvalidOperationException("no frame header");
    }

    /// <summary>The colour at (x, y) of a decoded JPEG or PNG, and its size.</summary>
    public static (int Width, int Height, SKColor Pixel) Inspect(byte[] image, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(image);
        return (bitmap.Width, bitmap.Height, bitmap.GetPixel(x, y));
    }

    public static bool IsReddish(SKColor c) => c.Red > 180 && c.Blue < 90;

    public static bool IsBluish(SKColor c) => c.Blue > 180 && c.Red < 90;

    private static byte[] Encode(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, Width / 2, Height, red);
        }
        using var data = bitmap.Encode(format, 95);
        return data.ToArray();
    }

    private static byte[] Segment(byte marker, byte[] body)
    {
        var segment = new byte[body.Length + 4];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(body.Length + 2));
        body.CopyTo(segment, 4);
        return segment;
    }

    private static byte[] InsertSegments(byte[] jpeg, params byte[][] segments) =>
        [.. jpeg[..2], .. segments.SelectMany(s => s), .. jpeg[2..]];

    // A big-endian TIFF block: IFD0 (make, orientation, pointers to the Exif and GPS IFDs), the Exif IFD (serial number)
    // and the GPS IFD (version, latitude and longitude with their references). Values longer than 4 bytes follow each IFD.
    private static byte[] Tiff(ushort orientation)
    {
        var ifds = new List<(ushort Tag, ushort Type, uint Count, byte[] Value)>[]
        {
            [
                (0x010F, 2, 0, Ascii(CameraMake)), (0x0112, 3, 1, U16(orientation)),
                (0x8769, 4, 1, []), (0x8825, 4, 1, []), // filled in with the offsets of the next two IFDs
            ],
            [(0xA431, 2, 0, Ascii(CameraSerial))],
            [
                (0x0000, 1, 4, [2, 3, 0, 0]), (0x0001, 2, 0, Ascii("N")), (0x0002, 5, 3, Rationals((22, 1), (32, 1), (2440, 100))),
                (0x0003, 2, 0, Ascii("E")), (0x0004, 5, 3, Rationals((114, 1), (3, 1), (1200, 100))),
            ],
        };
        var starts = new uint[ifds.Length];
        var at = 8u;
        for (var i = 0; i < ifds.Length; i++)
        {
            starts[i] = at;
            at += (uint)(2 + ifds[i].Count * 12 + 4 + ifds[i].Sum(e => e.Value.Length > 4 ? e.Value.Length : 0));
        }
        ifds[0][2] = (0x8769, 4, 1, U32(starts[1]));
        ifds[0][3] = (0x8825, 4, 1, U32(starts[2]));

        using var tiff = new MemoryStream();
        tiff.Write([(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8]);
        for (var i = 0; i < ifds.Length; i++)
        {
            var extra = starts[i] + (uint)(2 + ifds[i].Count * 12 + 4);
            var overflow = new MemoryStream();
            tiff.Write(U16((ushort)ifds[i].Count));
            foreach (var (tag, type, count, value) in ifds[i])
            {
                tiff.Write(U16(tag));
                tiff.Write(U16(type));
                tiff.Write(U32(count == 0 ? (uint)value.Length : count));
                if (value.Length > 4)
                {
                    tiff.Write(U32(extra + (uint)overflow.Length));
                    overflow.Write(value);
                }
                else
                {
                    tiff.Write([.. value, .. new byte[4 - value.Length]]);
                }
            }
            tiff.Write(U32(0)); // no next IFD
            tiff.Write(overflow.ToArray());
        }
        return tiff.ToArray();
    }

    private static byte[] Ascii(string s) => [.. Encoding.ASCII.GetBytes(s), 0];

    private static byte[] U16(ushort v)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(b, v);
        return b;
    }

    private static byte[] U32(uint v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(b, v);
        return b;
    }

    private static byte[] Rationals(params (uint Numerator, uint Denominator)[] values) =>
        [.. values.SelectMany(v => U32(v.Numerator).Concat(U32(v.Denominator)))];
}
