// The smallest useful Scopewise program: reference the package, name an API, and the generated client's
// methods tell you which OAuth scopes each call needs, before any request is sent.
using System.Reflection;
using Scopewise;
using Scopewise.Confluence.V2;

var operations = new[]
{
    nameof(ConfluenceV2PagesClient.GetPageByIdAsync),
    nameof(ConfluenceV2PagesClient.CreatePageAsync),
    nameof(ConfluenceV2PagesClient.DeletePageAsync),
};

Console.WriteLine("Scopes needed by a few Confluence Cloud v2 operations (generated at compile time):");
foreach (var name in operations)
{
    var method = typeof(ConfluenceV2PagesClient).GetMethod(name)!;
    var operation = method.GetCustomAttribute<ApiOperationAttribute>()!;
    var alternatives = method.GetCustomAttributes<RequiresScopesAttribute>()
        .Select(a => string.Join(" + ", a.Scopes) + $" ({a.Kind.ToString().ToLowerInvariant()})");
    Console.WriteLine($"  {name,-20} {operation.Method,-6} {operation.PathTemplate}");
    Console.WriteLine($"  {"",-20} needs {string.Join(" or ", alternatives)}");
}
