using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Scopewise.Shared.Json;
using Scopewise.Shared.ScopeTables;

namespace Scopewise.Analyzers;

/// <summary>
/// The scope names one scope table knows: every <c>scopes[].name</c> and every name in <c>operations[].alternatives</c>.
/// </summary>
/// <remarks>
/// Read with the <see cref="ScopeTableContent"/> and <see cref="JsonReader"/> shared with the build task rather than
/// System.Text.Json or Newtonsoft.Json: Visual Studio hosts analyzers on .NET Framework where System.Text.Json may not
/// load, and this assembly ships without dependencies. A table that is not valid JSON yields no names (the generator
/// reports the broken table as SW1003); the analyzer never throws on it.
/// </remarks>
internal static class ScopeTableNames
{
    /// <summary>Parses each SourceText once, however many compilations (edits in the IDE) ask for it.</summary>
    public static readonly Microsoft.CodeAnalysis.Diagnostics.SourceTextValueProvider<ImmutableArray<string>> Provider = new(Read);

    public static ImmutableArray<string> Read(SourceText text)
    {
        ScopeTableContent? table;
        try
        {
            table = ScopeTableContent.Parse(text.ToString());
        }
        catch (JsonParseException)
        {
            return ImmutableArray<string>.Empty;
        }

        if (table is null)
        {
            return ImmutableArray<string>.Empty;
        }

        var names = ImmutableArray.CreateBuilder<string>(table.Scopes.Count + table.AlternativeScopeNames.Count);
        foreach (var scope in table.Scopes)
        {
            names.Add(scope.Name);
        }

        names.AddRange(table.AlternativeScopeNames);
        return names.MoveToImmutable();
    }
}
