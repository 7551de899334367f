using Scopewise.Confluence.V1;
using Scopewise.Demo.Infrastructure;

namespace Scopewise.Demo.Commands;

/// <summary>`search CQL`: Confluence v1 CQL search, following its cursor through every result page.</summary>
public static class SearchCommand
{
    /// <summary>Prints the matching content as a table.</summary>
    public static async Task<int> RunAsync(CommandContext context, DemoSession session)
    {
        context.Arguments.AllowOnly("max");
        var cql = string.Join(' ', context.Arguments.Words.Skip(1));
        if (cql.Length == 0)
        {
            throw new UsageException("`search` needs a CQL query, for example: search 'type = page AND space = DEMO'.");
        }

        var max = context.Arguments.PositiveNumber("max", int.MaxValue);
        var confluence = new ConfluenceV1Client(session.Connection);
        var table = new TextTable("ID", "TYPE", "TITLE", "SPACE");
        var progress = new Progress(context.Status, "results");
        await foreach (var content in confluence.Contents.SearchContentByCQLAllAsync(cql, limit: 25, cancellationToken: context.CancellationToken))
        {
            table.Add(content.Id, content.Type, content.Title, content.Space?.Key);
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
}
