using Scopewise.Sandbox;

namespace Scopewise.Runtime.Tests.Support;

/// <summary>An in-memory store that notes how many requests the sandbox had seen when each save happened.</summary>
internal sealed class RecordingTokenStore(AtlassianSandbox sandbox, OAuthTokens initial) : ITokenStore
{
    private readonly InMemoryTokenStore _inner = new(initial);

    public List<(OAuthTokens Tokens, int RequestsSeen)> Saves { get; } = [];

    public bool FailSaves { get; set; }

    public OAuthTokens? Current => _inner.Current;

    public ValueTask<OAuthTokens?> LoadAsync(CancellationToken cancellationToken = default) => _inner.LoadAsync(cancellationToken);

    public async ValueTask SaveAsync(OAuthTokens tokens, CancellationToken cancellationToken = default)
    {
        if (FailSaves)
        {
            throw new IOException("disk full");
        }

        lock (Saves)
        {
            Saves.Add((tokens, sandbox.Requests.Count));
        }

        await _inner.SaveAsync(tokens, cancellationToken);
    }
}
