using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>
/// Downloading an evidence file (handling departments only), audited with who and when. The tipster's identity has its
/// own path with four eyes: <see cref="IdentityReveal"/>.
/// </summary>
public class TipDisclosure(PortalDbContext db, TipAccess access, AuditLog audit, PersonalDataProtector protector)
{
    public sealed record Evidence(string FileName, string ContentType, byte[] Data);

    /// <summary>An evidence file of the tip-off, decrypted, for a department that handles or handled it; null otherwise.
    /// Audited as a download, or as a view when an image is shown in the page (<paramref name="inline"/>).</summary>
    public async Task<Evidence?> OpenEvidenceAsync(int tipId, int fileId, bool inline, CancellationToken ct)
    {
        if (await access.LoadAsync(tipId, tracked: false, ct) is not { } context) return null;
        if (TipRules.CanDownloadEvidence(context, await access.ActorAsync(ct)) is not null) return null;
        var file = await db.TipAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == fileId && a.TipId == tipId, ct);
        if (file is null) return null;
        var viewed = inline && file.ContentType.StartsWith("image/", StringComparison.Ordinal);
        audit.Record(viewed ? AuditActions.ViewEvidence : AuditActions.DownloadEvidence, $"TipAttachment:{file.Id}", null, tipId);
        await db.SaveChangesAsync(ct);
        return new Evidence(DownloadName(protector.Unprotect(file.FileNameCipher), file.ContentType, file.Id), file.ContentType,
            protector.Unprotect(file.DataCipher));
    }

    /// <summary>The uploader's name without path or control characters, with the extension of the sniffed type.</summary>
    public static string DownloadName(string fileName, string contentType, int id)
    {
        var extension = contentType switch { "image/jpeg" => ".jpg", "image/png" => ".png", "application/pdf" => ".pdf", _ => ".bin" };
        var name = EvidenceFiles.SafeName(fileName).Replace('"', '\'');
        var stem = Path.GetFileNameWithoutExtension(name);
        return (stem.Length == 0 ? $"evidence-{id}" : stem) + extension;
    }

    /// <summary>Content-Disposition: attachment (or inline) with an ASCII fallback and the real name in RFC 5987 form
    /// (filename*=UTF-8'').</summary>
    public static string ContentDisposition(string fileName, int id, bool inline = false)
    {
        var plain = fileName.All(ch => ch is >= ' ' and < (char)127 and not ('"' or '\\' or ';' or '%'));
        var fallback = plain ? fileName : $"evidence-{id}{Path.GetExtension(fileName)}";
        return $"{(inline ? "inline" : "attachment")}; filename=\"{fallback}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
    }
}
