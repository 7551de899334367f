using Scopewise.Confluence.V2;

namespace Scopewise.Demo.Commands;

/// <summary>People type space keys; Confluence v2 wants space ids. One call turns the first into the second.</summary>
public static class SpaceLookup
{
    /// <summary>The id of the space with <paramref name="key"/>.</summary>
    /// <exception cref="SpaceNotFoundException">No visible space has that key.</exception>
    public static async Task<long> FindIdAsync(ConfluenceV2Client confluence, string key, CancellationToken cancellationToken)
    {
        var found = await confluence.Spaces.GetSpacesAsync(keys: [key], cancellationToken: cancellationToken);
        var space = found.Results?.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));
        return space?.Id is { } id ? long.Parse(id, System.Globalization.CultureInfo.InvariantCulture) : throw new SpaceNotFoundException(key);
    }
}

/// <summary>No space the credential can see has the key the user typed.</summary>
public sealed class SpaceNotFoundException(string key)
    : Exception($"No space with key '{key}' is visible to this credential; `spaces` lists the ones that are.");
