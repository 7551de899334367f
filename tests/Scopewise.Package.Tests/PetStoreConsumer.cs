using Scopewise.Package.Tests.Infrastructure;

namespace Scopewise.Package.Tests;

/// <summary>Consumers/PetStoreApp built once for all its tests: its own YAML spec with OAuth `security` and a scope table.</summary>
public sealed class PetStoreConsumer
{
    public ConsumerProject Project { get; } = new("PetStoreApp", addPackage: true);
}
