using System.Text;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Xmp;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Tests.Infrastructure;

public class EvidenceCleanerTests
{
    [Fact]
    public void ReEncode_DropsGpsCameraAndXmp_FromAJpeg()
    {
        var photo = TestPhotos.JpegWithExif();
        var before = ImageMetadataReader.ReadMetadata(new MemoryStream(photo));
        Assert.NotEmpty(before.OfType<GpsDirectory>()); // the test photo really carries what must go
        Assert.Equal(TestPhotos.CameraMake, before.OfType<ExifIfd0Directory>().Single().GetDescription(ExifDirectoryBase.TagMake));
        Assert.NotEmpty(before.OfType<XmpDirectory>());

        var (clean, error) = EvidenceCleaner.ReEncode(photo, "image/jpeg", "现场.jpg");

        Assert.Null(error);
        var after = ImageMetadataReader.ReadMetadata(new MemoryStream(clean!));
        Assert.Empty(after.OfType<GpsDirectory>());
        Assert.Empty(after.OfType<ExifIfd0Directory>());
        Assert.Empty(after.OfType<ExifSubIfdDirectory>());
        Assert.Empty(after.OfType<XmpDirectory>());
        Assert.DoesNotContain(TestPhotos.CameraSerial, Encoding.Latin1.GetString(clean!));
        Assert.DoesNotContain(TestPhotos.CameraMake, Encoding.Latin1.GetString(clean!));
        var (width, height, left) = TestPhotos.Inspect(clean!, 2, 10);
        Assert.Equal((TestPhotos.Width, TestPhotos.Height), (width, height));
        Assert.True(TestPhotos.IsReddish(left), left.ToString());
        Assert.True(EvidenceCleaner.LooksClean(clean, "image/jpeg"));
        Assert.False(EvidenceCleaner.LooksClean(photo, "image/jpeg"));
    }

    [Fact]
    public void ReEncode_AppliesTheExifOrientation_BeforeDroppingIt()
    {
        // Orientation 6: the camera was turned; the picture is shown turned 90° clockwise, so the red left half is on top.
        var (clean, _) = EvidenceCleaner.ReEncode(TestPhotos.JpegWithExif(orientation: 6), "image/jpeg", "竖拍.jpg");

        var (width, height, top) = TestPhotos.Inspect(clean!, 10, 2);
        Assert.Equal((TestPhotos.Height, TestPhotos.Width), (width, height));
        Assert.True(TestPhotos.IsReddish(top), top.ToString());
        Assert.True(TestPhotos.IsBluish(TestPhotos.Inspect(clean!, 10, 37).Pixel));
    }

    [Theory]
    [InlineData("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")]
    [InlineData("<html><body><script>alert(document.cookie)</script></body></html>")]
    public void ReEncode_DropsWhatIsAppendedAfterTheImage(string appended)
    {
        byte[] polyglot = [.. TestPhotos.PlainJpeg(), .. Encoding.ASCII.GetBytes(appended)];

        var (clean, error) = EvidenceCleaner.ReEncode(polyglot, "image/jpeg", "polyglot.jpg");

        Assert.Null(error);
        var text = Encoding.Latin1.GetString(clean!);
        Assert.DoesNotContain("%PDF", text);
        Assert.DoesNotContain("<html", text);
        Assert.Equal([0xFF, 0xD9], clean![^2..]);
        Assert.True(EvidenceCleaner.LooksClean(clean, "image/jpeg"));
        Assert.False(EvidenceCleaner.LooksClean(polyglot, "image/jpeg"));
    }

    [Fact]
    public void ReEncode_DropsHtmlHiddenInAJpegComment()
    {
        var photo = TestPhotos.JpegWithComment("<html><script>alert(1)</script></html>");
        Assert.Contains("<script>", Encoding.Latin1.GetString(photo));

        var (clean, _) = EvidenceCleaner.ReEncode(photo, "image/jpeg", "comment.jpg");

        Assert.DoesNotContain("<script>", Encoding.Latin1.GetString(clean!));
        Assert.False(EvidenceCleaner.LooksClean(photo, "image/jpeg"));
    }

    [Fact]
    public void ReEncode_KeepsAPngAPng_WithoutWhatFollowsItsEnd()
    {
        byte[] png = [.. TestPhotos.PlainPng(), .. "<svg onload=alert(1)>"u8];

        var (clean, error) = EvidenceCleaner.ReEncode(png, "image/png", "截图.png");

        Assert.Null(error);
        Assert.Equal("image/png", EvidenceFiles.SniffContentType(clean));
        Assert.DoesNotContain("<svg", Encoding.Latin1.GetString(clean!));
        Assert.True(TestPhotos.IsBluish(TestPhotos.Inspect(clean!, 30, 10).Pixel));
        Assert.True(EvidenceCleaner.LooksClean(clean, "image/png"));
        Assert.False(EvidenceCleaner.LooksClean(png, "image/png"));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 2, 3, 4, 5 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, (byte)'<', (byte)'h', (byte)'t', (byte)'m', (byte)'l', (byte)'>' })]
    public void ReEncode_RefusesWhatDoesNotDecode(byte[] notAnImage)
    {
        var (clean, error) = EvidenceCleaner.ReEncode(notAnImage, "image/jpeg", "假照片.jpg");

        Assert.Null(clean);
        Assert.Equal("文件“假照片.jpg”无法识别为完整的 JPEG 或 PNG 图片，可能已损坏，请重新导出或拍摄后上传。", error);
    }

    [Fact]
    public void ReEncode_RefusesATruncatedJpeg()
    {
        var photo = TestPhotos.PlainJpeg();

        var (clean, error) = EvidenceCleaner.ReEncode(photo[..(photo.Length / 2)], "image/jpeg", "半张.jpg");

        Assert.Null(clean);
        Assert.Contains("无法识别为完整的 JPEG 或 PNG 图片", error);
    }

    [Fact]
    public void ReEncode_RefusesAPictureOfMoreThanFortyMegapixels_BeforeDecodingIt()
    {
        var (clean, error) = EvidenceCleaner.ReEncode(TestPhotos.JpegClaiming(8000, 6000), "image/jpeg", "炸弹.jpg");

        Assert.Null(clean);
        Assert.Equal("文件“炸弹.jpg”的像素过多（8000 × 6000），请缩小到 4000 万像素以内后再上传。", error);
    }

    [Fact]
    public void ReEncode_RefusesAPngSentAsAJpeg()
    {
        var (clean, error) = EvidenceCleaner.ReEncode(TestPhotos.PlainPng(), "image/jpeg", "x.jpg");

        Assert.Null(clean);
        Assert.NotNull(error);
    }
}
