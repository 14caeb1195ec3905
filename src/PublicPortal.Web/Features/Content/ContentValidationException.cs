namespace PublicPortal.Web.Features.Content;

/// <summary>A content file cannot be published as it is. The message names the file and the field.</summary>
public sealed class ContentValidationException(string file, string field, string problem)
    : Exception($"内容文件 {file} 的字段 {field} {problem}")
{
    public string File { get; } = file;
    public string Field { get; } = field;
}
