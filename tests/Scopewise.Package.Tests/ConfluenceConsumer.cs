using Scopewise.Package.Tests.Infrastructure;

namespace Scopewise.Package.Tests;

/// <summary>Consumers/ConfluenceApp built once for all its tests: the bundled confluence-v2 spec, the sandbox package.</summary>
public sealed class ConfluenceConsumer
{
    public ConsumerProject Project { get; } = new("ConfluenceApp");
}
