using System;
using System.Collections.Generic;
using System.Linq;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;
using Scopewise.Generator.Spec;

namespace Scopewise.Generator.Resolve;

/// <summary>
/// Keeps models off the names the client's own types take. A spec titled "Zoo" with a schema named <c>ZooClient</c>
/// would otherwise merge that model into the client's partial class; the model becomes <c>ZooClient2</c> instead,
/// and every reference to it follows.
/// </summary>
internal static class ModelRenamer
{
    public static ApiModel KeepOff(ApiModel api, IEnumerable<string> reserved, Action<string, string> report)
    {
        var taken = new HashSet<string>(reserved, StringComparer.Ordinal);
        var clashes = api.Types.Where(t => taken.Contains(t.Name)).Select(t => t.Name).ToList();
        if (clashes.Count == 0)
        {
            return api;
        }

        var names = new NameScope(api.Types.Select(t => t.Name).Concat(taken));
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var clash in clashes)
        {
            renames[clash] = names.Claim(clash);
            report(clash, $"the model is named '{renames[clash]}' because the client declares a type named '{clash}'");
        }

        TypeRef? Rename(TypeRef? type) => type switch
        {
            null => null,
            { Kind: TypeRefKind.Named } when renames.TryGetValue(type.Name!, out var renamed) => type with { Name = renamed },
            { Element: { } element } => type with { Element = Rename(element) },
            _ => type,
        };

        var types = api.Types.Select(t => t with
        {
            Name = renames.TryGetValue(t.Name, out var renamed) ? renamed : t.Name,
            BaseType = t.BaseType is { } baseType && renames.TryGetValue(baseType, out var renamedBase) ? renamedBase : t.BaseType,
            Properties = t.Properties.Select(p => p with { Type = Rename(p.Type)! }).ToEquatableArray(),
            UnionMembers = t.UnionMembers.Select(m => m with { Type = Rename(m.Type)! }).ToEquatableArray(),
        }).OrderBy(t => t.Name, StringComparer.Ordinal).ToEquatableArray();
        var operations = api.Operations.Select(o => o with
        {
            Parameters = o.Parameters.Select(p => p with { Type = Rename(p.Type)! }).ToEquatableArray(),
            Body = o.Body is { } body ? body with { Type = Rename(body.Type) } : null,
            Response = o.Response with { Type = Rename(o.Response.Type) },
            Paging = o.Paging is { } paging ? paging with { ItemType = Rename(paging.ItemType)! } : null,
        }).ToEquatableArray();
        return api with { Types = types, Operations = operations };
    }
}
