namespace PublicPortal.Web.Features.Content;

/// <summary>
/// The policy documents in content/policies, parsed and rendered once at start-up. Any invalid file stops start-up
/// (the constructor throws <see cref="ContentValidationException"/>), so a broken document is never half-published.
/// </summary>
public sealed class PolicyLibrary
{
    public IReadOnlyList<PolicyDocument> Documents { get; }
    private readonly Dictionary<string, PolicyDocument> _bySlug;

    public PolicyLibrary(ContentOptions options, PolicyDocumentParser parser)
    {
        var folder = Path.Combine(options.RootPath, "policies");
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"找不到政策文件目录 {folder}");
        var documents = Directory.EnumerateFiles(folder, "*.md").Order()
            .Select(path => parser.Parse(Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        var duplicate = documents.GroupBy(d => d.Slug).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ContentValidationException(duplicate.Key + ".md", "slug", "与另一文件重复");
        Documents = documents.OrderByDescending(d => d.Year).ThenByDescending(d => d.Date).ToList();
        _bySlug = documents.ToDictionary(d => d.Slug);
    }

    public PolicyDocument? Find(string slug) => _bySlug.GetValueOrDefault(slug);
}
