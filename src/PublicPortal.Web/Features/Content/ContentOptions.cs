namespace PublicPortal.Web.Features.Content;

/// <summary>Where content/ (policy documents, reference data, requirement tables) is read from.</summary>
public class ContentOptions
{
    public const string Section = "Content";

    /// <summary>Absolute path; resolved at start-up from "Content:Path" or by looking for content/ next to the app
    /// (published layout) or at the repository root (dotnet run).</summary>
    public string RootPath { get; set; } = "";
}
