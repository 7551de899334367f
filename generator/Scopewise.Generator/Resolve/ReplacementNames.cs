using System;
using System.Collections.Generic;
using System.Linq;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;

namespace Scopewise.Generator.Resolve;

/// <summary>
/// Turns the replacement operationId an operation's policy names into what a user types: the generated method
/// (<c>IssueSearches.SearchAndReconsileIssuesUsingJqlAsync (GET /rest/api/3/search/jql)</c>) with its HTTP method and path. Runs once every
/// member name is decided.
/// </summary>
internal static class ReplacementNames
{
    public static Dictionary<string, string> Of(IEnumerable<OperationPlan> rootOperations, IEnumerable<SubClientPlan> subClients, IEnumerable<OperationModel> allOperations, string pathPrefix)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var plan in rootOperations)
        {
            Add(names, plan.Operation, plan.Operation.MethodName, pathPrefix);
        }

        foreach (var subClient in subClients)
        {
            foreach (var plan in subClient.Operations)
            {
                Add(names, plan.Operation, subClient.Property + "." + plan.Operation.MethodName, pathPrefix);
            }
        }

        // A replacement the filters left out is still named, so the user knows what to include.
        foreach (var operation in allOperations)
        {
            if (!names.ContainsKey(operation.OperationId))
            {
                names.Add(operation.OperationId, $"{operation.OperationId} ({operation.HttpMethod} {pathPrefix}{operation.Path}; not generated: include it with IncludeOperations)");
            }
        }

        return names;
    }

    public static EquatableArray<OperationPlan> Apply(EquatableArray<OperationPlan> plans, Dictionary<string, string> names)
        => plans.Select(p => p.Operation.Policy.ReplacementOperationId is { } id && names.TryGetValue(id, out var name) ? p with { Replacement = name } : p).ToEquatableArray();

    private static void Add(Dictionary<string, string> names, OperationModel operation, string member, string pathPrefix)
    {
        if (!names.ContainsKey(operation.OperationId))
        {
            names.Add(operation.OperationId, $"{member} ({operation.HttpMethod} {pathPrefix}{operation.Path})");
        }
    }
}
