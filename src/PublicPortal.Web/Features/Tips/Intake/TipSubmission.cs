using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips.Intake;

/// <summary>
/// A tip-off as a channel hands it in (the 我要举报 form, Open311, any future one), before it is checked. A channel only
/// translates its own input into this, and <see cref="TipSubmissionError"/>s back into its own way of showing errors;
/// the rules themselves live once, in <see cref="TipSubmissionRules"/>, and filing in <see cref="TipIntake"/>.
/// </summary>
public sealed record TipSubmission
{
    public TipCategory? Category { get; init; }
    /// <summary>Code of the city or county (县、市、区) where it happens; it decides who handles the tip-off.</summary>
    public string? Place { get; init; }
    public string? EnterpriseName { get; init; }
    public string? CreditCode { get; init; }
    public string? Address { get; init; }
    public DateOnly? ObservedOn { get; init; }
    public string? Description { get; init; }
    /// <summary>实名 (true) or 匿名 (false); null when the tipster has not chosen.</summary>
    public bool? Named { get; init; }
    public string? Name { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public bool WantsEmailNotices { get; init; }
    /// <summary>The published record the tipster started from ("举报此企业" on a list entry), if any.</summary>
    public TipSource? SourceKind { get; init; }
    public string? SourceKey { get; init; }
    /// <summary>Photos and documents, already read and checked (type, size) by the channel.</summary>
    public IReadOnlyList<UploadedFile> Files { get; init; } = [];
    /// <summary>The partner system that filed it (Open311); null for the portal's own form.</summary>
    public int? ApiClientId { get; init; }
    /// <summary>A partner's link to its own copy of the evidence; kept as text, never fetched.</summary>
    public string? MediaUrl { get; init; }
}

/// <summary>What is wrong with one field of a <see cref="TipSubmission"/> (named by its property), in Chinese.</summary>
public sealed record TipSubmissionError(string Field, string Message);

/// <summary>The limits of every field, shown on the form and in the Open311 documentation.</summary>
public static class TipLimits
{
    public const int EnterpriseName = 128;
    public const int CreditCode = 18;
    public const int Address = 256;
    public const int DescriptionMin = 10;
    public const int DescriptionMax = 5000;
    public const int Name = 50;
    public const int Email = 254;
    public const int MediaUrl = 2048;
    public static readonly DateOnly EarliestObservedOn = new(2000, 1, 1);
}
