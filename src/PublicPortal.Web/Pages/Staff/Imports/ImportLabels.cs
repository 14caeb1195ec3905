using PublicPortal.Web.Features.Imports;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Pages.Staff.Imports;

public static class ImportLabels
{
    public static string Name(this ImportStatus s) => s switch
    {
        ImportStatus.Uploaded => "待确认列对应",
        ImportStatus.Validating => "校验中",
        ImportStatus.Validated => "已校验",
        ImportStatus.Importing => "导入中",
        ImportStatus.Imported => "已导入",
        ImportStatus.Failed => "失败",
        ImportStatus.Cancelled => "已取消",
        _ => s.ToString(),
    };

    public static string RegisterName(RegisterKind register) => ImportSchemas.For(register)?.Name ?? register.ToString();

}
