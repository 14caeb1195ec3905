namespace PublicPortal.Web.Features.Content;

/// <summary>A published policy document (content/policies/*.md): its front matter and rendered body.</summary>
public sealed record PolicyDocument(
    string Slug,
    string Title,
    string Issuer,
    string? DocumentNumber,
    DateOnly? Date,
    string JurisdictionCode,
    int Year,
    PolicyStatus Status,
    string Disclosure,
    string IndexNumber,
    string Topic,
    string Summary,
    string? Contact,
    string? SourceNote,
    string BodyMarkdown,
    string BodyHtml,
    string PlainText)
{
    public string StatusName => Status switch
    {
        PolicyStatus.Consultation => "征求意见稿",
        PolicyStatus.Repealed => "已废止",
        _ => "正式印发",
    };
}

public enum PolicyStatus { Issued, Consultation, Repealed }
