using System.Reflection;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Tests;

/// <summary>
/// The sandbox and the generator read the same specs and scope tables with the same rules, so every generated
/// method's <see cref="RequiresScopesAttribute"/> alternatives must be exactly what the sandbox enforces for that
/// operation. This project generates the Confluence v1 and v2 clients (and the Jira operations the scenario and permission
/// tests call) to compare them; the permission level and removal date of every generated method must likewise be what the
/// sandbox enforces.
/// </summary>
public sealed class GeneratorAgreementTests
{
    [Fact]
    public void Generated_scope_attributes_match_the_scopes_the_sandbox_enforces()
    {
        var generated = typeof(GeneratorAgreementTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Operation: m.GetCustomAttribute<ApiOperationAttribute>()))
            .Where(m => m.Operation is not null)
            .ToList();
        var sandbox = SpecCatalog.Cloud.Operations.Where(o => o.Family is ApiFamily.ConfluenceV1 or ApiFamily.ConfluenceV2 or ApiFamily.JiraV3)
            .ToDictionary(o => (o.Method, o.Route.Text));

        Assert.True(generated.Count > 300, $"expected the generated Confluence v1 and v2 clients, found {generated.Count} operations");
        var compared = 0;
        foreach (var (method, operation) in generated)
        {
            Assert.True(sandbox.TryGetValue((operation!.Method, operation.PathTemplate), out var enforced), $"{operation.Method} {operation.PathTemplate} ({method.DeclaringType?.Name}.{method.Name}) is not routed by the sandbox");
            var declared = method.GetCustomAttributes<RequiresScopesAttribute>().Select(a => Key(a.Scopes)).ToHashSet();
            var expected = enforced!.Scopes.Alternatives.Select(Key).ToHashSet();
            Assert.True(expected.SetEquals(declared), $"{enforced}: generator declares [{string.Join(" | ", declared)}], sandbox enforces [{string.Join(" | ", expected)}]");
            compared++;
        }

        Assert.Equal(generated.Count, compared);
    }

    [Fact]
    public void Generated_permission_and_removal_attributes_match_what_the_sandbox_enforces()
    {
        var sandbox = SpecCatalog.Cloud.Operations.ToDictionary(o => (o.Method, o.Route.Text));
        var compared = 0;
        foreach (var method in typeof(GeneratorAgreementTests).Assembly.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)))
        {
            if (method.GetCustomAttribute<ApiOperationAttribute>() is not { } operation)
            {
                continue;
            }

            var enforced = sandbox[(operation.Method, operation.PathTemplate)].Permissions;
            var declared = method.GetCustomAttribute<RequiresPermissionAttribute>();
            Assert.Equal((int)enforced.Level, (int)(declared?.Level ?? PermissionLevel.Unknown));
            Assert.Equal(enforced.RemovedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), method.GetCustomAttribute<ApiRemovalAttribute>()?.Effective);
            compared++;
        }

        Assert.True(compared > 300, $"only {compared} operations compared");
    }

    private static string Key(IEnumerable<string> scopes) => string.Join(" + ", scopes.Order(StringComparer.Ordinal));
}
