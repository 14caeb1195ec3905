using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Registers;

/// <summary>
/// What every published register row has in common, so that list pages share one filter, sort and paging path.
/// Each register is its own table (no inheritance mapping); this is only a C# base class.
/// </summary>
public abstract class RegisterEntry : IPublishable
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public Enterprise Enterprise { get; set; } = null!;
    /// <summary>Where the enterprise is: a county/district, or a city when no county is given.</summary>
    public int JurisdictionId { get; set; }
    public Jurisdiction Jurisdiction { get; set; } = null!;
    /// <summary>The city of <see cref="JurisdictionId"/>, kept alongside so "all of 深圳市" is one indexed comparison.</summary>
    public int CityId { get; set; }
    public Jurisdiction City { get; set; } = null!;
    public int? IndustryId { get; set; }
    public Industry? Industry { get; set; }
    public int? AspectId { get; set; }
    public Aspect? Aspect { get; set; }
    /// <summary>The department that published the entry and answers for it.</summary>
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    public int Year { get; set; }
    public DateTime PublishedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public bool IsSample { get; set; }

    public PublicationState State { get; set; } = PublicationState.Draft;
    public DateTime? ScheduledFor { get; set; }
    public int? CreatedById { get; set; }
    public int? SubmittedById { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public int? ApprovedById { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }
    /// <summary>The verified tip-off this entry came from (a yellow card or re-inspection started from 查实).</summary>
    public int? SourceTipId { get; set; }
    public int? ImportBatchId { get; set; }
}
