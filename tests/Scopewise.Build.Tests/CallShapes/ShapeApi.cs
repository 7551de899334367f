using Scopewise;

namespace Scopewise.Build.Tests.CallShapes;

// Declarations for CallShapeTests: this test assembly is itself read by ScopeManifestReader, so each way of reaching a
// method (property, constructor, generic method, generic type, interface, method group...) is checked without a build.
// Each declaration has its own scope, so that a test can tell exactly which call sites reached it.

public sealed class ShapeApi
{
    [RequiresScopes("shape:constructor", Kind = ScopeKind.Granular)]
    public ShapeApi()
    {
    }

    [RequiresScopes("shape:property", Kind = ScopeKind.Granular)]
    public string Property => "value";

    [RequiresScopes("shape:expression", Kind = ScopeKind.Granular)]
    public string InExpression => "value";

    [RequiresScopes("shape:generic-method", Kind = ScopeKind.Granular)]
    public T Generic<T>(T value) => value;

    [RequiresScopes("shape:method-group", Kind = ScopeKind.Granular)]
    public int Grouped(int value) => value;

    [RequiresScopes("shape:iterator", Kind = ScopeKind.Granular)]
    public int Iterated() => 1;

    [RequiresScopes("shape:local-function", Kind = ScopeKind.Granular)]
    public int Local() => 1;

    [RequiresScopes("shape:async", Kind = ScopeKind.Granular)]
    public Task<int> AwaitedAsync() => Task.FromResult(1);

    [RequiresScopes("shape:static", Kind = ScopeKind.Granular)]
    public static string Static() => "value";

    [RequiresScopes("shape:never-called", Kind = ScopeKind.Granular)]
    public static string NeverCalled() => "value";

    [RequiresScopes("shape:classic", Kind = ScopeKind.Classic)]
    [RequiresScopes("shape:granular-a", "shape:granular-b", Kind = ScopeKind.Granular)]
    public static string TwoKinds() => "value";
}

public sealed class GenericApi<T>
{
    [RequiresScopes("shape:generic-type", Kind = ScopeKind.Granular)]
    public T Echo(T value) => value;
}

public interface IShapeApi
{
    [RequiresScopes("shape:interface", Kind = ScopeKind.Granular)]
    string Declared();
}
