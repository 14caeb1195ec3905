using System.Net;
using System.Text;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Tests.Infrastructure;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Infrastructure;
using static PublicPortal.IntegrationTests.Infrastructure.Crew;
using static PublicPortal.IntegrationTests.Infrastructure.StaffPages;

namespace PublicPortal.IntegrationTests.Pages.Staff.Tips;

/// <summary>Evidence images shown in the tip-off page: same-origin, no-store, nosniff, a CSP under which nothing runs,
/// inline only for re-encoded images, PDFs always downloads, each view audited, another department 404.</summary>
public class EvidenceViewTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string FilePolicy = "default-src 'none'; img-src 'self'; frame-ancestors 'none'; sandbox";

    [Fact]
    public async Task TipPage_ShowsImagesInPlace_AndServesThemInlineWithStrictHeaders_AuditedAsViews()
    {
        await EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory, files: new UploadedFile("厂区\"夜间\".jpg", "image/jpeg", TestPhotos.JpegWithExif()));
        var officer = await StaffLogin.SignInAsync(factory, Officer);

        var page = await DetailAsync(officer, tip.Id);
        var img = page.QuerySelector("#evidence figure img")!;
        Assert.Equal("证据图片：厂区\"夜间\".jpg", img.GetAttribute("alt"));
        var src = img.GetAttribute("src")!;
        Assert.Matches($@"^/staff/tips/{tip.Id}/files/\d+\?inline$", src);
        Assert.Equal(src.Split('?')[0], page.QuerySelector("#evidence figcaption a")!.GetAttribute("href"));
        Assert.Contains("img-src 'self'", PageHeader(await officer.GetAsync($"/staff/tips/{tip.Id}"), "Content-Security-Policy"));

        var response = await officer.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("厂区'夜间'.jpg", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Equal("nosniff", PageHeader(response, "X-Content-Type-Options"));
        Assert.Equal(FilePolicy, PageHeader(response, "Content-Security-Policy"));
        Assert.Equal("same-origin", PageHeader(response, "Cross-Origin-Resource-Policy"));
        var shown = await response.Content.ReadAsByteArrayAsync();
        Assert.Empty(ImageMetadataReader.ReadMetadata(new MemoryStream(shown)).OfType<GpsDirectory>());

        var download = await officer.GetAsync(src.Split('?')[0]);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(FilePolicy, PageHeader(download, "Content-Security-Policy"));
        Assert.Equal(shown, await download.Content.ReadAsByteArrayAsync());

        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.TipId == tip.Id)
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.UserName, a.Subject }).ToListAsync());
        Assert.Equal([AuditActions.ViewEvidence, AuditActions.DownloadEvidence], actions.Select(a => a.Action));
        Assert.All(actions, a => Assert.Equal(Officer, a.UserName));
        Assert.All(actions, a => Assert.StartsWith("TipAttachment:", a.Subject));
    }

    [Fact]
    public async Task Pdf_IsNeverInline_EvenWhenAskedFor()
    {
        await EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory, files: new UploadedFile("监测记录.pdf", "application/pdf", TestFiles.Pdf("log")));
        var officer = await StaffLogin.SignInAsync(factory, Officer);
        var page = await DetailAsync(officer, tip.Id);
        Assert.Null(page.QuerySelector("#evidence img"));
        var href = page.QuerySelector("#evidence a")!.GetAttribute("href")!;

        var response = await officer.GetAsync(href + "?inline");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(FilePolicy, PageHeader(response, "Content-Security-Policy"));
        Assert.Equal(AuditActions.DownloadEvidence, await factory.WithDbAsync(db =>
            db.AuditEntries.Where(a => a.TipId == tip.Id).Select(a => a.Action).SingleAsync()));
    }

    [Fact]
    public async Task AnotherDepartment_Gets404_ForTheImage()
    {
        await EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory, files: new UploadedFile("现场.png", "image/png", TestPhotos.PlainPng()));
        var fileId = await factory.WithDbAsync(db => db.TipAttachments.Where(a => a.TipId == tip.Id).Select(a => a.Id).SingleAsync());
        var nanshan = await StaffLogin.SignInAsync(factory, NanshanOfficer);

        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync($"/staff/tips/{tip.Id}/files/{fileId}?inline")).StatusCode);
        Assert.Empty(await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.TipId == tip.Id).ToListAsync()));
    }

    [Fact]
    public async Task AnImageStoredBeforeReEncoding_IsReEncodedOnTheWayOut()
    {
        await EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory);
        var protector = factory.Services.GetRequiredService<PersonalDataProtector>();
        var legacy = TestPhotos.JpegWithExif();
        var fileId = await factory.WithDbAsync(async db =>
        {
            var file = new TipAttachment
            {
                TipId = tip.Id, FromCitizen = true, FileNameCipher = protector.Protect("旧照片.jpg"), ContentType = "image/jpeg",
                Length = legacy.Length, DataCipher = protector.Protect(legacy), UploadedAt = factory.Clock.UtcNow(),
            };
            db.TipAttachments.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });
        var officer = await StaffLogin.SignInAsync(factory, Officer);

        foreach (var url in new[] { $"/staff/tips/{tip.Id}/files/{fileId}?inline", $"/staff/tips/{tip.Id}/files/{fileId}" })
        {
            var served = await (await officer.GetAsync(url)).Content.ReadAsByteArrayAsync();
            Assert.Empty(ImageMetadataReader.ReadMetadata(new MemoryStream(served)).OfType<GpsDirectory>());
            Assert.DoesNotContain(TestPhotos.CameraSerial, Encoding.Latin1.GetString(served));
        }
    }

    private static string PageHeader(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values) : "";
}
