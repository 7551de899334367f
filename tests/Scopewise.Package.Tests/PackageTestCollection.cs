namespace Scopewise.Package.Tests;

/// <summary>
/// Every test that builds a consumer shares one collection: xunit then runs them one after another, so that two
/// consumer builds never compete for the machine's cores (each build uses them all).
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackageTestCollection
{
    public const string Name = "Scopewise package";
}
