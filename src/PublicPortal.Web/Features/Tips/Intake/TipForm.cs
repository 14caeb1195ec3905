using System.ComponentModel.DataAnnotations;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips.Intake;

/// <summary>
/// The 我要举报 form's fields as posted. It carries no rules of its own: the page turns it into a
/// <see cref="TipSubmission"/> and shows <see cref="TipSubmissionRules"/>' errors next to the fields of the same name.
/// </summary>
public class TipForm
{
    [Display(Name = "举报类别")]
    public TipCategory? Category { get; set; }

    [Display(Name = "发生地点")]
    public string? Place { get; set; }

    public string? EnterpriseName { get; set; }
    public string? CreditCode { get; set; }
    public string? Address { get; set; }

    [DataType(DataType.Date)]
    public DateOnly? ObservedOn { get; set; }

    public string? Description { get; set; }

    /// <summary>"named" or "anonymous"; the radio buttons' values.</summary>
    public string? Identity { get; set; }

    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public bool WantsEmailNotices { get; set; }

    /// <summary>Honeypot: hidden from people (and from screen readers); bots fill it in.</summary>
    public string? Website { get; set; }

    public TipSubmission ToSubmission(TipSource? sourceKind, string? sourceKey, IReadOnlyList<UploadedFile> files) => new()
    {
        Category = Category, Place = Place, EnterpriseName = EnterpriseName, CreditCode = CreditCode, Address = Address,
        ObservedOn = ObservedOn, Description = Description,
        Named = Identity switch { "named" => true, "anonymous" => false, _ => null },
        Name = Name, Phone = Phone, Email = Email, WantsEmailNotices = WantsEmailNotices,
        SourceKind = sourceKind, SourceKey = sourceKey, Files = files,
    };

    /// <summary>The form field that shows an error about the submission's <paramref name="field"/>.</summary>
    public static string FieldFor(string field) => field == nameof(TipSubmission.Named) ? nameof(Identity) : field;
}
