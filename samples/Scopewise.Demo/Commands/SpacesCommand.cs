using Scopewise.Confluence.V2;
using Scopewise.Demo.Infrastructure;

namespace Scopewise.Demo.Commands;

/// <summary>`spaces`: every space the credential can see, through the Confluence v2 cursor paging.</summary>
public static class SpacesCommand
{
    /// <summary>Lists the spaces as a table.</summary>
    public static async Task<int> RunAsync(CommandContext context, DemoSession session)
    {
        context.Arguments.AllowOnly();
        var confluence = new ConfluenceV2Client(session.Connection);
        var table = new TextTable("KEY", "NAME", "TYPE", "ID");
        var progress = new Progress(context.Status, "spaces");
        await foreach (var space in confluence.Spaces.GetSpacesAllAsync(limit: 25, cancellationToken: context.CancellationToken))
        {
            table.Add(space.Key, space.Name, space.Type?.Value, space.Id);
            progress.Tick();
        }

        progress.Done();
        table.WriteTo(context.Output);
        return ExitCodes.Ok;
    }
}
