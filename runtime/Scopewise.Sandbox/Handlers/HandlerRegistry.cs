using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Handlers;

/// <summary>The operations the sandbox implements, by API and operationId. Everything else answers 501.</summary>
internal sealed class HandlerRegistry
{
    private readonly Dictionary<(ApiFamily, string), Func<RequestContext, Task>> _handlers = [];

    public static readonly HandlerRegistry Default = CreateDefault();

    public void Add(ApiFamily family, string operationId, Func<RequestContext, Task> handler)
    {
        if (!_handlers.TryAdd((family, operationId), handler))
        {
            throw new InvalidOperationException($"Two handlers for {family} {operationId}.");
        }
    }

    public Func<RequestContext, Task>? Find(SpecOperation operation) => _handlers.GetValueOrDefault((operation.Family, operation.OperationId));

    /// <summary>The implemented operations (for the README and a test that each names a real spec operation).</summary>
    public IEnumerable<(ApiFamily Family, string OperationId)> Implemented => _handlers.Keys;

    private static HandlerRegistry CreateDefault()
    {
        var registry = new HandlerRegistry();
        ConfluenceV2Handlers.Register(registry);
        ConfluenceV1Handlers.Register(registry);
        ConfluenceSearchHandlers.Register(registry);
        ConfluenceFooterCommentHandlers.Register(registry);
        ConfluenceAttachmentHandlers.Register(registry);
        ContentPropertyHandlers.Register(registry);
        DataCenterHandlers.Register(registry);
        JiraHandlers.Register(registry);
        JiraIssueWriteHandlers.Register(registry);
        JiraCommentHandlers.Register(registry);
        JiraTransitionHandlers.Register(registry);
        JiraAttachmentHandlers.Register(registry);
        return registry;
    }
}
