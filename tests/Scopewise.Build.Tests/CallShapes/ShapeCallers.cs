using System.Linq.Expressions;

namespace Scopewise.Build.Tests.CallShapes;

// The callers CallShapeTests expects to find, one shape each.
public static class ShapeCallers
{
    private static readonly string Initialized = ShapeApi.Static();

    public static ShapeApi Constructs() => new();

    public static string ReadsProperty(ShapeApi api) => api.Property;

    public static int CallsGenericMethod(ShapeApi api) => api.Generic(1);

    public static int CallsGenericType() => new GenericApi<int>().Echo(1);

    public static string CallsThroughInterface(IShapeApi api) => api.Declared();

    public static Func<int, int> MakesMethodGroup(ShapeApi api) => api.Grouped;

    public static Expression<Func<ShapeApi, string>> BuildsExpression() => api => api.InExpression;

    public static IEnumerable<int> Iterates(ShapeApi api)
    {
        yield return api.Iterated();
    }

    public static int UsesLocalFunction(ShapeApi api)
    {
        return Inner();

        int Inner() => api.Local();
    }

    public static async Task<int> AwaitsAsync(ShapeApi api) => await api.AwaitedAsync() + 1;

    public static string CallsTwoKinds() => ShapeApi.TwoKinds() + Initialized;
}
