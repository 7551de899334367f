namespace Scopewise;

/// <summary>
/// Finds a Cloud site's cloud id once and keeps it, where the credential says it comes from (see
/// <see cref="AtlassianCredential.DiscoverCloudIdAsync"/>). Concurrent first calls share one lookup; a failed lookup is
/// not kept, so the next call tries again.
/// </summary>
internal sealed class CloudIdResolver(AtlassianSite? site, AtlassianEndpoints endpoints, string? knownCloudId)
{
    private readonly CloudIdLookup _sources = new(site, endpoints);

    private readonly object _sync = new();
    private Task<string>? _lookup = knownCloudId is null ? null : Task.FromResult(knownCloudId);

    /// <summary>How many lookups went to the network (for tests and logs).</summary>
    public int LookupCount;

    public Task<string> GetAsync(AtlassianCredential credential, CredentialContext context, CancellationToken cancellationToken)
    {
        // Every gateway call asks; once the id is known the answer is the same task, without taking the lock.
        if (Volatile.Read(ref _lookup) is { IsCompletedSuccessfully: true } known)
        {
            return known;
        }

        Task<string> lookup;
        lock (_sync)
        {
            if (_lookup is null || _lookup.IsFaulted || _lookup.IsCanceled)
            {
                _lookup = Task.Run(() => LookUpAsync(credential, context), CancellationToken.None);
            }

            lookup = _lookup;
        }

        return lookup.WaitAsync(cancellationToken);
    }

    private async Task<string> LookUpAsync(AtlassianCredential credential, CredentialContext context)
    {
        Interlocked.Increment(ref LookupCount);
        var cloudId = await credential.DiscoverCloudIdAsync(_sources, context).ConfigureAwait(false);
        ScopewiseLog.CloudIdResolved(context.Diagnostics.Logger, site?.Host ?? "(none)", cloudId);
        return cloudId;
    }
}
