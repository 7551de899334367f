using System.Text.Json;

namespace Scopewise.Adf;

/// <summary>
/// An Atlassian Document Format document: the <c>doc</c> node at the root of a Jira description or comment body or a
/// Confluence <c>atlas_doc_format</c> body. Build one with <see cref="Adf"/>, read one with <see cref="Parse(string)"/>
/// or <see cref="FromJsonElement(JsonElement)"/>, write it with <see cref="AdfNode.ToJson()"/> or
/// <see cref="ToJsonElement()"/>, convert with <see cref="FromMarkdown(string)"/>, <see cref="ToMarkdown()"/> and
/// <see cref="ToPlainText()"/>, and check it with <see cref="Validate()"/>.
/// </summary>
public sealed class AdfDocument : AdfNode
{
    /// <summary>Creates an empty version-1 document.</summary>
    public AdfDocument()
        : base("doc", isContainer: true)
    {
        Version = 1;
    }

    /// <summary>The ADF version (1, the only one); null when a document was read without one.</summary>
    public int? Version { get; set; }

    /// <summary>Reads an ADF document from JSON text.</summary>
    /// <param name="json">The JSON, for example a Jira issue's <c>fields.description</c>.</param>
    /// <exception cref="AdfFormatException">The text is not JSON, the root is not a <c>doc</c>, or a node or mark
    /// lacks its <c>type</c>; the message names the path.</exception>
    public static AdfDocument Parse(string json) => AdfJson.ParseDocument(json);

    /// <summary>Reads an ADF document from a JSON element (a field of a generated model typed <c>JsonElement</c>).</summary>
    /// <param name="json">The element.</param>
    /// <exception cref="AdfFormatException">The element is not an ADF document; the message names the path.</exception>
    public static AdfDocument FromJsonElement(JsonElement json) => AdfJson.ReadDocument(json);

    /// <summary>Converts Markdown (CommonMark with GFM tables, task lists, strikethrough, autolinks and alerts) to ADF.
    /// docs/ADF.md has the mapping; the result is valid ADF.</summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <exception cref="ArgumentException">The Markdown nests quotes or lists more than 64 levels deep.</exception>
    public static AdfDocument FromMarkdown(string markdown) => Markdown.MarkdownToAdf.Convert(markdown);

    /// <summary>The document as a <see cref="JsonElement"/>, for a generated model's <c>JsonElement</c> field.</summary>
    public JsonElement ToJsonElement() => AdfJson.ToElement(this);

    /// <summary>The document as Markdown (CommonMark with GFM tables, task lists and strikethrough). What Markdown has
    /// no form for becomes what docs/ADF.md lists: a mention its name, a panel an alert, an expand its bold title and
    /// content; underline, colours and other formatting are dropped.</summary>
    public string ToMarkdown() => Markdown.AdfToMarkdown.Convert(this);

    /// <summary>The document's text: one line per paragraph, heading, list item and table row (cells separated by
    /// " | "), list markers and task boxes kept, formatting dropped.</summary>
    public string ToPlainText() => Text.AdfToPlainText.Convert(this);

    /// <summary>Checks the document against the ADF schema's rules: content per node, required attributes, allowed
    /// marks and enum values.</summary>
    /// <returns>The problems, each naming the path and the rule; empty when the document is valid.</returns>
    public IReadOnlyList<AdfProblem> Validate() => Validation.AdfValidator.Validate(this);

    private protected override void WriteLeadingMembers(Utf8JsonWriter writer)
    {
        if (Version is { } version)
        {
            writer.WriteNumber(JsonNames.Version, version);
        }
    }

    private protected override bool TryReadOwnMember(string name, JsonElement value)
    {
        if (name != "version")
        {
            return false;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var version))
        {
            Version = version;
            return true;
        }

        // Not a number: keep it as read (validation reports it) rather than lose it.
        return false;
    }
}
