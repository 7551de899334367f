namespace Scopewise.Adf;

/// <summary>Which node types are inline (inside paragraphs and headings) rather than blocks, per the schema's
/// <c>inline_node</c> group plus <c>mediaInline</c> and <c>placeholder</c>.</summary>
internal static class InlineNodes
{
    public static bool IsInline(AdfNode node) => node.Type switch
    {
        "text" or "mention" or "emoji" or "date" or "status" or "hardBreak" or "inlineCard" or "inlineExtension"
            or "mediaInline" or "placeholder" => true,
        _ => false,
    };
}
