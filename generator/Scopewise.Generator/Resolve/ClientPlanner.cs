using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;
using Scopewise.Generator.Scopes;
using Scopewise.Generator.Spec;

namespace Scopewise.Generator.Resolve;

/// <summary>
/// The resolve stage: combines a parsed spec with its item metadata and scope table and decides everything the
/// emitters print (<see cref="ClientPlan"/>): the client's settings, the operations it keeps with their scopes,
/// every name (types, members, files) with collisions resolved, the models' declared members and the JSON closure.
/// </summary>
internal static class ClientPlanner
{
    private const int ModelsPerFile = 40;
    private static readonly string[] TitleNoise = { "the", "rest", "api", "openapi", "swagger" };

    public static ClientPlan Plan(ApiModel api, SpecOptions? options, ImmutableArray<ScopeTable> tables)
    {
        try
        {
            return PlanClient(api, options, tables);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A generator must never throw (CS8785 would hide every other spec's output).
            return ClientPlan.Failure(api.FilePath, api.Diagnostics.Append(DiagnosticInfo.Create(Descriptors.SpecUnreadable, api.FilePath, 0, 0, api.FilePath,
                "Scopewise could not generate code for it (" + exception.GetType().Name + ": " + exception.Message + "); please report this with the spec")).ToEquatableArray());
        }
    }

    private static ClientPlan PlanClient(ApiModel api, SpecOptions? options, ImmutableArray<ScopeTable> tables)
    {
        if (api.Failed)
        {
            return ClientPlan.Failure(api.FilePath, api.Diagnostics);
        }

        options ??= new SpecOptions(api.FilePath, null, null, null, null, null, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, Spec.Budgets.SpecBudgets.Default);
        var clientName = options.ClientName is { } configured ? Naming.Pascal(configured, "Api") : DefaultClientName(api);
        var clientBase = ClientNames.Base(clientName);
        var ns = options.Namespace ?? "Scopewise.Generated." + clientBase;
        var table = FindTable(options, tables);
        var product = options.Product ?? (table is { Product.Length: > 0 } ? table.Product : DefaultProduct(api, clientBase));
        var pathPrefix = options.PathPrefix is { } prefix ? (prefix == "/" ? string.Empty : "/" + prefix.Trim('/')) : api.ServerPathPrefix;
        var dataCenter = string.Equals(options.Deployment, "DataCenter", StringComparison.OrdinalIgnoreCase);

        // Models keep off the client's own type names (all tags' sub-clients, so a filter never renames a model).
        var planDiagnostics = new List<DiagnosticInfo>();
        api = ModelRenamer.KeepOff(api, ClientNames.Reserved(clientName, api.Operations), (model, message)
            => planDiagnostics.Add(DiagnosticInfo.Create(Descriptors.ConstructNotSupported, api.FilePath, 0, 0, "#/components/schemas/" + model, Path.GetFileName(api.FilePath), message)));
        var included = api.Operations.Where(o => OperationFilter.Includes(o, options)).ToList();
        if (OperationFilter.IsFiltered(options))
        {
            planDiagnostics.AddRange(OperationFilter.Unmatched(api.Operations, options, api.FilePath));

            // Filtered: generate only the models the kept operations use (the filters exist to cut build cost).
            api = api with { Types = ReachableTypes.From(api.Types, included) };
        }

        var diagnostics = planDiagnostics.Count == 0 ? api.Diagnostics : api.Diagnostics.Concat(planDiagnostics).ToEquatableArray();

        // Type names of the namespace: models first (the parser made them unique), then the client's own types.
        var typeNames = new NameScope(api.Types.Select(t => t.Name).Concat(new[] { clientName }));
        var jsonClass = typeNames.Claim(ClientNames.JsonClass(clientName));
        var hintPrefix = ns + "." + clientName;
        var hints = new HintNames();

        var operations = included
            .Select(o => Operation(o, dataCenter ? EquatableArray<ResolvedAlternative>.Empty : ScopeResolver.Resolve(o, table)))
            .ToList();
        var groups = operations
            .GroupBy(o => o.Operation.Group)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

        // Members of the root client: its connection, its untagged operations, one property per sub-client.
        var memberNames = new NameScope(new[] { "Connection", clientName });
        foreach (var operation in included.Where(o => o.Group.Length == 0))
        {
            memberNames.Claim(operation.MethodName);
        }

        var rootHint = hints.Unique(hintPrefix);
        var subClients = new List<SubClientPlan>();
        foreach (var group in groups.Where(g => g.Key.Length > 0))
        {
            var property = memberNames.Claim(Naming.Plural(group.Key));
            var className = typeNames.Claim(ClientNames.SubClientClass(clientName, group.Key));
            var tag = group.First().Operation.Tags.FirstOrDefault() ?? group.Key;
            subClients.Add(new SubClientPlan(tag, property, className, hints.Unique($"{hintPrefix}.{property}"), group.ToEquatableArray()));
        }

        var rootOperations = groups.Where(g => g.Key.Length == 0).SelectMany(g => g).ToEquatableArray();
        if (included.Any(o => o.Policy.ReplacementOperationId is not null))
        {
            var replacements = ReplacementNames.Of(rootOperations, subClients, api.Operations, pathPrefix);
            rootOperations = ReplacementNames.Apply(rootOperations, replacements);
            subClients = subClients.Select(s => s with { Operations = ReplacementNames.Apply(s.Operations, replacements) }).ToList();
        }

        // JSON metadata for every type that crosses the wire, then the models, a few dozen per file.
        var shape = new ModelShape(api.Types);
        var json = JsonPlanner.Plan(shape, jsonClass, api.Types, WireTypes(included, api.Types), hints, hintPrefix);
        var modelFiles = new List<ModelFilePlan>();
        for (var start = 0; start < api.Types.Count; start += ModelsPerFile)
        {
            var models = new List<ModelPlan>(Math.Min(ModelsPerFile, api.Types.Count - start));
            for (var i = start; i < api.Types.Count && i < start + ModelsPerFile; i++)
            {
                models.Add(Model(shape, api.Types[i]));
            }

            modelFiles.Add(new ModelFilePlan(hints.Unique($"{hintPrefix}.Models{modelFiles.Count + 1}"), models.ToEquatableArray()));
        }

        return new ClientPlan(
            api.FilePath,
            ns,
            clientName,
            api.Title,
            api.Version,
            product,
            pathPrefix,
            rootHint,
            rootOperations,
            subClients.ToEquatableArray(),
            json,
            modelFiles.ToEquatableArray(),
            diagnostics,
            options.Budgets.MaxGeneratedChars)
        {
            Adf = AdfPlanner.Plan(modelFiles.SelectMany(f => f.Models).ToList(), hints, hintPrefix),
        };
    }

    private static OperationPlan Operation(OperationModel operation, EquatableArray<ResolvedAlternative> scopes)
    {
        var responseAccessor = operation.Response.Kind == ResponseKind.Json ? JsonNames.Accessor(operation.Response.Type!) : null;
        string? bodyAccessor = null;
        if (operation.Body is { Kind: BodyKind.Json })
        {
            foreach (var parameter in operation.Parameters)
            {
                if (parameter.IsBody)
                {
                    bodyAccessor = JsonNames.Accessor(parameter.Type);
                    break;
                }
            }
        }

        return new OperationPlan(operation, scopes, InfoField(operation), responseAccessor, bodyAccessor);
    }

    /// <summary><c>GetPageAsync</c> → <c>s_getPage</c>: the static <c>ApiOperationInfo</c> of the operation.</summary>
    private static string InfoField(OperationModel operation)
    {
        var name = operation.MethodName.Substring(0, operation.MethodName.Length - "Async".Length);
        return "s_" + char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    private static ModelPlan Model(ModelShape shape, TypeModel type)
    {
        switch (type.Kind)
        {
            case TypeModelKind.Object:
            {
                var declared = shape.Declared(type);
                List<string>? hiding = null;
                if (type.BaseType is not null)
                {
                    foreach (var property in declared)
                    {
                        if (shape.HidesInherited(type, property.Name))
                        {
                            (hiding ??= new List<string>()).Add(property.Name);
                        }
                    }
                }

                var extensionData = shape.DeclaresExtensionData(type) ? shape.ExtensionDataMember(type) : null;
                return new ModelPlan(type.Name, type.Kind, type.Summary, type.Deprecated, type.BaseType, declared, hiding is null ? EquatableArray<string>.Empty : hiding.ToEquatableArray(), extensionData, EquatableArray<EnumMemberPlan>.Empty, EquatableArray<UnionMemberPlan>.Empty);
            }

            case TypeModelKind.StringEnum:
            {
                var memberNames = new NameScope(new[] { type.Name, "Value", "IsKnown", "KnownValues", "Converter", "Equals", "GetHashCode", "ToString", "GetType" });
                var members = type.EnumValues.Select(v => new EnumMemberPlan(v, memberNames.Claim(v.Length == 0 ? "Empty" : Naming.Pascal(v, "Value")))).ToEquatableArray();
                return new ModelPlan(type.Name, type.Kind, type.Summary, type.Deprecated, type.BaseType, EquatableArray<PropertyModel>.Empty, EquatableArray<string>.Empty, null, members, EquatableArray<UnionMemberPlan>.Empty);
            }

            default:
            {
                var members = type.UnionMembers.Select(m => new UnionMemberPlan(m.Name, m.Type, JsonNames.Accessor(m.Type))).ToEquatableArray();
                return new ModelPlan(type.Name, type.Kind, type.Summary, type.Deprecated, type.BaseType, EquatableArray<PropertyModel>.Empty, EquatableArray<string>.Empty, null, EquatableArray<EnumMemberPlan>.Empty, members);
            }
        }
    }

    private static IEnumerable<TypeRef> WireTypes(IEnumerable<OperationModel> operations, EquatableArray<TypeModel> types)
    {
        foreach (var operation in operations)
        {
            if (operation.Response.Type is { } response)
            {
                yield return response;
            }

            if (operation.Body is { Kind: BodyKind.Json, Type: { } body })
            {
                yield return body;
            }
        }

        foreach (var type in types)
        {
            foreach (var member in type.UnionMembers)
            {
                yield return member.Type;
            }
        }
    }

    private static ScopeTable? FindTable(SpecOptions options, ImmutableArray<ScopeTable> tables)
    {
        if (options.ScopeTable is { } path)
        {
            var wanted = Normalize(path);
            return tables.FirstOrDefault(t => Normalize(t.Path).EndsWith(wanted, StringComparison.OrdinalIgnoreCase));
        }

        return options.Product is { } product ? tables.FirstOrDefault(t => t.Product == product) : null;
    }

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('.', '/');

    private static string DefaultClientName(ApiModel api)
    {
        var words = (api.Title.Length > 0 ? api.Title : Path.GetFileNameWithoutExtension(api.FilePath))
            .Split(new[] { ' ', '-', '_', '.' }, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !TitleNoise.Contains(w.ToLowerInvariant()));
        return Naming.Pascal(string.Join(" ", words), "Api") + "Client";
    }

    private static string DefaultProduct(ApiModel api, string clientBase)
    {
        if (api.Title.IndexOf("Confluence", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "confluence";
        }

        if (api.Title.IndexOf("Jira", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "jira";
        }

        return clientBase.ToLowerInvariant();
    }
}

/// <summary>
/// Hint names of one client's files, unique ignoring case (they become file names): tags "PetNames" and "PETNAMEs"
/// are two sub-clients, but cannot be two files of one name.
/// </summary>
internal sealed class HintNames
{
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public string Unique(string stem)
    {
        var candidate = stem;
        for (var i = 2; !_taken.Add(candidate); i++)
        {
            candidate = stem + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate + ".g.cs";
    }
}
