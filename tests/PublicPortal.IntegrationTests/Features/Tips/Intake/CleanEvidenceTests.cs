using System.Net;
using System.Text;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Xmp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Tests.Infrastructure;
using PublicPortal.Web.Features.Tips.Intake;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Features.Tips.Intake;

/// <summary>Every channel stores evidence clean: photos re-encoded without their metadata or appended bytes, files that
/// do not decode refused with the reason and nothing stored. Read back by decrypting the stored attachment.</summary>
public class CleanEvidenceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task WebForm_StoresAPhotoWithoutGpsOrCamera_AndAPolyglotWithoutItsAppendedPdf()
    {
        var client = factory.CreateClient();
        byte[] polyglot = [.. TestPhotos.PlainJpeg(), .. TestFiles.Pdf("polyglot")];
        var receipt = TipForms.ReadReceipt(await TipForms.SubmitValidAsync(client, null,
            new Upload("现场照片.jpg", TestPhotos.JpegWithExif(), "image/jpeg"), new Upload("夜间.jpg", polyglot, "image/jpeg")));

        var stored = await StoredFilesAsync(receipt.TrackingNumber);
        Assert.Equal(2, stored.Count);
        var photo = ImageMetadataReader.ReadMetadata(new MemoryStream(stored["现场照片.jpg"]));
        Assert.Empty(photo.OfType<GpsDirectory>());
        Assert.Empty(photo.OfType<ExifIfd0Directory>()); // camera make, model
        Assert.Empty(photo.OfType<ExifSubIfdDirectory>()); // body serial number, time taken
        Assert.Empty(photo.OfType<XmpDirectory>());
        Assert.DoesNotContain(TestPhotos.CameraSerial, Encoding.Latin1.GetString(stored["现场照片.jpg"]));
        Assert.True(TestPhotos.IsReddish(TestPhotos.Inspect(stored["现场照片.jpg"], 2, 2).Pixel)); // the picture itself is kept

        var image = stored["夜间.jpg"];
        Assert.DoesNotContain("%PDF", Encoding.Latin1.GetString(image));
        Assert.Equal([0xFF, 0xD9], image[^2..]);
        var (width, height, _) = TestPhotos.Inspect(image, 0, 0);
        Assert.Equal((TestPhotos.Width, TestPhotos.Height), (width, height));
    }

    [Fact]
    public async Task TheCitizen_IsToldBesideEachFileInput_ThatPhotoMetadataIsRemoved()
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync("/tips");
        var receipt = TipForms.ReadReceipt(await TipForms.SubmitValidAsync(client));
        var followUp = await TipForms.LookUpAsync(client, receipt);

        foreach (var page in new[] { form, followUp })
        {
            var input = page.QuerySelector("input[type=file]#Files")!;
            var hint = page.GetElementById(input.GetAttribute("aria-describedby")!)!;
            Assert.Contains("拍摄位置（GPS）、相机型号和序列号、拍摄时间等元数据会被删除", hint.TextContent);
        }
    }

    [Fact]
    public async Task WebForm_RefusesAJpegThatDoesNotDecode_SaysWhy_AndStoresNothing()
    {
        var client = factory.CreateClient();
        var before = await factory.WithDbAsync(db => db.TipAttachments.CountAsync());
        var tipsBefore = await factory.WithDbAsync(db => db.Tips.CountAsync());
        var form = await TipForms.OpenAsync(client);
        byte[] fake = [0xFF, 0xD8, 0xFF, .. "<html><script>alert(1)</script></html>"u8];

        var response = await TipForms.SubmitAsync(client, form, TipForms.Valid(), [new Upload("假照片.jpg", fake, "image/jpeg")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlHelpers.GetDocumentAsync(response);
        Assert.Equal("文件“假照片.jpg”无法识别为完整的 JPEG 或 PNG 图片，可能已损坏，请重新导出或拍摄后上传。", TipForms.ErrorFor(page, "Files"));
        Assert.Equal(TipForms.Valid()["Input.Description"], page.QuerySelector("textarea[name='Input.Description']")!.TextContent.Trim());
        Assert.Equal(before, await factory.WithDbAsync(db => db.TipAttachments.CountAsync()));
        Assert.Equal(tipsBefore, await factory.WithDbAsync(db => db.Tips.CountAsync()));
    }

    [Fact]
    public async Task WebForm_RefusesAPdfWithJavaScript()
    {
        var client = factory.CreateClient();
        var form = await TipForms.OpenAsync(client);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF\n");

        var page = await HtmlHelpers.GetDocumentAsync(
            await TipForms.SubmitAsync(client, form, TipForms.Valid(), [new Upload("记录.pdf", pdf, "application/pdf")]));

        Assert.StartsWith("文件“记录.pdf”含有脚本", TipForms.ErrorFor(page, "Files"));
        Assert.Null(page.QuerySelector("#tracking-number"));
    }

    [Fact]
    public async Task OtherChannels_StoreCleanFilesToo_IntakeAndFollowUp()
    {
        await Crew.EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory, files: new UploadedFile("接口.jpg", "image/jpeg", TestPhotos.JpegWithExif()));
        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<TipFollowUp>().AddCitizenMessageAsync(tip.Id, "补充照片",
                [new UploadedFile("补充.jpg", "image/jpeg", TestPhotos.JpegWithExif(orientation: 6))], default);

        var files = await StoredFilesAsync(tip.TrackingNumber);
        Assert.Equal(["接口.jpg", "补充.jpg"], files.Keys.Order(StringComparer.Ordinal));
        foreach (var data in files.Values)
            Assert.Empty(ImageMetadataReader.ReadMetadata(new MemoryStream(data)).OfType<GpsDirectory>());
        var (width, height, _) = TestPhotos.Inspect(files["补充.jpg"], 0, 0);
        Assert.Equal((TestPhotos.Height, TestPhotos.Width), (width, height)); // turned upright, as its orientation said

        var refused = await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            using var scope = factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<TipFollowUp>().AddCitizenMessageAsync(tip.Id, "坏文件",
                [new UploadedFile("坏.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])], default);
        });
        Assert.Contains("无法识别为完整的 JPEG 或 PNG 图片", refused.Message);
        Assert.Equal(2, (await StoredFilesAsync(tip.TrackingNumber)).Count);
    }

    /// <summary>The tip-off's files, decrypted, by their original name; the recorded length is the clean file's.</summary>
    private Task<Dictionary<string, byte[]>> StoredFilesAsync(string trackingNumber) => factory.WithDbAsync(async db =>
    {
        var protector = factory.Services.GetRequiredService<PersonalDataProtector>();
        var tipId = await db.Tips.Where(t => t.TrackingNumber == trackingNumber).Select(t => t.Id).SingleAsync();
        var files = await db.TipAttachments.AsNoTracking().Where(a => a.TipId == tipId).ToListAsync();
        var data = files.ToDictionary(f => protector.Unprotect(f.FileNameCipher), f => protector.Unprotect(f.DataCipher));
        Assert.All(files, f => Assert.Equal(f.Length, protector.Unprotect(f.DataCipher).LongLength));
        return data;
    });
}
