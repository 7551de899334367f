using Scopewise.Package.Tests.Infrastructure;

namespace Scopewise.Package.Tests;

/// <summary>Consumers/TransitiveApp built once: App references Lib, and only Lib references the Scopewise package.</summary>
public sealed class TransitiveConsumer
{
    public ConsumerProject Project { get; } = new("TransitiveApp", project: Path.Combine("App", "App.csproj"));
}
