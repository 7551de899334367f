using System.Reflection;

namespace Scopewise;

/// <summary>
/// The scopes an assembly declares with <c>[assembly: GrantedScopes(...)]</c>: the set the analyzer checks calls against,
/// and so the set an app should ask for when a user authorizes it. (Generated code also exposes it as
/// <c>Scopewise.Generated.ScopewiseScopes.Granted</c>.)
/// </summary>
public static class DeclaredScopes
{
    /// <summary>The scopes <paramref name="assembly"/> declares, sorted and without duplicates; empty when it declares none.</summary>
    /// <param name="assembly">The assembly to read.</param>
    public static IReadOnlyList<string> Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var attribute = assembly.GetCustomAttribute<GrantedScopesAttribute>();
        return attribute is null
            ? []
            : attribute.Scopes.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The scopes the application's entry assembly declares.</summary>
    /// <exception cref="InvalidOperationException">The entry assembly declares none; the message says what to do.</exception>
    public static IReadOnlyList<string> OfEntryAssembly()
    {
        var entry = Assembly.GetEntryAssembly();
        var scopes = entry is null ? [] : Of(entry);
        if (scopes.Count == 0)
        {
            throw new InvalidOperationException(
                $"The application ({entry?.GetName().Name ?? "unknown entry assembly"}) declares no [assembly: GrantedScopes(...)], so there is no default set of scopes to ask for. "
                + "Declare the scopes your app's OAuth registration grants with [assembly: GrantedScopes(...)], or pass the scopes explicitly (the build's <app>.scopes.txt lists the ones your code needs).");
        }

        return scopes;
    }
}
