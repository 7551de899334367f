using System.Text.RegularExpressions;
using Scopewise.Sandbox.Handlers;

namespace Scopewise.Sandbox.Query;

/// <summary>
/// CQL's view of stored content: <c>type</c>, <c>space</c> (key or id), <c>title</c>, <c>text</c> (title and body, tags
/// removed), <c>label</c>, <c>id</c>, <c>parent</c>, <c>ancestor</c>, <c>creator</c>, <c>created</c> and <c>lastmodified</c>.
/// </summary>
internal sealed partial class CqlFields : QueryFields<SandboxContent>
{
    private static readonly string[] Known = ["type", "space", "title", "text", "label", "id", "parent", "ancestor", "creator", "created", "lastmodified"];

    private readonly SandboxStore _store;

    public CqlFields(SandboxStore store)
    {
        _store = store;
    }

    public override string Language => "CQL";

    public override IReadOnlyCollection<string> KnownFields => Known;

    public override string Canonical(string field) => field.ToLowerInvariant() switch
    {
        "space.key" => "space",
        "content" => "id",
        "labels" => "label",
        "contributor" => "creator",
        var lower => lower,
    };

    public override IReadOnlyList<string> Values(SandboxContent item, string field) => field switch
    {
        "type" => [item.Type switch { SandboxContentType.BlogPost => "blogpost", SandboxContentType.Comment => "comment", _ => "page" }],
        "space" => [item.Space.Key, Representations.Id(item.Space.Id)],
        "title" => [item.Title],
        "text" => [item.Title, Tags().Replace(item.Body, " ")],
        "label" => item.Labels,
        "id" => [item.Id],
        "parent" => item.ParentId is null ? [] : [item.ParentId],
        "ancestor" => _store.Ancestors(item).Select(a => a.Id).ToList(),
        "creator" => item.AuthorId is null ? [] : [item.AuthorId],
        "created" => [Representations.Time(item.CreatedAt)],
        "lastmodified" => [Representations.Time(item.Current.CreatedAt)],
        _ => [],
    };

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
