using Markdig;

namespace PublicPortal.Web.Features.Content;

/// <summary>
/// The one Markdig pipeline of the portal, built once. Raw HTML is disabled (escaped), so Markdown written by
/// departments or found in content files can never inject markup; only this output goes through Html.Raw.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseGridTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UseEmphasisExtras()
        .Build();

    public string ToHtml(string markdown) => Markdown.ToHtml(markdown, _pipeline);

    public string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, _pipeline);
}
