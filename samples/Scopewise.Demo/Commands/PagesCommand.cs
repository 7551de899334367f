using System.Globalization;
using Scopewise.Confluence.V2;
using Scopewise.Demo.Infrastructure;

namespace Scopewise.Demo.Commands;

/// <summary>`pages list|get|create`: Confluence v2 pages.</summary>
public static class PagesCommand
{
    /// <summary>Runs the sub-command named by the second word.</summary>
    public static Task<int> RunAsync(CommandContext context, DemoSession session)
    {
        var confluence = new ConfluenceV2Client(session.Connection);
        return context.Arguments.Word(1) switch
        {
            "list" => ListAsync(context, confluence),
            "get" => GetAsync(context, confluence),
            "create" => CreateAsync(context, confluence),
            null => throw new UsageException("`pages` needs a sub-command: list, get or create."),
            var other => throw new UsageException($"`pages {other}` is not a command; use pages list, pages get ID or pages create."),
        };
    }

    private static async Task<int> ListAsync(CommandContext context, ConfluenceV2Client confluence)
    {
        context.Arguments.AllowOnly("space", "max");
        var max = context.Arguments.PositiveNumber("max", int.MaxValue);
        var spaceKey = context.Arguments.Option("space");
        var pages = spaceKey is null
            ? confluence.Pages.GetPagesAllAsync(limit: 25, cancellationToken: context.CancellationToken)
            : confluence.Pages.GetPagesInSpaceAllAsync(await SpaceLookup.FindIdAsync(confluence, spaceKey, context.CancellationToken), limit: 25, cancellationToken: context.CancellationToken);

        var table = new TextTable("ID", "TITLE", "SPACE ID", "STATUS");
        var progress = new Progress(context.Status, "pages");
        await foreach (var page in pages)
        {
            table.Add(page.Id, page.Title, page.SpaceId, page.Status?.Value);
            progress.Tick();
            if (table.Count >= max)
            {
                break;
            }
        }

        progress.Done();
        table.WriteTo(context.Output);
        return ExitCodes.Ok;
    }

    private static async Task<int> GetAsync(CommandContext context, ConfluenceV2Client confluence)
    {
        context.Arguments.AllowOnly();
        var text = context.Arguments.Word(2) ?? throw new UsageException("`pages get` needs a page id, for example: pages get 65536.");
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw new UsageException($"A page id is a number; '{text}' is not.");
        }

        var page = await confluence.Pages.GetPageByIdAsync(id, bodyFormat: PrimaryBodyRepresentationSingle.Storage, cancellationToken: context.CancellationToken);
        context.Output.WriteLine($"id:       {page.Id}");
        context.Output.WriteLine($"title:    {page.Title}");
        context.Output.WriteLine($"space id: {page.SpaceId}");
        context.Output.WriteLine($"version:  {page.Version?.Number}");
        context.Output.WriteLine($"created:  {page.CreatedAt?.ToString("u", CultureInfo.InvariantCulture)}");
        context.Output.WriteLine();
        context.Output.WriteLine(page.Body?.Storage?.Value ?? "(no storage-format body)");
        return ExitCodes.Ok;
    }

    private static async Task<int> CreateAsync(CommandContext context, ConfluenceV2Client confluence)
    {
        context.Arguments.AllowOnly("space", "title", "body");
        var spaceKey = context.Arguments.Option("space") ?? throw new UsageException("`pages create` needs --space KEY.");
        var title = context.Arguments.Option("title") ?? throw new UsageException("`pages create` needs --title TEXT.");
        var body = context.Arguments.Option("body") ?? "<p></p>";
        var request = new CreatePageRequest
        {
            SpaceId = (await SpaceLookup.FindIdAsync(confluence, spaceKey, context.CancellationToken)).ToString(CultureInfo.InvariantCulture),
            Status = CreatePageRequestStatus.Current,
            Title = title,
            Body = CreatePageRequestBody.FromPageBodyWrite(new PageBodyWrite { Representation = PageBodyWriteRepresentation.Storage, Value = body }),
        };

        var created = await confluence.Pages.CreatePageAsync(request, cancellationToken: context.CancellationToken);
        context.Output.WriteLine($"Created page {created.Id} \"{created.Title}\" in {spaceKey} (version {created.Version?.Number}).");
        return ExitCodes.Ok;
    }
}
