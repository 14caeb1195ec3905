using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Pages.Staff.Admin.Users;

/// <summary>
/// What the role and department selects of <c>_RoleDepartment</c> show: the current values and the departments by jurisdiction.
/// </summary>
public sealed record RoleDepartmentOptions(string? Role, int? DepartmentId, IReadOnlyList<DepartmentAdministration.Group> Departments);
