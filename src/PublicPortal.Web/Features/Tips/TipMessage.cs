namespace PublicPortal.Web.Features.Tips;

/// <summary>A message between the citizen and the handling department, through the follow-up page.</summary>
public class TipMessage
{
    public int Id { get; set; }
    public int TipId { get; set; }
    public DateTime At { get; set; }
    public bool FromCitizen { get; set; }
    /// <summary>The department that wrote it (null when from the citizen).</summary>
    public int? DepartmentId { get; set; }
    public string BodyCipher { get; set; } = "";
}

/// <summary>An evidence file; name and bytes encrypted. Attached to the tip-off, and to a message when sent with one.</summary>
public class TipAttachment
{
    public int Id { get; set; }
    public int TipId { get; set; }
    public int? TipMessageId { get; set; }
    public TipMessage? Message { get; set; }
    public bool FromCitizen { get; set; }
    public string FileNameCipher { get; set; } = "";
    /// <summary>Checked from the file's first bytes, never taken from the browser: image/jpeg, image/png, application/pdf.</summary>
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public byte[] DataCipher { get; set; } = [];
    public DateTime UploadedAt { get; set; }
}
