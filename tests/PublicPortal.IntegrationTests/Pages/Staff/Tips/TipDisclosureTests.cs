using System.Net;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Infrastructure;
using static PublicPortal.IntegrationTests.Infrastructure.Crew;
using static PublicPortal.IntegrationTests.Infrastructure.StaffPages;

namespace PublicPortal.IntegrationTests.Pages.Staff.Tips;

/// <summary>Downloading evidence, audited; the audit log is append-only. Revealing the tipster needs a custodian's
/// approval: <see cref="IdentityRevealTests"/>.</summary>
public class TipDisclosureTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnonymousTip_HasNoRevealForm()
    {
        await EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory);
        var page = await DetailAsync(await StaffLogin.SignInAsync(factory, Officer), tip.Id);
        Assert.NotNull(page.QuerySelector("#identity-anonymous"));
        Assert.Null(page.QuerySelector("form#reveal"));
    }

    [Fact]
    public async Task DownloadEvidence_DecryptsWithSafeHeaders_AndIsAudited()
    {
        await EnsureAsync(factory);
        var pdf = TestFiles.Pdf("meter readings");
        var tip = await TipSeed.FileAsync(factory, files: new UploadedFile("夜间\"用电\"记录.exe", "application/pdf", pdf));
        var officer = await StaffLogin.SignInAsync(factory, Officer);
        var link = (await DetailAsync(officer, tip.Id)).QuerySelector("#evidence a")!.GetAttribute("href")!;

        var response = await officer.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("夜间'用电'记录.pdf", disposition.FileNameStar);
        Assert.Matches(@"^""?evidence-\d+\.pdf""?$", disposition.FileName!);
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl!.NoStore);

        var entry = await factory.WithDbAsync(db => db.AuditEntries
            .SingleAsync(a => a.TipId == tip.Id && a.Action == AuditActions.DownloadEvidence));
        Assert.Equal(Officer, entry.UserName);
        Assert.StartsWith("TipAttachment:", entry.Subject);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(link.Replace("/files/", "/files/9"))).StatusCode);
    }

    [Fact]
    public async Task AuditLog_CannotBeModifiedOrDeleted()
    {
        await EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory);
        await DoAsync(factory, Officer, w => w.SignAsync(tip.Id, default));
        await factory.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync(a => a.TipId == tip.Id);
            entry.Detail = "改写";
            var e = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("审计日志只能追加", e.Message);
            db.ChangeTracker.Clear();
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(a => a.TipId == tip.Id));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
        Assert.StartsWith("已派单 → 核查中：签收",
            await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.TipId == tip.Id).Select(a => a.Detail).FirstAsync()));
    }
}
