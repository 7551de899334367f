using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;
using Scopewise.Generator.Resolve;
using Scopewise.Generator.Spec;

namespace Scopewise.Generator.Scopes
{
    /// <summary>Combines a parsed spec with its item metadata and scope table into a <see cref="ClientModel"/>.</summary>
    internal static class ClientResolver
    {
        private static readonly string[] TitleNoise = { "the", "rest", "api", "openapi", "swagger" };

        public static ClientModel Resolve(ApiModel api, ImmutableArray<SpecOptions> allOptions, ImmutableArray<ScopeTable> tables)
        {
            var options = allOptions.FirstOrDefault(o => o.Path == api.FilePath)
                ?? new SpecOptions(api.FilePath, null, null, null, null, null, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, Spec.Budgets.SpecBudgets.Default);
            var clientName = options.ClientName is { } configured ? Naming.Pascal(configured, "Api") : DefaultClientName(api);
            var clientBase = ClientNames.Base(clientName);
            var ns = options.Namespace ?? "Scopewise.Generated." + clientBase;
            var table = FindTable(options, tables);
            var product = options.Product ?? (table is { Product.Length: > 0 } ? table.Product : DefaultProduct(api, clientBase));
            var pathPrefix = options.PathPrefix is { } prefix ? (prefix == "/" ? string.Empty : "/" + prefix.Trim('/')) : api.ServerPathPrefix;
            var dataCenter = string.Equals(options.Deployment, "DataCenter", StringComparison.OrdinalIgnoreCase);

            // Models keep off the client's own type names (all tags' sub-clients, so a filter never renames a model).
            var renamed = new System.Collections.Generic.List<DiagnosticInfo>();
            api = ModelRenamer.KeepOff(api, ClientNames.Reserved(clientName, api.Operations), (model, message)
                => renamed.Add(DiagnosticInfo.Create(Descriptors.ConstructNotSupported, api.FilePath, 0, 0, "#/components/schemas/" + model, Path.GetFileName(api.FilePath), message)));
            var included = api.Operations.Where(o => Included(o, options)).ToEquatableArray();
            if (options.IncludeTags.Count > 0 || options.IncludePaths.Count > 0 || options.IncludeOperations.Count > 0)
            {
                // Filtered: generate only the models the kept operations use (the filters exist to cut build cost).
                api = api with { Types = ReachableTypes.From(api.Types, included) };
            }

            var scopes = included
                .Select(o => dataCenter ? EquatableArray<ResolvedAlternative>.Empty : ScopeResolver.Resolve(o, table))
                .ToEquatableArray();
            var diagnostics = renamed.Count == 0 ? api.Diagnostics : api.Diagnostics.Concat(renamed).ToEquatableArray();
            return new ClientModel(api, clientName, ns, product, pathPrefix, included, scopes, diagnostics, options.Budgets.MaxGeneratedChars);
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

        private static bool Included(OperationModel operation, SpecOptions options)
        {
            if (options.IncludeTags.Count > 0 && !operation.Tags.Any(t => options.IncludeTags.Any(i => string.Equals(i, t, StringComparison.OrdinalIgnoreCase) || string.Equals(Naming.Pascal(i), Naming.Pascal(t), StringComparison.Ordinal))))
            {
                return false;
            }

            if (options.IncludePaths.Count > 0 && !options.IncludePaths.Any(p => operation.Path.StartsWith(p.TrimEnd('*'), StringComparison.Ordinal)))
            {
                return false;
            }

            return options.IncludeOperations.Count == 0 || options.IncludeOperations.Contains(operation.OperationId);
        }

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
}
