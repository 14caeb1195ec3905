namespace PublicPortal.Web.Features.Publishing;

/// <summary>A public file attached to a published entry, e.g. the scanned, signed no-restart pledge of a sealing notice.</summary>
public class PublishedFile
{
    public int Id { get; set; }
    public string FileName { get; set; } = "";
    /// <summary>Checked from the content (PDF, JPEG, PNG), never taken from the upload.</summary>
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public byte[] Data { get; set; } = [];
    public DateTime UploadedAt { get; set; }
}
