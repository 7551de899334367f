using Scopewise.Package.Tests.Infrastructure;

namespace Scopewise.Package.Tests;

/// <summary>
/// Every test that builds a consumer shares one collection: xunit then runs them one after another, so that two
/// consumer builds never compete for the machine's cores (each build uses them all). When the collection is done its
/// temp folders (feed, consumers and their packages folders) are deleted.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackageTestCollection : ICollectionFixture<TempFolders.Cleanup>
{
    public const string Name = "Scopewise package";
}
