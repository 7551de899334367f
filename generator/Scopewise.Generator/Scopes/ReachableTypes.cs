using System;
using System.Collections.Generic;
using System.Linq;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;

namespace Scopewise.Generator.Scopes;

/// <summary>
/// The models the kept operations can reach: their parameters, bodies, responses and paging items, then every
/// property, base class and union member of those, transitively. With IncludeTags/IncludePaths/IncludeOperations
/// a project that uses three Jira operations then compiles a few dozen models instead of thousands.
/// </summary>
internal static class ReachableTypes
{
    /// <summary>The types of <paramref name="all"/> reachable from <paramref name="operations"/>, in their original order.</summary>
    public static EquatableArray<TypeModel> From(EquatableArray<TypeModel> all, IEnumerable<OperationModel> operations)
    {
        var byName = new Dictionary<string, TypeModel>(StringComparer.Ordinal);
        foreach (var type in all)
        {
            if (!byName.ContainsKey(type.Name))
            {
                byName.Add(type.Name, type);
            }
        }

        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        void Visit(TypeRef? type)
        {
            for (var current = type; current is not null; current = current.Element)
            {
                if (current.Kind == TypeRefKind.Named && current.Name is { } name && reached.Add(name))
                {
                    pending.Push(name);
                }
            }
        }

        foreach (var operation in operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                Visit(parameter.Type);
            }

            Visit(operation.Body?.Type);
            Visit(operation.Response.Type);
            Visit(operation.Paging?.ItemType);
        }

        while (pending.Count > 0)
        {
            if (!byName.TryGetValue(pending.Pop(), out var type))
            {
                continue;
            }

            if (type.BaseType is { } baseType && reached.Add(baseType))
            {
                pending.Push(baseType);
            }

            foreach (var property in type.Properties)
            {
                Visit(property.Type);
            }

            foreach (var member in type.UnionMembers)
            {
                Visit(member.Type);
            }
        }

        return all.Where(t => reached.Contains(t.Name)).ToEquatableArray();
    }
}
