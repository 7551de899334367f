using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using Scopewise.Build.Metadata;

namespace Scopewise.Build.Analysis;

/// <summary>
/// Collects every call in the described assembly that reaches a method declaring scopes.
/// </summary>
/// <remarks>
/// Every method body of the described assembly is a root (a library's public surface is all reachable), including
/// compiler-generated lambdas, local functions and state machines. A call into a referenced assembly that can reach
/// Scopewise is followed through that assembly's call graph (transitively, across further references) until it meets
/// methods carrying <c>[RequiresScopes]</c>, so a referenced library contributes exactly the operations the code
/// reaches through it. A method carrying <c>[RequiresScopes]</c> is a leaf: its declaration stands for its body.
/// Calls are resolved to their static target; an interface or virtual call counts when that target declares scopes.
/// </remarks>
internal sealed class ScopeUsageCollector
{
    private readonly AssemblySet _assemblies;
    private readonly MethodResolver _resolver;
    private readonly HashSet<string> _oauthTypes;
    private readonly List<ManifestDiagnostic> _diagnostics;
    private readonly Dictionary<MethodKey, List<MethodKey>> _edges = new Dictionary<MethodKey, List<MethodKey>>();
    private readonly Dictionary<MethodKey, DeclaredRequirement?> _declarations = new Dictionary<MethodKey, DeclaredRequirement?>();
    private readonly Dictionary<MethodKey, List<KeyValuePair<MethodKey, MethodKey>>> _reach = new Dictionary<MethodKey, List<KeyValuePair<MethodKey, MethodKey>>>();

    public ScopeUsageCollector(AssemblySet assemblies, IEnumerable<string> oauthTypeNames, List<ManifestDiagnostic> diagnostics)
    {
        _assemblies = assemblies;
        _resolver = new MethodResolver(assemblies);
        _oauthTypes = new HashSet<string>(oauthTypeNames, StringComparer.Ordinal);
        _diagnostics = diagnostics;
    }

    /// <summary>The described assembly's <c>[GrantedScopes]</c> declarations (set by <see cref="Collect"/>).</summary>
    public GrantedScopesReader? Grants { get; private set; }

    /// <summary>Whether the code reaches one of the OAuth types (set by <see cref="Collect"/>).</summary>
    public bool UsesOAuth { get; private set; }

    public List<OperationUse> Collect()
    {
        var main = _assemblies.Main;
        var reader = main.Reader;
        UsesOAuth = ReferencesOAuthType(reader);
        var grants = new GrantedScopesReader(reader);
        Grants = grants;
        var uses = new List<OperationUse>();
        foreach (var methodHandle in reader.MethodDefinitions)
        {
            var method = new MethodKey(main, methodHandle);
            if (Declaration(method) != null)
            {
                continue;
            }

            var caller = CallerNames.Describe(reader, methodHandle);
            var grant = grants.For(methodHandle);
            foreach (var target in Edges(method))
            {
                if (Declaration(target) is DeclaredRequirement declared)
                {
                    uses.Add(new OperationUse(target, declared, caller, via: null, grant));
                }
                else if (!ReferenceEquals(target.Assembly, main))
                {
                    foreach (var reached in Reach(target))
                    {
                        var via = CallerNames.Describe(reached.Value.Assembly.Reader, reached.Value.Handle) + " (" + reached.Value.Assembly.Name + ")";
                        uses.Add(new OperationUse(reached.Key, Declaration(reached.Key)!, caller, via, grant));
                    }
                }
            }
        }

        return uses;
    }

    /// <summary>Every (operation, library method calling it) pair reachable from a method of a referenced assembly.</summary>
    private List<KeyValuePair<MethodKey, MethodKey>> Reach(MethodKey entry)
    {
        if (_reach.TryGetValue(entry, out var cached))
        {
            return cached;
        }

        var found = new List<KeyValuePair<MethodKey, MethodKey>>();
        var visited = new HashSet<MethodKey> { entry };
        var pending = new Stack<MethodKey>();
        pending.Push(entry);
        while (pending.Count > 0)
        {
            var method = pending.Pop();
            foreach (var target in Edges(method))
            {
                if (Declaration(target) != null)
                {
                    found.Add(new KeyValuePair<MethodKey, MethodKey>(target, method));
                }
                else if (!ReferenceEquals(target.Assembly, _assemblies.Main) && visited.Add(target))
                {
                    pending.Push(target);
                }
            }
        }

        _reach[entry] = found;
        return found;
    }

    private DeclaredRequirement? Declaration(MethodKey method)
    {
        if (!_declarations.TryGetValue(method, out var declaration))
        {
            try
            {
                declaration = ScopeAttributeReader.Read(method.Assembly.Reader, method.Handle);
            }
            catch (BadImageFormatException exception)
            {
                _diagnostics.Add(ManifestDiagnostic.Warning(ManifestDiagnostic.BodyUnreadable,
                    $"The attributes of {method} could not be decoded ({exception.Message}); its scopes are not in the manifest."));
                declaration = null;
            }

            _declarations[method] = declaration;
        }

        return declaration;
    }

    private List<MethodKey> Edges(MethodKey method)
    {
        if (_edges.TryGetValue(method, out var edges))
        {
            return edges;
        }

        edges = new List<MethodKey>();
        _edges[method] = edges;
        var assembly = method.Assembly;
        try
        {
            var body = assembly.GetBody(method.Handle);
            if (body != null)
            {
                foreach (var token in ILScanner.MethodTargets(body))
                {
                    // The runtime's own bodies mention its OAuth types whatever the app does: only the app's code and
                    // the libraries it reaches say whether the app uses OAuth.
                    if (!UsesOAuth && !IsScopewiseRuntime(assembly) && MethodResolver.DeclaringTypeName(assembly.Reader, token) is string typeName && _oauthTypes.Contains(typeName))
                    {
                        UsesOAuth = true;
                    }

                    if (_resolver.Resolve(assembly, token) is MethodKey target)
                    {
                        edges.Add(target);
                    }
                }
            }

            // In a referenced assembly only what is reached is read, so follow an async or iterator method into its
            // state machine. The described assembly needs no such step: all its bodies are roots anyway.
            if (!ReferenceEquals(assembly, _assemblies.Main) && StateMachines.Of(assembly, method.Handle) is TypeDefinitionHandle stateMachine)
            {
                foreach (var moveNext in assembly.Reader.GetTypeDefinition(stateMachine).GetMethods())
                {
                    edges.Add(new MethodKey(assembly, moveNext));
                }
            }
        }
        catch (BadImageFormatException exception)
        {
            _diagnostics.Add(ManifestDiagnostic.Warning(ManifestDiagnostic.BodyUnreadable,
                $"The body of {method} could not be decoded ({exception.Message}); calls in it are not in the manifest."));
        }

        return edges;
    }

    private static bool IsScopewiseRuntime(LoadedAssembly assembly) => string.Equals(assembly.Name, "Scopewise", StringComparison.Ordinal);

    private bool ReferencesOAuthType(MetadataReader reader)
    {
        foreach (var handle in reader.TypeReferences)
        {
            if (_oauthTypes.Contains(MetadataNames.TypeReferenceFullName(reader, handle)))
            {
                return true;
            }
        }

        return false;
    }
}
