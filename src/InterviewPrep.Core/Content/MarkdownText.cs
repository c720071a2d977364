using Markdig;

namespace InterviewPrep.Core.Content;

/// <summary>Renders content Markdown to HTML with raw HTML disabled, so content can never inject markup.</summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown ?? "", Pipeline);
}
